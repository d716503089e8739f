export interface InvalidInput {
  /** Tag name of the element, e.g. `pw-breadcrumb`. */
  element: string;
  /** Attribute (or property) that carried the value. */
  attribute: string;
  /** The value as received. */
  value: unknown;
  /** What is wrong with it. */
  problem: string;
  /** What the attribute accepts. */
  allowed: string;
  /** What the element does instead. */
  fallback: string;
}

const maxShownLength = 120;

function show(value: unknown): string {
  let text: string;
  try {
    // A number attribute that did not parse arrives as NaN, which JSON would print as "null".
    text =
      typeof value === 'string'
        ? value || '(empty)'
        : typeof value === 'number' && !Number.isFinite(value)
          ? `${value} (not a number)`
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > maxShownLength ? `${text.slice(0, maxShownLength)}…` : text;
}

/** The one wording for bad input, so integrators see the same shape of message from every widget. */
export function describeInvalidInput(input: InvalidInput): string {
  return (
    `<${input.element}> ${input.attribute}: ${input.problem} in ${show(input.value)}. ` +
    `Allowed: ${input.allowed}. Using ${input.fallback}.`
  );
}

/** Logs bad input once per call; never throws, so a bad attribute cannot break the host page. */
export function reportInvalidInput(level: 'error' | 'warn', input: InvalidInput): void {
  console[level](describeInvalidInput(input));
}
