import { describe, expect, it } from 'vitest';
import { validateComment, type CommentFields } from '../src/validation.js';

const rules = { maxLength: 2000, requireEmail: false };
const valid: CommentFields = { author: 'Nguyễn Văn An', email: '', content: 'Bài viết rất hữu ích.' };

describe('validateComment', () => {
  it('accepts a name and a comment, with the email left out', () => {
    expect(validateComment(valid, rules)).toEqual({});
  });

  it('requires a name and a comment; whitespace alone is nothing', () => {
    expect(validateComment({ author: '  ', email: '', content: '\n\n' }, rules)).toEqual({
      author: { code: 'required' },
      content: { code: 'required' },
    });
  });

  it('requires the email only with requireEmail', () => {
    expect(validateComment(valid, { ...rules, requireEmail: true })).toEqual({ email: { code: 'required' } });
  });

  it.each(['an', 'an@', '@vidu.vn', 'an@vidu', 'an vu@vidu.vn', 'an@@vidu.vn', 'an@vidu..vn'])(
    'refuses the email %s',
    (email) => {
      expect(validateComment({ ...valid, email }, rules)).toEqual({ email: { code: 'invalid-email' } });
    },
  );

  it.each(['an@vidu.vn', 'nguyen.van.an+ykien@so-tttt.hanoi.gov.vn', ' an@vidu.vn '])(
    'accepts the email %s',
    (email) => {
      expect(validateComment({ ...valid, email }, rules)).toEqual({});
    },
  );

  it('refuses a name over 100 characters and an email over 254', () => {
    expect(validateComment({ ...valid, author: 'A'.repeat(101) }, rules)).toEqual({ author: { code: 'too-long' } });
    expect(validateComment({ ...valid, author: 'Ạ'.normalize('NFD').repeat(100) }, rules)).toEqual({});
    const email = `${'a'.repeat(250)}@x.vn`;
    expect(validateComment({ ...valid, email }, rules)).toEqual({ email: { code: 'too-long' } });
  });

  it('refuses a comment past the limit, counted in NFC code points', () => {
    const atLimit = 'ệ'.normalize('NFD').repeat(2000);
    expect(validateComment({ ...valid, content: atLimit }, rules)).toEqual({});
    expect(validateComment({ ...valid, content: `${atLimit}👍` }, rules)).toEqual({ content: { code: 'too-long' } });
    expect(validateComment({ ...valid, content: 'a'.repeat(11) }, { ...rules, maxLength: 10 })).toEqual({
      content: { code: 'too-long' },
    });
  });
});
