import { describe, expect, it } from 'vitest';
import { appendPage, readCommentPage } from '../src/comments.js';

const comment = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  author: 'Phạm Minh',
  content: 'Nội dung',
  createdAt: '2026-11-27T08:00:00Z',
  ...extra,
});

describe('readCommentPage', () => {
  it('reads a page with nested replies and the official flag', () => {
    const page = readCommentPage({
      items: [comment('1', { replies: [comment('2', { author: '', official: true })] })],
      nextCursor: 'abc',
      total: 7,
    });
    expect(page).toEqual({
      items: [
        {
          ...comment('1'),
          official: false,
          replies: [{ ...comment('2'), author: '', official: true }],
        },
      ],
      nextCursor: 'abc',
      total: 7,
      dropped: 0,
    });
  });

  it('normalises text to NFC and keeps line breaks and markup as text', () => {
    const page = readCommentPage({
      items: [
        comment('1', { author: ' Le\u0302 ', content: '<img src=x onerror=alert(1)>\nHa\u0300 No\u0323\u0302i' }),
      ],
      nextCursor: null,
    });
    expect(page?.items[0]?.author).toBe('Lê');
    expect(page?.items[0]?.content).toBe('<img src=x onerror=alert(1)>\nHà Nội');
    expect(page?.total).toBeUndefined();
  });

  it('leaves out and counts comments without id, content or a real date', () => {
    const page = readCommentPage({
      items: [
        comment('1'),
        { ...comment('2'), createdAt: 'hôm qua' },
        { ...comment('3'), content: 5 },
        { author: 'x' },
        null,
        comment(''),
      ],
      nextCursor: null,
    });
    expect(page?.items.map((item) => item.id)).toEqual(['1']);
    expect(page?.dropped).toBe(5);
  });

  it('counts the replies it leaves out with the comments', () => {
    const page = readCommentPage({
      items: [
        comment('1', { replies: [comment('2'), { ...comment('3'), createdAt: 'hôm qua' }, null] }),
        { ...comment('4'), id: 4 },
        comment('5', { replies: [{ author: 'x' }] }),
      ],
      nextCursor: null,
    });
    expect(page?.items.map((item) => [item.id, item.replies.map((reply) => reply.id)])).toEqual([
      ['1', ['2']],
      ['5', []],
    ]);
    expect(page?.dropped).toBe(4);
  });

  it.each([null, [], 'x', { items: 'x' }, { comments: [] }])('is undefined for %j, which is not a page', (data) => {
    expect(readCommentPage(data)).toBeUndefined();
  });
});

describe('appendPage', () => {
  it('appends the next page, keeping a comment that shifted between pages once', () => {
    const first = readCommentPage({ items: [comment('3'), comment('2')], nextCursor: 'p2', total: 3 });
    const second = readCommentPage({ items: [comment('2'), comment('1')], nextCursor: null, total: 3 });
    if (!first || !second) throw new Error('pages expected');
    const both = appendPage(first, second);
    expect(both.items.map((item) => item.id)).toEqual(['3', '2', '1']);
    expect(both.nextCursor).toBeNull();
    expect(both.total).toBe(3);
  });
});
