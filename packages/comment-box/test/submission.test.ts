import { describe, expect, it } from 'vitest';
import { attemptFor, newComment, newIdempotencyKey } from '../src/submission.js';

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
    expect(retry).toBe(first);
    const edited = attemptFor(newComment({ ...typed, content: 'Đường đẹp' }, ''), first);
    expect(edited.key).not.toBe(first.key);
    // Whitespace and normalisation do not make a comment new: the body sent is the same.
    const retyped = attemptFor(newComment({ ...typed, content: typed.content.normalize('NFC').trim() }, ''), first);
    expect(retyped.key).toBe(first.key);
  });
});
