import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { i18n } from '@/lib/i18n';
import { DateInput } from './date-input';

type Change = [string | undefined, { replace: boolean }];

/** The field bound to a value, as the URL binds it, recording every change it asks for. */
function Bound({ initial, changes }: { initial?: string; changes: Change[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateInput
      label="From"
      value={value}
      example="2020-01-23"
      onChange={(day, options) => {
        changes.push([day, options]);
        setValue(day);
      }}
    />
  );
}

describe('DateInput', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('reads day/month/year as it is typed and writes one history entry per visit', async () => {
    const changes: Change[] = [];
    render(<Bound changes={changes} />);
    const field = screen.getByRole('textbox', { name: 'From' });
    expect(field).toHaveAccessibleDescription('Day/month/year, e.g. 23/01/2020');
    await userEvent.type(field, '1/6/2019');
    expect(changes).toEqual([['2019-06-01', { replace: false }]]);
    expect(field).toHaveAccessibleDescription('That is 1 Jun 2019');
    await userEvent.type(field, '{Backspace}8');
    expect(changes.at(-1)).toEqual(['2018-06-01', { replace: true }]);
    await userEvent.tab();
    expect(field).toHaveValue('01/06/2018');
    await userEvent.clear(field);
    expect(changes.at(-1)).toEqual([undefined, { replace: false }]);
  });

  it('says in words when the text is not a date, once the reader leaves the field', async () => {
    const changes: Change[] = [];
    render(<Bound changes={changes} />);
    const field = screen.getByRole('textbox', { name: 'From' });
    await userEvent.type(field, '31/2/2020');
    // Still typing: no error yet, and nothing written.
    expect(field).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'This is not a date the field can read. Write day/month/year, e.g. 23/01/2020.',
    );
    expect(changes).toEqual([]);
  });

  it('speaks Arabic in the Arabic UI, with a Levantine month, and reads Arabic-Indic digits', async () => {
    await i18n.changeLanguage('ar');
    const changes: Change[] = [];
    render(<Bound initial="2019-06-01" changes={changes} />);
    const field = screen.getByRole('textbox', { name: 'From' });
    expect(field).toHaveValue('01/06/2019');
    expect(field).toHaveAccessibleDescription('أي 1 حزيران 2019');
    await userEvent.clear(field);
    expect(field).toHaveAccessibleDescription('يوم/شهر/سنة، مثل 23/01/2020');
    await userEvent.type(field, '٢٣/١/٢٠٢٠');
    expect(changes.at(-1)).toEqual(['2020-01-23', { replace: true }]);
    expect(field).toHaveAccessibleDescription('أي 23 كانون الثاني 2020');
  });

  it('shows a value set from elsewhere (a quick range, Back) in the field', () => {
    const { rerender } = render(
      <DateInput label="To" value="2019-06-30" example="2020-01-23" onChange={() => undefined} />,
    );
    rerender(
      <DateInput label="To" value="2019-08-31" example="2020-01-23" onChange={() => undefined} />,
    );
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('31/08/2019');
  });
});
