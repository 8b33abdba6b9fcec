/**
 * Waits for `work` to settle, but no longer than `ms`: resolves when it resolves or fails, or
 * when the time is up, whichever comes first. Never rejects, and leaves `work` running.
 */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
