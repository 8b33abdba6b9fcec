import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppAnchor } from './app-anchor';

function renderLinks() {
  const rootRoute = createRootRoute();
  const links = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: () => (
      <>
        <AppAnchor href="/events/a">Event A</AppAnchor>
        <AppAnchor href="/events/b">Event B</AppAnchor>
      </>
    ),
  });
  const event = createRoute({
    getParentRoute: () => rootRoute,
    path: '/events/$eventId',
    component: () => <p>An event</p>,
  });
  const router = createRouter({
    routeTree: rootRoute.addChildren([links, event]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  const preload = vi.spyOn(router, 'preloadRoute');
  render(<RouterProvider router={router} />);
  return { router, preload };
}

describe('AppAnchor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('readies a page once for a hover and the press that follows, again for another page', async () => {
    const { preload } = renderLinks();
    const a = await screen.findByRole('link', { name: 'Event A' });
    fireEvent.pointerEnter(a);
    fireEvent.focus(a);
    expect(preload).toHaveBeenCalledTimes(1);
    expect(preload).toHaveBeenLastCalledWith({ to: '.', href: '/events/a' });
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Event B' }));
    expect(preload).toHaveBeenCalledTimes(2);
    expect(preload).toHaveBeenLastCalledWith({ to: '.', href: '/events/b' });
  });

  it('readies a page again once the last time is old', async () => {
    const { preload } = renderLinks();
    const a = await screen.findByRole('link', { name: 'Event A' });
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1_000_000);
    fireEvent.pointerEnter(a);
    now.mockReturnValue(1_000_000 + 11_000);
    fireEvent.focus(a);
    expect(preload).toHaveBeenCalledTimes(2);
    now.mockRestore();
  });

  it('navigates in the app on a plain click, and leaves a modified one to the browser', async () => {
    const { router } = renderLinks();
    const a = await screen.findByRole('link', { name: 'Event A' });
    expect(fireEvent.click(a, { ctrlKey: true })).toBe(true);
    expect(router.state.location.pathname).toBe('/');
    expect(fireEvent.click(a)).toBe(false);
    await screen.findByText('An event');
    expect(router.state.location.pathname).toBe('/events/a');
  });
});
