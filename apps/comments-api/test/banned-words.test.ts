import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBannedWords, parseBannedWords } from '../src/banned-words.js';

describe('banned words', () => {
  const list = parseBannedWords('# một từ mỗi dòng\n\nngốc\nđồ khốn\nspam.com\n');

  it('ignores comments and blank lines', () => {
    expect(list.size).toBe(3);
  });

  it('matches whole words, ignoring case, in NFC or NFD text', () => {
    expect(list.containsBanned('Thật là NGỐC.')).toBe(true);
    expect(list.containsBanned('Thật là ngốc.'.normalize('NFD'))).toBe(true);
    expect(list.containsBanned('Đồ   khốn')).toBe(true);
    expect(list.containsBanned('xem spam.com ngay')).toBe(true);
  });

  it('does not match inside longer words or words that differ only by diacritics', () => {
    expect(list.containsBanned('ngốcnghếch')).toBe(false);
    expect(list.containsBanned('ngoc lan')).toBe(false);
    expect(list.containsBanned('spamXcom')).toBe(false);
  });

  it('loads from BANNED_WORDS_FILE, and means nothing is banned without one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'banned-')), 'words.txt');
    writeFileSync(path, 'ngốc\r\n');
    expect((await loadBannedWords(path)).containsBanned('ngốc')).toBe(true);
    expect((await loadBannedWords(undefined)).containsBanned('ngốc')).toBe(false);
  });
});
