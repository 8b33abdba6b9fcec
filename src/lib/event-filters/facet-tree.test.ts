import { treeOrder } from './facet-tree';

const parents: Record<string, string> = {
  saraqib: 'idlib',
  idlib: 'syria',
  'kafr-nabuda': 'hama-countryside',
  'hama-countryside': 'hama',
};
const parentOf = (id: string) => parents[id];
const rows = (ids: string[]) =>
  treeOrder(
    ids.map((id) => ({ id })),
    parentOf,
  ).map(({ item, depth }) => `${'  '.repeat(depth)}${item.id}`);

describe('treeOrder', () => {
  it('puts each item under its parent, siblings in their given order', () => {
    expect(rows(['hama', 'idlib', 'saraqib', 'hama-countryside', 'kafr-nabuda'])).toEqual([
      'hama',
      '  hama-countryside',
      '    kafr-nabuda',
      'idlib',
      '  saraqib',
    ]);
  });

  it('climbs past parents that are not listed to the nearest that is', () => {
    expect(rows(['kafr-nabuda', 'hama', 'saraqib'])).toEqual(['hama', '  kafr-nabuda', 'saraqib']);
  });

  it('shows every item once even when the parents loop', () => {
    const looped = treeOrder([{ id: 'a' }, { id: 'b' }], (id) => (id === 'a' ? 'b' : 'a'));
    expect(looped.map((row) => row.item.id).sort()).toEqual(['a', 'b']);
  });
});
