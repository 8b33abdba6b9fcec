import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FigureSuggestion } from '../utils/suggest-figures';
import { suggestFigures } from '../utils/suggest-figures';
import { FigureSuggestions } from './figure-suggestions';

const quote =
  'وذكرت الدفاع الروسية أن القوات قتلت ما يصل إلى 50 مسلحا وأصابت نحو 90 مهاجما، وفرّ عشرات الآلاف';
const suggestions = suggestFigures(quote);

function renderList(chosen: FigureSuggestion[] = []) {
  const onChange = vi.fn<(chosen: FigureSuggestion[]) => void>();
  render(<FigureSuggestions suggestions={suggestions} chosen={chosen} onChange={onChange} />);
  return onChange;
}

describe('FigureSuggestions', () => {
  it('offers each figure with its qualifier and the words it was read from', () => {
    renderList();
    const group = screen.getByRole('group', { name: 'Figures in these words' });
    expect(group).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'up to 50 (ما يصل إلى 50)',
      'about 90 (نحو 90)',
      'many (عشرات الآلاف) — a word, not a number',
    ]);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
  });

  it('ticks what is chosen and reports the choice in the quote’s order', async () => {
    const [first, second, third] = suggestions;
    if (!first || !second || !third) throw new Error('expected three suggestions');
    const onChange = renderList([third]);
    expect(screen.getByRole('checkbox', { name: /عشرات الآلاف/ })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /نحو 90/ }));
    expect(onChange).toHaveBeenLastCalledWith([second, third]);
    await userEvent.click(screen.getByRole('checkbox', { name: /عشرات الآلاف/ }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('says so when the words give no figure', () => {
    render(<FigureSuggestions suggestions={[]} chosen={[]} onChange={vi.fn()} />);
    expect(screen.getByText('No figure in these words.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
