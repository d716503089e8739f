// Counting as the contract defines it, shared with <pw-comment-box>: trimmed, NFC, code points.
// So "Hà Nội" typed decomposed (NFD, as some input methods produce) counts the same as
// precomposed, and an emoji counts 1.

export function normaliseText(text: string): string {
  return text.trim().normalize('NFC');
}

/** The contract's own definition: `[...text].length`, code points rather than UTF-16 units. */
export function countCharacters(text: string): number {
  return [...text].length;
}

/** Text areas send `\n`, but other clients may send `\r\n` or a lone `\r`; the contract stores `\n`. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// Control characters cannot be typed by a reader and PostgreSQL refuses NUL; lone surrogates are
// not text. Content keeps its line breaks and tabs.
const controlInLine = /[\p{Cc}\p{Cs}]/u;
const controlInText = /(?![\n\t])[\p{Cc}\p{Cs}]/u;

export function hasControlCharacters(text: string, { multiline }: { multiline: boolean }): boolean {
  return (multiline ? controlInText : controlInLine).test(text);
}
