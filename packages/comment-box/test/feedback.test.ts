import { describe, expect, it } from 'vitest';
import { sendFailureReasons } from '../src/api.js';
import { feedbackMessages } from '../src/feedback-messages.js';
import { failureText, problemText, retryableReasons } from '../src/feedback.js';

describe('failureText', () => {
  it.each(['vi', 'en'] as const)('words every failure differently in %s', (language) => {
    const m = feedbackMessages[language];
    const texts = sendFailureReasons
      .filter((reason) => reason !== 'invalid')
      .map((reason) => failureText({ reason }, m));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('tells how many seconds a 429 asked to wait, rounded up, at least 1', () => {
    const m = feedbackMessages.vi;
    expect(failureText({ reason: 'rate-limited', retryAfterMs: 29_001 }, m)).toBe(
      'Bạn đã gửi nhiều lần trong thời gian ngắn. Hãy gửi lại sau 30 giây.',
    );
    expect(failureText({ reason: 'rate-limited', retryAfterMs: 0 }, m)).toContain('sau 1 giây');
    expect(failureText({ reason: 'rate-limited' }, m)).toBe(m.rateLimitedNoDelay);
  });

  it('offers "Gửi lại" only where sending again can help', () => {
    expect([...retryableReasons].sort()).toEqual([
      'key-reused',
      'network',
      'offline',
      'rate-limited',
      'server',
      'timeout',
    ]);
  });
});

describe('problemText', () => {
  const context = { messages: feedbackMessages.vi, language: 'vi' as const, limit: 2000, over: 15 };

  it('says by how much a comment is too long, with the limit written for Vietnamese readers', () => {
    expect(problemText('content', { code: 'too-long' }, context)).toBe(
      'Ý kiến không được dài quá 2.000 ký tự (bạn đã viết thừa 15 ký tự)',
    );
  });

  it('writes the excess like the count does, with Vietnamese digit grouping', () => {
    expect(problemText('content', { code: 'too-long' }, { ...context, over: 58_020 })).toBe(
      'Ý kiến không được dài quá 2.000 ký tự (bạn đã viết thừa 58.020 ký tự)',
    );
    expect(
      problemText(
        'content',
        { code: 'too-long' },
        { ...context, messages: feedbackMessages.en, language: 'en', over: 58_020 },
      ),
    ).toBe(feedbackMessages.en.contentTooLong.replace('{max}', '2,000').replace('{count}', '58,020'));
  });

  it('has its own words when the server finds it too long but the count does not', () => {
    expect(problemText('content', { code: 'too-long' }, { ...context, over: 0 })).toBe(
      feedbackMessages.vi.contentTooLongServer,
    );
  });

  it('shows the server message for a code it does not know, and its own text when there is none', () => {
    expect(problemText('author', { code: 'blocked', message: 'Tên bị chặn' }, context)).toBe('Tên bị chặn');
    expect(problemText('author', { code: 'blocked' }, context)).toBe(feedbackMessages.vi.fieldInvalid);
    expect(problemText('captchaToken', { code: 'invalid', message: 'x' }, context)).toBe(
      feedbackMessages.vi.captchaError,
    );
  });
});
