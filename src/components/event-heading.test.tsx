import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { i18n } from '@/lib/i18n';
import { EventHeading } from './event-heading';

const event = {
  id: 'tal-milh-attack',
  title: { en: 'Fighting at Tal Milh', ar: 'معارك تل ملح' },
  date: {
    from: { value: '2019-06-06', precision: 'day', basis: 'stated' },
    to: { value: '2019-06', precision: 'month', basis: 'stated' },
  },
} as const satisfies ComponentProps<typeof EventHeading>['event'];

async function renderHeading(props: Partial<ComponentProps<typeof EventHeading>>) {
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <section aria-labelledby="heading">
          <EventHeading event={event} id="heading" {...props} />
        </section>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(<RouterProvider router={router} />);
  return screen.findByRole('heading', { level: 3 });
}

describe('EventHeading', () => {
  afterEach(async () => {
    // Unmounted first: switching the language under a mounted heading would update it outside act().
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('names the section with the event title, linked to its comparison', async () => {
    const heading = await renderHeading({});
    expect(heading).toHaveAttribute('id', 'heading');
    expect(screen.getByRole('region', { name: 'Fighting at Tal Milh' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fighting at Tal Milh' })).toHaveAttribute(
      'href',
      '/events/tal-milh-attack',
    );
    expect(screen.getByText('6 Jun 2019 – Jun 2019')).toHaveAttribute('datetime', '2019-06-06');
  });

  it('says a guessed date was inferred, as the event card does', async () => {
    await renderHeading({
      event: {
        ...event,
        date: { from: { value: '2019-06', precision: 'month', basis: 'inferred' } },
      },
    });
    expect(screen.getByText('Jun 2019 (inferred)')).toBeInTheDocument();
  });

  it('puts the label before the dates, in the language on screen', async () => {
    await i18n.changeLanguage('ar');
    await renderHeading({ datesLabel: 'Event dates' });
    expect(screen.getByRole('link', { name: 'معارك تل ملح' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 }).nextElementSibling).toHaveTextContent(
      'Event dates: 6 حزيران 2019',
    );
  });
});
