import { describe, expect, it } from 'vitest';
import { attemptFor, newComment, newIdempotencyKey, stillSent } from '../src/submission.js';

const typed = { author: '  Le\u0302 Va\u0306n  ', email: ' ', content: '  Đu\u031bo\u031b\u0300ng\nxấu  ' };

describe('newComment', () => {
  it('sends NFC, trimmed text, always the honeypot, and leaves an empty email out', () => {
    const body = newComment(typed, '');
    expect(body).toEqual({ author: 'Lê Văn', content: 'Đường\nxấu', website: '' });
    expect(body.author).toBe(body.author.normalize('NFC'));
    expect(body.content).toBe(body.content.normalize('NFC'));
  });

  it('adds the email and the CAPTCHA token when there are some', () => {
    expect(newComment({ ...typed, email: ' an@vidu.vn ' }, 'http://spam', 'token-1')).toEqual({
      author: 'Lê Văn',
      email: 'an@vidu.vn',
      content: 'Đường\nxấu',
      website: 'http://spam',
      captchaToken: 'token-1',
    });
  });
});

describe('Idempotency-Key', () => {
  it("is 32 hex digits, within the API's 8–255 printable ASCII, and new each time", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(Array.from({ length: 50 }, newIdempotencyKey)).size).toBe(50);
  });

  it('is reused by a retry of the same comment and renewed when the comment changed', () => {
    const first = attemptFor(newComment(typed, ''));
    expect(JSON.parse(first.body)).toEqual(newComment(typed, ''));
    const retry = attemptFor(newComment({ ...typed }, ''), first);
    expect(retry).toEqual(first);
    const edited = attemptFor(newComment({ ...typed, content: 'Đường đẹp' }, ''), first);
    expect(edited.key).not.toBe(first.key);
    // Whitespace and normalisation do not make a comment new: the body sent is the same.
    const retyped = attemptFor(newComment({ ...typed, content: typed.content.normalize('NFC').trim() }, ''), first);
    expect(retyped.key).toBe(first.key);
  });

  it('is reused by a retry with a new CAPTCHA token, which goes in the body: the server ignores the token', () => {
    const first = attemptFor(newComment(typed, '', 'token-1'));
    // The host page resets its CAPTCHA after a failure (README): the retry carries a fresh token.
    const retry = attemptFor(newComment(typed, '', 'token-2'), first);
    expect(retry.key).toBe(first.key);
    expect(JSON.parse(retry.body).captchaToken).toBe('token-2');
    expect(attemptFor(newComment(typed, ''), retry).key).toBe(first.key);
    expect(attemptFor(newComment({ ...typed, author: 'Lê Văn Tám' }, '', 'token-2'), retry).key).not.toBe(first.key);
  });

  it('is new when the stored attempt is not a body (a damaged draft)', () => {
    const previous = { key: newIdempotencyKey(), body: '{"author":' };
    expect(attemptFor(newComment(typed, ''), previous).key).not.toBe(previous.key);
  });
});

describe('stillSent', () => {
  const attempt = attemptFor(newComment(typed, '', 'token-1'));

  it('is true while the fields hold the comment sent, however they are spaced or normalised', () => {
    expect(stillSent(typed, attempt)).toBe(true);
    expect(stillSent({ ...typed, content: typed.content.normalize('NFC').trim() }, attempt)).toBe(true);
  });

  it('is false once the reader changed any field', () => {
    expect(stillSent({ ...typed, content: `${typed.content} và thêm` }, attempt)).toBe(false);
    expect(stillSent({ ...typed, email: 'an@vidu.vn' }, attempt)).toBe(false);
    expect(stillSent({ ...typed, author: '' }, attempt)).toBe(false);
  });
});
