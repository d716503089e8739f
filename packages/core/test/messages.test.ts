import { describe, expect, it } from 'vitest';
import { formatMessage, resolveMessages, type Catalogues, type StringOverrides } from '../src/messages.js';

type Key = 'heading' | 'submit' | 'count';

const catalogues: Catalogues<Key> = {
  vi: { heading: 'Ý kiến bạn đọc', submit: 'Gửi ý kiến', count: '{count} ý kiến' },
  en: { heading: 'Reader comments', submit: 'Send comment', count: '{count} comments' },
};

// Typing proof, checked by `tsc -p tsconfig.json`: an unused @ts-expect-error is itself an error.
export const incompleteCatalogues: Catalogues<Key> = {
  vi: catalogues.vi,
  // @ts-expect-error -- the English catalogue lacks 'count', which must fail the build.
  en: { heading: 'Reader comments', submit: 'Send comment' },
};

// @ts-expect-error -- a catalogue with no English at all must fail the build too.
export const missingLanguage: Catalogues<Key> = { vi: catalogues.vi };

describe('resolveMessages', () => {
  it('returns the language catalogue when there are no overrides', () => {
    expect(resolveMessages(catalogues, 'vi')).toEqual(catalogues.vi);
    expect(resolveMessages(catalogues, 'en', null)).toEqual(catalogues.en);
    expect(resolveMessages(catalogues, 'en', undefined)).toEqual(catalogues.en);
  });

  it('applies flat overrides whatever the language', () => {
    const overrides: StringOverrides<Key> = { heading: 'Bình luận' };
    expect(resolveMessages(catalogues, 'vi', overrides)).toEqual({ ...catalogues.vi, heading: 'Bình luận' });
    expect(resolveMessages(catalogues, 'en', overrides)).toEqual({ ...catalogues.en, heading: 'Bình luận' });
  });

  it('applies per-language overrides only to their language', () => {
    const overrides: StringOverrides<Key> = { vi: { heading: 'Bình luận' }, en: { submit: 'Post' } };
    expect(resolveMessages(catalogues, 'vi', overrides)).toEqual({ ...catalogues.vi, heading: 'Bình luận' });
    expect(resolveMessages(catalogues, 'en', overrides)).toEqual({ ...catalogues.en, submit: 'Post' });
  });

  it('keeps the catalogue for a language the per-language overrides leave out', () => {
    expect(resolveMessages(catalogues, 'en', { vi: { heading: 'Bình luận' } })).toEqual(catalogues.en);
  });

  it('ignores override values that are not strings', () => {
    // Overrides arrive from JSON attributes, so the types cannot be trusted at run time.
    const fromJson = JSON.parse('{"heading": 42, "submit": null, "count": ["x"]}') as StringOverrides<Key>;
    expect(resolveMessages(catalogues, 'vi', fromJson)).toEqual(catalogues.vi);
  });

  it('ignores unknown keys', () => {
    const fromJson = JSON.parse(
      '{"heading": "Bình luận", "unknown": "x", "__proto__": {"submit": "x"}}',
    ) as StringOverrides<Key>;
    const resolved = resolveMessages(catalogues, 'vi', fromJson);
    expect(resolved).toEqual({ ...catalogues.vi, heading: 'Bình luận' });
    expect(Object.keys(resolved).sort()).toEqual(['count', 'heading', 'submit']);
  });

  it.each([
    ['a string', '"Bình luận"'],
    ['an array', '["Bình luận"]'],
    ['a number', '1'],
  ])('ignores overrides that are %s', (_, json) => {
    expect(resolveMessages(catalogues, 'vi', JSON.parse(json) as StringOverrides<Key>)).toEqual(catalogues.vi);
  });

  it('normalises overrides to NFC', () => {
    const decomposed = 'Bình luận'.normalize('NFD');
    expect(decomposed).not.toBe('Bình luận'.normalize('NFC'));
    const resolved = resolveMessages(catalogues, 'vi', { heading: decomposed });
    expect(resolved.heading).toBe('Bình luận'.normalize('NFC'));
    expect(resolved.heading.length).toBe(9);
  });

  it('does not change the catalogues it reads', () => {
    const before = structuredClone(catalogues);
    resolveMessages(catalogues, 'vi', { heading: 'Bình luận' });
    expect(catalogues).toEqual(before);
  });
});

describe('formatMessage', () => {
  it('fills placeholders with strings and numbers', () => {
    expect(formatMessage('{count} ý kiến', { count: 3 })).toBe('3 ý kiến');
    expect(formatMessage('Cập nhật lúc {time}, {place}', { time: '14:00', place: 'Hà Nội' })).toBe(
      'Cập nhật lúc 14:00, Hà Nội',
    );
  });

  it('fills a placeholder used twice', () => {
    expect(formatMessage('{n} + {n}', { n: 0 })).toBe('0 + 0');
  });

  it('keeps an unknown placeholder visible', () => {
    expect(formatMessage('{count} ý kiến của {name}', { count: 2 })).toBe('2 ý kiến của {name}');
  });

  it('does not fill placeholders from the object prototype', () => {
    expect(formatMessage('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('leaves text without placeholders alone', () => {
    expect(formatMessage('Gửi ý kiến', { count: 1 })).toBe('Gửi ý kiến');
  });
});
