import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingPause } from '../src/typing-pause.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TypingPause', () => {
  it('runs the task once the typing has paused for the delay, not on every key', () => {
    const task = vi.fn();
    const pause = new TypingPause(task);
    for (let key = 0; key < 5; key += 1) {
      pause.restart(1000);
      vi.advanceTimersByTime(999);
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('flush runs a waiting task at once (the page is being hidden), and only a waiting one', () => {
    const task = vi.fn();
    const pause = new TypingPause(task);
    pause.flush();
    expect(task).not.toHaveBeenCalled();
    pause.restart(1000);
    pause.flush();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a waiting task', () => {
    const task = vi.fn();
    const pause = new TypingPause(task);
    pause.restart(500);
    pause.cancel();
    vi.advanceTimersByTime(5000);
    pause.flush();
    expect(task).not.toHaveBeenCalled();
  });
});
