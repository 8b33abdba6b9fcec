interface YieldingScheduler {
  yield: () => Promise<void>;
}

/**
 * Ends the current task and continues in a new one, so the browser can handle input and paint
 * in between: a long start-up split into short tasks instead of one that blocks the page.
 * `scheduler.yield()` where the browser has it (the continuation keeps its place in line),
 * a zero-delay timeout elsewhere.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
