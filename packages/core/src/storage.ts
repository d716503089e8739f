/**
 * Web Storage that never throws. `localStorage` throws `SecurityError` on access in sandboxed
 * iframes and with storage blocked, and `QuotaExceededError` on writes when full or in some private
 * modes; a widget must keep working in all of them.
 */
export interface GuardedStorage {
  /** The stored value, or `null` when there is none or the storage cannot be read. */
  getItem(key: string): string | null;
  /**
   * Stores the value. When the real storage refuses it, the value is kept in memory for the rest of
   * the page's life instead; returns whether it reached the real storage.
   */
  setItem(key: string, value: string): boolean;
  /** Removes the value from memory and from the real storage. */
  removeItem(key: string): void;
}

/**
 * Wraps the storage that `open` returns (called once, on first use) so that no access throws. A
 * value the storage refused stays in memory and is read back from there: memory is the newer copy.
 */
export function guardedStorage(open: () => Storage | null | undefined): GuardedStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null | undefined;
  let opened = false;
  // Runs an access on the real storage; any throw (SecurityError, QuotaExceededError) gives `fallback`.
  const attempt = <T>(access: (target: Storage) => T, fallback: T): T => {
    try {
      if (!opened) {
        opened = true;
        storage = open();
      }
      return storage ? access(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => memory.get(key) ?? attempt((target) => target.getItem(key), null),
    setItem(key, value) {
      const stored = attempt((target) => {
        target.setItem(key, value);
        return true;
      }, false);
      if (stored) memory.delete(key);
      else memory.set(key, value);
      return stored;
    },
    removeItem(key) {
      memory.delete(key);
      attempt((target) => target.removeItem(key), undefined);
    },
  };
}

let pageLocalStorage: GuardedStorage | undefined;

/** The page's `localStorage`, guarded; one instance (and one memory fallback) shared by every widget. */
export function guardedLocalStorage(): GuardedStorage {
  pageLocalStorage ??= guardedStorage(() => globalThis.localStorage);
  return pageLocalStorage;
}
