import { toNFC } from '@portal-widgets/core';

/**
 * Characters as the comments API counts them: trimmed, in NFC, in code points. "Hà Nội" typed with
 * decomposed diacritics counts like the precomposed text, and 👍 counts 1.
 */
export function countCharacters(text: string): number {
  const normalised = toNFC(text.trim());
  let count = 0;
  // Code points without building an array (a pasted book must not stall typing): a surrogate
  // pair (an emoji) is counted by its high half only.
  for (let index = 0; index < normalised.length; index += 1) {
    const unit = normalised.charCodeAt(index);
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
}

export interface CharacterCount {
  count: number;
  /** Characters left before the limit; 0 when over it. */
  remaining: number;
  /** Characters past the limit; 0 when within it. */
  over: number;
}

/** The count against a soft limit: the text is never cut, only measured. */
export function characterCount(text: string, limit: number): CharacterCount {
  const count = countCharacters(text);
  return { count, remaining: Math.max(limit - count, 0), over: Math.max(count - limit, 0) };
}
