import { describe, expect, it } from 'vitest';
import { noBannedWords, parseBannedWords } from '../src/banned-words.js';
import { validateNewComment, validateOfficialReply } from '../src/comment-validation.js';
import { ApiError } from '../src/errors.js';

const limits = { maxContentLength: 2000, bannedWords: noBannedWords };
const body = { author: 'Trần Thị Bình', content: 'Nội dung', website: '' };

function fieldErrors(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.body.error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validateNewComment', () => {
  it('returns the comment trimmed and in NFC', () => {
    const comment = validateNewComment(
      { ...body, author: '  Hà Nội '.normalize('NFD'), content: ' Xin chào\r\nbạn ', email: ' a@b.vn ' },
      limits,
    );
    expect(comment).toEqual({ author: 'Hà Nội', content: 'Xin chào\nbạn', email: 'a@b.vn', parentId: null });
  });

  it('accepts content of exactly the maximum in code points even when sent as NFD', () => {
    const exactly = 'ộ'.repeat(2000).normalize('NFD');
    expect(exactly.length).toBe(6000);
    expect(validateNewComment({ ...body, content: exactly }, limits).content).toHaveLength(2000);
  });

  it('refuses one character over the maximum with too-long', () => {
    const error = fieldErrors(() => validateNewComment({ ...body, content: 'ộ'.repeat(2001) }, limits));
    expect(error.code).toBe('invalid-fields');
    expect(error.fields?.content?.code).toBe('too-long');
  });

  it('counts emoji as one character each', () => {
    expect(validateNewComment({ ...body, content: '👍'.repeat(2000) }, limits).content).toBe('👍'.repeat(2000));
  });

  it('reports every field problem at once', () => {
    const error = fieldErrors(() =>
      validateNewComment({ ...body, author: '   ', content: '\n', email: 'không-phải-email' }, limits),
    );
    expect(error.fields).toMatchObject({
      author: { code: 'required' },
      content: { code: 'required' },
      email: { code: 'invalid-email' },
    });
  });

  it('limits the name to 100 characters', () => {
    expect(validateNewComment({ ...body, author: 'ễ'.repeat(100) }, limits).author).toHaveLength(100);
    expect(
      fieldErrors(() => validateNewComment({ ...body, author: 'ễ'.repeat(101) }, limits)).fields?.author?.code,
    ).toBe('too-long');
  });

  it('treats an empty e-mail address as none', () => {
    expect(validateNewComment({ ...body, email: '  ' }, limits).email).toBeNull();
  });

  it('refuses control characters with invalid', () => {
    expect(fieldErrors(() => validateNewComment({ ...body, content: 'a\u0000b' }, limits)).fields?.content?.code).toBe(
      'invalid',
    );
  });

  it('refuses banned words with banned-words on content', () => {
    const bannedWords = parseBannedWords('đồ ngốc\n');
    const error = fieldErrors(() =>
      validateNewComment({ ...body, content: 'Bạn là Đồ Ngốc!' }, { ...limits, bannedWords }),
    );
    expect(error.fields?.content?.code).toBe('banned-words');
  });
});

describe('validateOfficialReply', () => {
  it('does not apply the banned-words list to the agency', () => {
    expect(validateOfficialReply({ author: ' Ban biên tập ', content: 'Trả lời' }, limits)).toEqual({
      author: 'Ban biên tập',
      content: 'Trả lời',
    });
  });

  it('applies the same lengths', () => {
    expect(
      fieldErrors(() => validateOfficialReply({ author: 'Ban biên tập', content: 'x'.repeat(2001) }, limits)).fields
        ?.content?.code,
    ).toBe('too-long');
  });
});
