import { describe, expect, it } from 'vitest';
import { lazyView } from './lazy-view';

function FakeView() {
  return <p>the view</p>;
}

describe('lazyView', () => {
  it('offers the router a preload until its code is in, then nothing to wait for', async () => {
    let imports = 0;
    const view = lazyView(() => {
      imports += 1;
      return Promise.resolve({ FakeView });
    }, 'FakeView');

    expect(view.preload).toBeTypeOf('function');
    await view.preload?.();
    expect(imports).toBe(1);
    // The router awaits a route component's `preload` on every navigation: once loaded, there
    // must be none, or each visit starts another import() and waits a task for it.
    expect(view.preload).toBeUndefined();
    expect(imports).toBe(1);
  });

  it('keeps offering a preload when the import failed, so the next visit tries again', async () => {
    let attempts = 0;
    const view = lazyView(() => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    }, 'FakeView');

    await view.preload?.();
    expect(view.preload).toBeTypeOf('function');
    await view.preload?.();
    expect(attempts).toBe(2);
  });
});
