// Latin (every precomposed Vietnamese letter included), spacing marks and general punctuation hold
// no character that NFC changes (a test checks every one), so such text needs no normalising.
// eslint-disable-next-line no-control-regex -- control characters are part of the unchanged range
const alreadyComposed = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u206f]*$/;

/**
 * User text in NFC, the form Vietnamese is compared, counted and stored in. Cheap for text that is
 * already composed, which is almost all of it: a page of a thousand cards normalises every field.
 */
export function toNFC(text: string): string {
  return alreadyComposed.test(text) ? text : text.normalize('NFC');
}

// Whitespace that collapsing would change: at either end, other than a space, or two in a row. Text
// without any needs no copy. (A pattern that matched whole words would recurse on huge strings.)
const uncollapsed = /^\s|\s$|[^\S ]| {2}/;

/** Collapses whitespace and normalises to NFC; `undefined` for anything that is not non-empty text. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = toNFC(uncollapsed.test(value) ? value.replace(/\s+/g, ' ').trim() : value);
  return text === '' ? undefined : text;
}
