import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardedLocalStorage, guardedStorage } from '../src/storage.js';

/** A Map-backed Storage whose methods can be made to throw like a browser's. */
class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  failReads = false;
  failWrites: 'quota' | 'security' | false = false;

  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites === 'quota') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    if (this.failWrites === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.delete(key);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('guardedStorage', () => {
  it('reads and writes through a working storage', () => {
    const backing = new FakeStorage();
    const storage = guardedStorage(() => backing);

    expect(storage.setItem('a', '1')).toBe(true);
    expect(backing.data.get('a')).toBe('1');
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(backing.data.has('a')).toBe(false);
    expect(storage.getItem('a')).toBeNull();
  });

  it('keeps values in memory when opening the storage throws SecurityError (sandboxed iframe)', () => {
    const open = vi.fn(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const storage = guardedStorage(open);

    expect(storage.getItem('a')).toBeNull();
    expect(storage.setItem('a', '1')).toBe(false);
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(open, 'opened once, not on every access').toHaveBeenCalledTimes(1);
  });

  it('keeps values in memory when there is no storage at all', () => {
    const storage = guardedStorage(() => undefined);

    expect(storage.setItem('a', '1')).toBe(false);
    expect(storage.getItem('a')).toBe('1');
  });

  it('keeps a value the storage refuses (quota) in memory, and memory wins over the older stored copy', () => {
    const backing = new FakeStorage();
    const storage = guardedStorage(() => backing);
    storage.setItem('a', 'old');

    backing.failWrites = 'quota';
    expect(storage.setItem('a', 'new')).toBe(false);
    expect(backing.data.get('a')).toBe('old');
    expect(storage.getItem('a')).toBe('new');
  });

  it('goes back to the real storage once it accepts writes again', () => {
    const backing = new FakeStorage();
    const storage = guardedStorage(() => backing);
    backing.failWrites = 'quota';
    storage.setItem('a', 'in memory');

    backing.failWrites = false;
    expect(storage.setItem('a', 'stored')).toBe(true);
    expect(backing.data.get('a')).toBe('stored');
    backing.data.set('a', 'changed by another tab');
    expect(storage.getItem('a'), 'no stale memory copy left').toBe('changed by another tab');
  });

  it('returns null when reading throws', () => {
    const backing = new FakeStorage();
    backing.data.set('a', '1');
    backing.failReads = true;

    expect(guardedStorage(() => backing).getItem('a')).toBeNull();
  });

  it('never throws from removeItem', () => {
    const backing = new FakeStorage();
    const storage = guardedStorage(() => backing);
    backing.failWrites = 'security';
    storage.setItem('a', '1');

    expect(() => storage.removeItem('a')).not.toThrow();
    expect(storage.getItem('a')).toBeNull();
  });
});

describe('guardedLocalStorage', () => {
  it('is one instance per page, so widgets share the memory fallback', () => {
    expect(guardedLocalStorage()).toBe(guardedLocalStorage());
  });
});
