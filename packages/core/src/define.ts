interface DefinitionLedger {
  /** Version that registered each tag first. */
  versions: Map<string, string>;
  /** `tag@version` pairs already warned about, so each conflict is reported once per page. */
  warned: Set<string>;
}

// Shared through the global symbol registry, because two bundles mean two copies of this module.
const ledgerKey = Symbol.for('portal-widgets.definitions');

function ledger(): DefinitionLedger {
  const holder = globalThis as typeof globalThis & { [ledgerKey]?: DefinitionLedger };
  holder[ledgerKey] ??= { versions: new Map(), warned: new Set() };
  return holder[ledgerKey];
}

/**
 * Registers a custom element unless the tag is already taken. A second copy of a widget on the
 * page (two bundles, a CDN file next to an npm build) never throws; when the versions differ it
 * logs one warning naming both, and the first definition stays in force.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  version: string,
  registry: CustomElementRegistry = customElements,
): void {
  const { versions, warned } = ledger();
  const existing = registry.get(tag);
  if (existing !== undefined) {
    const registered = versions.get(tag) ?? 'unknown';
    const key = `${tag}@${version}`;
    if (existing !== constructor && registered !== version && !warned.has(key)) {
      warned.add(key);
      console.warn(
        `<${tag}>: version ${registered} is already registered, so version ${version} was not. ` +
          'Load one copy of Portal Widgets per page to avoid mixing versions.',
      );
    }
    return;
  }
  try {
    registry.define(tag, constructor);
    versions.set(tag, version);
  } catch (error) {
    // A constructor already registered under another tag throws NotSupportedError; the page must go on.
    console.warn(`<${tag}> could not be registered: ${error instanceof Error ? error.message : String(error)}`);
  }
}
