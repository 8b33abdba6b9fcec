import { render, screen } from '@testing-library/react';
import { dayNumber } from '../utils/day-range';
import { VisibleCount } from './visible-count';

const june2019 = { first: dayNumber('2019-06-01'), last: dayNumber('2019-06-30') };

describe('VisibleCount', () => {
  it('says the chart draws only the first events when the range holds too many', () => {
    render(
      <VisibleCount counts={{ events: 250, claims: undefined, drawn: 100 }} span={june2019} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '250 events in Jun 2019; the chart draws the first 100. Narrow the range or the filters to see the others.',
    );
  });

  it('passes counts as numbers, so they come out grouped in the app number format', () => {
    render(
      <VisibleCount counts={{ events: 12_500, claims: undefined, drawn: 1000 }} span={june2019} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '12,500 events in Jun 2019; the chart draws the first 1,000.',
    );
  });

  it('counts events and claims when every event is drawn', () => {
    render(<VisibleCount counts={{ events: 3, claims: 41 }} span={june2019} />);
    expect(screen.getByRole('status')).toHaveTextContent('3 events, 41 claims in Jun 2019');
  });
});
