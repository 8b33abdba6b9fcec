import { act, render, screen } from '@testing-library/react';
import { HydrationGate } from './hydration-gate';
import { isPageHydrated, markPageHydrated } from './page-hydration';

describe('HydrationGate', () => {
  it('keeps every control shut until the view has hydrated, then opens them all', () => {
    // One page, one signal: this file's module state starts unhydrated.
    expect(isPageHydrated()).toBe(false);
    render(
      <HydrationGate>
        <button type="button">Copy link</button>
        <input type="checkbox" aria-label="Mada Post" />
        <a href="/actors/x">A party</a>
      </HydrationGate>,
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Mada Post' })).toBeDisabled();
    // Links navigate with or without the app.
    expect(screen.getByRole('link', { name: 'A party' })).toHaveAttribute('href', '/actors/x');

    act(() => {
      markPageHydrated();
    });
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Mada Post' })).toBeEnabled();
  });
});
