import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import type { LanguageCode } from '@/config/languages';
import { formatDayRange } from '@/lib/intl-format';
import { i18n } from '@/lib/i18n';
import { FilteredEmptyState } from './filtered-empty-state';

type Props = ComponentProps<typeof FilteredEmptyState>;

async function renderEmptyState(props: Partial<Props>, language: LanguageCode = 'en') {
  await i18n.changeLanguage(language);
  const removed: string[] = [];
  render(
    <FilteredEmptyState
      emptiedBy={undefined}
      query=""
      placeNames={[]}
      topicNames={[]}
      onRemove={(key) => removed.push(key)}
      onClearAll={() => undefined}
      {...props}
    />,
  );
  return { removed, user: userEvent.setup() };
}

const message = () => screen.getByText(/^(No event matches|لا حدث يطابق)/);

describe('FilteredEmptyState', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('names the parties and the dates that together left nothing', async () => {
    const { removed, user } = await renderEmptyState({
      emptiedBy: 'dates',
      partyNames: ['Russian Ministry of Defence', 'SOHR'],
      from: '2019-06-01',
      to: '2019-06-30',
    });
    expect(message().textContent).toBe(
      `No event matches the parties Russian Ministry of Defence or SOHR together with the dates ${formatDayRange('2019-06-01', '2019-06-30', 'en')}.`,
    );
    // Each name is isolated, so its own direction cannot reorder the sentence.
    expect([...message().querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'Russian Ministry of Defence',
      'SOHR',
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove the date range' }));
    expect(removed).toEqual(['dates']);
  });

  it('names a filter alone when nothing applied before it', async () => {
    await renderEmptyState({ emptiedBy: 'q', query: ' no-such-word ', placeNames: ['Saraqib'] });
    expect(message().textContent).toBe('No event matches the search “no-such-word”.');
  });

  it('names the search, a single date bound, the place and the topic by their values', async () => {
    await renderEmptyState({
      emptiedBy: 'topic',
      query: 'raid',
      from: '2020-01-01',
      placeNames: ['Saraqib'],
      topicNames: ['Aircraft'],
    });
    expect(message().textContent).toBe(
      'No event matches the search “raid”, the dates from 1 Jan 2020 and the place Saraqib together with the topic Aircraft.',
    );
  });

  it('speaks Arabic, isolating the Latin values inside the Arabic sentence', async () => {
    await renderEmptyState(
      {
        emptiedBy: 'place',
        query: 'L-39',
        partyNames: ['وزارة الدفاع الروسية', 'المرصد السوري'],
        placeNames: ['سراقب'],
      },
      'ar',
    );
    expect(message().textContent).toBe(
      'لا حدث يطابق البحث «L-39» والطرفين وزارة الدفاع الروسية أو المرصد السوري مع المكان سراقب.',
    );
    expect(message().querySelector('bdi')).toHaveTextContent('L-39');
    expect(screen.getByRole('button', { name: 'ألغِ اختيار المكان' })).toBeVisible();
  });

  it('names "all of" the parties as all of them at once, and offers to match any instead', async () => {
    const { removed, user } = await renderEmptyState({
      emptiedBy: 'actors',
      partyNames: ['Russian Ministry of Defence', 'SOHR'],
      match: 'all',
    });
    expect(message().textContent).toBe(
      'No event matches all of the parties Russian Ministry of Defence and SOHR at once.',
    );
    await user.click(screen.getByRole('button', { name: 'Show events where any of them spoke' }));
    await user.click(screen.getByRole('button', { name: 'Remove the party filter' }));
    expect(removed).toEqual(['match', 'actors']);
  });

  it('says "any of" when only one party is left, and when the parties exclude their members', async () => {
    await renderEmptyState({
      emptiedBy: 'actors',
      partyNames: ['Russia'],
      match: 'all',
      members: 'exclude',
    });
    expect(message().textContent).toBe('No event matches the party Russia (without its members).');
    expect(
      screen.queryByRole('button', { name: 'Show events where any of them spoke' }),
    ).not.toBeInTheDocument();
  });

  it('names several places as alternatives, and the disputed-only filter', async () => {
    await renderEmptyState({
      emptiedBy: 'disputed',
      placeNames: ['Saraqib', 'Idlib'],
      disputed: 'only',
    });
    expect(message().textContent).toBe(
      'No event matches the places Saraqib or Idlib together with the disputed-only filter.',
    );
    expect(screen.getByRole('button', { name: 'Show undisputed events too' })).toBeVisible();
  });

  it('says "all of" two parties in Arabic with the dual', async () => {
    await renderEmptyState(
      {
        emptiedBy: 'actors',
        partyNames: ['وزارة الدفاع الروسية', 'المرصد السوري'],
        match: 'all',
      },
      'ar',
    );
    expect(message().textContent).toBe(
      'لا حدث يطابق الطرفين وزارة الدفاع الروسية والمرصد السوري معاً.',
    );
  });

  it('says "without its members" of one party in Arabic, in the masculine singular', async () => {
    await renderEmptyState(
      { emptiedBy: 'actors', partyNames: ['روسيا'], members: 'exclude' },
      'ar',
    );
    expect(message().textContent).toBe('لا حدث يطابق الطرف روسيا (دون الجهات التابعة له).');
  });

  it('formats the dates in Arabic', async () => {
    await renderEmptyState(
      {
        emptiedBy: 'dates',
        partyNames: ['وزارة الدفاع الروسية', 'المرصد السوري'],
        from: '2019-06-30',
        to: '2019-06-01',
      },
      'ar',
    );
    expect(message().textContent).toBe(
      `لا حدث يطابق الطرفين وزارة الدفاع الروسية أو المرصد السوري مع التواريخ ${formatDayRange('2019-06-01', '2019-06-30', 'ar')}.`,
    );
  });
});
