import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Actor, Side } from '@/corpus/schema';
import { i18n } from '@/lib/i18n';
import type { PartyGroup } from '../utils/party-groups';
import { PartyFilter, partiesFoldFrom } from './party-filter';

const side = (id: string, en: string, ar: string): Side => ({ id, label: { en, ar } });
const party = (id: string, en: string, sideId: string): Actor => ({
  id,
  name: { en, ar: en },
  aliases: { en: [], ar: [] },
  kind: 'armed-forces',
  side: sideId,
});

/** Two sides of `perSide` parties each: "Government party 1"… and "Opposition party 1"…. */
function groupsOf(perSide: number): PartyGroup[] {
  const sides = [
    side('government', 'Government', 'الحكومة'),
    side('opposition', 'Opposition', 'المعارضة'),
  ];
  return sides.map((group) => ({
    side: group,
    parties: Array.from({ length: perSide }, (_, at) =>
      party(`${group.id}-${String(at + 1)}`, `${group.label.en} party ${String(at + 1)}`, group.id),
    ),
  }));
}

function Harness({ groups, initial = [] }: { groups: PartyGroup[]; initial?: string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <PartyFilter
      groups={groups}
      selected={selected}
      counts={new Map()}
      onChange={setSelected}
      members="include"
      onMembersChange={() => undefined}
      match="any"
      onMatchChange={() => undefined}
    />
  );
}

const sideGroup = (name: string) => screen.getByRole('group', { name });

describe('PartyFilter', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists every party, unfolded, in a corpus of a few dozen', () => {
    render(<Harness groups={groupsOf(partiesFoldFrom / 2)} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(partiesFoldFrom);
    expect(screen.queryByRole('button', { name: /Show its/ })).not.toBeInTheDocument();
  });

  it('folds each side of a large corpus to its chosen parties, and unfolds one on request', async () => {
    const perSide = partiesFoldFrom / 2 + 1;
    render(<Harness groups={groupsOf(perSide)} initial={['opposition-7']} />);
    const government = sideGroup('Government');
    const opposition = sideGroup('Opposition');
    expect(within(government).queryAllByRole('checkbox')).toHaveLength(0);
    // What is chosen is never folded away: it can always be unticked.
    expect(within(opposition).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(opposition).getByRole('checkbox', { name: /Opposition party 7/ })).toBeChecked();

    const unfold = within(government).getByRole('button', {
      name: `Show its ${String(perSide)} parties`,
    });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(unfold.getAttribute('aria-controls') ?? '')).toBe(
      within(government).getByRole('list'),
    );
    await userEvent.click(unfold);
    expect(within(government).getAllByRole('checkbox')).toHaveLength(perSide);
    const fold = within(government).getByRole('button', { name: 'Hide its parties' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(within(opposition).getAllByRole('checkbox')).toHaveLength(1);

    // A party ticked in an unfolded side stays when the side folds again.
    await userEvent.click(
      within(government).getByRole('checkbox', { name: /Government party 3\b/ }),
    );
    await userEvent.click(fold);
    expect(within(government).getAllByRole('checkbox')).toHaveLength(1);
    expect(
      within(government).getByRole('checkbox', { name: /Government party 3\b/ }),
    ).toBeChecked();
  });

  it('keeps a party unticked in a folded side in place, with the focus on it', async () => {
    render(
      <Harness groups={groupsOf(partiesFoldFrom)} initial={['government-3', 'opposition-5']} />,
    );
    const government = sideGroup('Government');
    const box = within(government).getByRole('checkbox', { name: /Government party 3\b/ });
    await userEvent.click(box);
    expect(box).not.toBeChecked();
    expect(box).toHaveFocus();
    expect(within(government).getAllByRole('checkbox')).toEqual([box]);
    // Folding or opening a side tidies it: the unticked party goes.
    const unfold = within(government).getByRole('button', { name: /Show its/ });
    await userEvent.click(unfold);
    await userEvent.click(within(government).getByRole('button', { name: 'Hide its parties' }));
    expect(within(government).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(sideGroup('Opposition')).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('finds any party of a folded side by its name', async () => {
    render(<Harness groups={groupsOf(partiesFoldFrom)} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'party 12');
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(
      [
        expect.stringContaining('Government party 12'),
        expect.stringContaining('Opposition party 12'),
      ],
    );
    expect(screen.queryByRole('button', { name: /Show its/ })).not.toBeInTheDocument();
  });

  it('says how many parties a folded side holds, in Arabic', async () => {
    await i18n.changeLanguage('ar');
    render(<Harness groups={groupsOf(partiesFoldFrom / 2 + 1)} />);
    expect(
      within(sideGroup('الحكومة')).getByRole('button', { name: 'اعرض أطرافه الـ31' }),
    ).toHaveAttribute('aria-expanded', 'false');
  });
});
