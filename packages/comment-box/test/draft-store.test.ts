import { describe, expect, it } from 'vitest';
import { guardedStorage } from '@portal-widgets/core';
import { draftKey, draftMaxAgeMs, loadDraft, saveDraft } from '../src/draft-store.js';

/** A Map-backed Storage; `failing` makes every access throw like a sandboxed iframe's. */
function memoryStorage(failing = false): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const guard = () => {
    if (failing) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => (guard(), data.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void data.set(key, value)),
    removeItem: (key: string) => (guard(), void data.delete(key)),
  };
}

const key = draftKey('https://ykien.tinh.gov.vn/api/threads/bai-1/comments');
const fields = { author: 'Trần Thị Bình', email: 'binh@vidu.vn', content: 'Đề nghị sửa đường.\nCảm ơn.' };

describe('draft store', () => {
  it('keeps one draft per comments URL', () => {
    expect(key).toBe('pw-comment-box:draft:https://ykien.tinh.gov.vn/api/threads/bai-1/comments');
    expect(draftKey('https://a.gov.vn/api/threads/bai-2/comments')).not.toBe(key);
  });

  it('saves and loads the fields and the attempt sent last', () => {
    const backing = memoryStorage();
    const storage = guardedStorage(() => backing);
    const attempt = { key: 'k'.repeat(32), body: '{"author":"Trần Thị Bình"}' };
    saveDraft(storage, key, fields, attempt, 1000);
    expect(JSON.parse(backing.data.get(key) ?? '')).toMatchObject({ ...fields, savedAt: 1000 });
    expect(loadDraft(storage, key, 2000)).toEqual({ ...fields, attempt, savedAt: 1000 });
  });

  it('removes the draft when every field is empty', () => {
    const backing = memoryStorage();
    const storage = guardedStorage(() => backing);
    saveDraft(storage, key, fields);
    saveDraft(storage, key, { author: '', email: '', content: '' });
    expect(backing.data.has(key)).toBe(false);
    expect(loadDraft(storage, key)).toBeUndefined();
  });

  it('forgets drafts older than 30 days', () => {
    const backing = memoryStorage();
    const storage = guardedStorage(() => backing);
    saveDraft(storage, key, fields, undefined, 0);
    expect(loadDraft(storage, key, draftMaxAgeMs)).toBeDefined();
    expect(loadDraft(storage, key, draftMaxAgeMs + 1)).toBeUndefined();
    expect(backing.data.has(key)).toBe(false);
  });

  it.each(['not json', '"a string"', 'null', '{"author": 1, "email": "", "content": "", "savedAt": 0}', '{}'])(
    'ignores a stored value that is not a draft: %s',
    (stored) => {
      const backing = memoryStorage();
      backing.data.set(key, stored);
      expect(
        loadDraft(
          guardedStorage(() => backing),
          key,
        ),
      ).toBeUndefined();
    },
  );

  it('ignores a malformed attempt but keeps the fields', () => {
    const backing = memoryStorage();
    backing.data.set(key, JSON.stringify({ ...fields, savedAt: 0, attempt: { key: 5 } }));
    expect(
      loadDraft(
        guardedStorage(() => backing),
        key,
        0,
      ),
    ).toEqual({ ...fields, savedAt: 0 });
  });

  it('never throws when the storage does (sandboxed iframe): the draft lives in memory', () => {
    const storage = guardedStorage(() => memoryStorage(true));
    expect(() => saveDraft(storage, key, fields, undefined, 5)).not.toThrow();
    expect(loadDraft(storage, key, 5)).toEqual({ ...fields, savedAt: 5 });
  });
});
