/**
 * Runs a task once the reader stops typing for `delayMs`: each keystroke restarts the wait. Used
 * to announce the character count and save the draft without doing either on every key.
 */
export class TypingPause {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly task: () => void;

  constructor(task: () => void) {
    this.task = task;
  }

  /** A keystroke: (re)starts the wait. */
  restart(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, delayMs);
  }

  /** Runs the task now if it is waiting (the page is being hidden). */
  flush(): void {
    if (this.timer === undefined) return;
    this.cancel();
    this.task();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
