/** A sleep that can be cut short: the drainer sleeps until its next deadline or until a send ends. */
export class Wakeup {
  private pending: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.timer = setTimeout(() => this.wake(), Math.max(0, Math.min(ms, 60_000)));
    });
  }

  wake(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    const resolve = this.pending;
    this.pending = undefined;
    this.timer = undefined;
    resolve?.();
  }
}
