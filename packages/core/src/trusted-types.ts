/** The conversions a policy may define; each receives the string and returns what may pass. */
export interface TrustedPolicyRules {
  createHTML?(input: string): string;
  createScript?(input: string): string;
  createScriptURL?(input: string): string;
}

/**
 * A Trusted Types policy as far as the widgets use it. Its results are TrustedHTML / TrustedScript
 * / TrustedScriptURL objects, which the DOM typings do not know: sinks accept them where they
 * declare a string, so callers cast at the sink.
 */
export interface TrustedPolicy {
  readonly name: string;
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: TrustedPolicyRules): TrustedPolicy;
}

type PolicyHolder = typeof globalThis & { trustedTypes?: TrustedTypesFactory } & Record<symbol, unknown>;

/**
 * The page's one policy of this name, created on first use. Returns `undefined` when the browser
 * has no Trusted Types (plain strings are accepted everywhere then) and `null` when the page
 * refuses the name (its `trusted-types` directive does not list it).
 *
 * The result is cached on the global object under `Symbol.for`, so two bundles (or two versions)
 * on one page share it: without 'allow-duplicates' a second `createPolicy` with the same name
 * throws. The first caller's rules therefore win for a given name; keep each name's rules fixed.
 */
export function trustedPolicy(name: string, rules: TrustedPolicyRules): TrustedPolicy | null | undefined {
  const holder = globalThis as PolicyHolder;
  const factory = holder.trustedTypes;
  if (factory === undefined || typeof factory.createPolicy !== 'function') return undefined;
  const key = Symbol.for(`portal-widgets.trusted-types-policy.${name}`);
  if (!(key in holder)) {
    try {
      holder[key] = factory.createPolicy(name, rules);
    } catch {
      holder[key] = null;
    }
  }
  return holder[key] as TrustedPolicy | null;
}
