import { readFile } from 'node:fs/promises';

export interface BannedWords {
  readonly size: number;
  /** Whether the text contains a banned word or phrase as a whole word, ignoring case. */
  containsBanned(text: string): boolean;
}

export const noBannedWords: BannedWords = { size: 0, containsBanned: () => false };

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One word or phrase per line; blank lines and lines starting with `#` are ignored.
 * Matching keeps diacritics on purpose: in Vietnamese many harmless words differ from rude ones
 * only by their marks, so a diacritic-blind match would refuse ordinary comments.
 */
export function parseBannedWords(source: string): BannedWords {
  const entries = source
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (entries.length === 0) return noBannedWords;
  const alternatives = entries.map((entry) => entry.split(/\s+/).map(escapeForRegExp).join('\\s+'));
  // Letters, marks and digits around a match mean it sits inside a longer word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  return { size: entries.length, containsBanned: (text) => pattern.test(text.normalize('NFC')) };
}

export async function loadBannedWords(path: string | undefined): Promise<BannedWords> {
  if (path === undefined) return noBannedWords;
  return parseBannedWords(await readFile(path, 'utf8'));
}
