import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FuzzyDate } from '@/corpus/primitives';
import { readSaidOn } from '../utils/relative-date';
import { DateSuggestions } from './date-suggestions';

const saturday: FuzzyDate = { value: '2019-08-03', precision: 'day', basis: 'stated' };

describe('DateSuggestions', () => {
  it('offers each computed date as a button that hands over the date and its note', async () => {
    const reading = readSaidOn('وأمس الجمعة, صرح القيادي', saturday);
    const onChoose = vi.fn<(date: FuzzyDate) => void>();
    render(<DateSuggestions reading={reading} onChoose={onChoose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use Friday 2 Aug 2019' }));
    expect(onChoose).toHaveBeenCalledWith(reading.suggestions[0]?.date);
    expect(onChoose.mock.calls[0]?.[0].note).toContain("'yesterday, Friday' (أمس الجمعة)");
    expect(screen.getByText('أمس الجمعة')).toHaveAttribute('lang', 'ar');
  });

  it('says why a phrase gave no date', () => {
    const reading = readSaidOn('أعلن يوم أمس الخميس', saturday);
    render(<DateSuggestions reading={reading} onChoose={vi.fn()} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'No date from “\u2068يوم أمس الخميس\u2069”: counted from the publication date, that day is Friday 2 Aug 2019, not Thursday.',
      ),
    ).toBeInTheDocument();
  });

  it('says why when the publication date is not known to the day', () => {
    const month: FuzzyDate = { value: '2020-01', precision: 'month', basis: 'inferred', note: 'n' };
    render(<DateSuggestions reading={readSaidOn('الخميس', month)} onChoose={vi.fn()} />);
    expect(
      screen.getByText(
        'No date from “\u2068الخميس\u2069”: the source’s publication date is not known to the day.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the words hold no relative date', () => {
    render(<DateSuggestions reading={readSaidOn('قال المرصد', saturday)} onChoose={vi.fn()} />);
    expect(
      screen.getByText('No relative date (“yesterday”, “on Thursday”) in these words.'),
    ).toBeInTheDocument();
  });
});
