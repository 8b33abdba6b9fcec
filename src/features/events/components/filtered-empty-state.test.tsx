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
      placeName=""
      topicName=""
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
    await renderEmptyState({ emptiedBy: 'q', query: ' no-such-word ', placeName: 'Saraqib' });
    expect(message().textContent).toBe('No event matches the search “no-such-word”.');
  });

  it('names the search, a single date bound, the place and the topic by their values', async () => {
    await renderEmptyState({
      emptiedBy: 'topic',
      query: 'raid',
      from: '2020-01-01',
      placeName: 'Saraqib',
      topicName: 'Aircraft',
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
        placeName: 'سراقب',
      },
      'ar',
    );
    expect(message().textContent).toBe(
      'لا حدث يطابق البحث «L-39» والطرفين وزارة الدفاع الروسية أو المرصد السوري مع المكان سراقب.',
    );
    expect(message().querySelector('bdi')).toHaveTextContent('L-39');
    expect(screen.getByRole('button', { name: 'أزل تصفية المكان' })).toBeVisible();
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
