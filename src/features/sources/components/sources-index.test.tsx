import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { corpusIndexSchema, directoryShardSchema, type CorpusIndex } from '@/corpus/shards';
import { i18n } from '@/lib/i18n';
import { parseSourcesSearch, type SourcesSearch } from '../utils/sources-search';
import { fixtureCorpusFiles, renderWithCorpus } from './sources-fixture';
import { SourcesIndex, sourcePageSize } from './sources-index';

/**
 * The fixture's corpus with a second source: older, with no named outlet, cited by nothing;
 * so the order, the outlet note and the counts of zero show.
 */
function corpusFiles() {
  const files = fixtureCorpusFiles();
  const index = corpusIndexSchema.parse(files.get('index.json'));
  if (!index.directory) throw new Error('the fixture has no directory');
  const directory = directoryShardSchema.parse(files.get(index.directory));
  const [cited] = directory.sources;
  if (!cited) throw new Error('the fixture has no source');
  directory.sources.push({
    ...cited,
    id: 'anonymous-leaflet',
    outlet: null,
    outletNote: { en: 'A leaflet naming no publisher', ar: 'منشور لا يسمي ناشره' },
    title: 'An older leaflet',
    language: 'en',
    published: { value: '2019-01', precision: 'month', basis: 'stated' },
    claims: 0,
    events: 0,
  });
  delete directory.sources[1]?.titleTranslation;
  files.set(index.directory, directory);
  return { files, index };
}

function renderIndex(
  files: ReadonlyMap<string, unknown>,
  read?: (path: string) => Promise<unknown>,
) {
  function Harness() {
    const [search, setSearch] = useState<SourcesSearch>({});
    return (
      <SourcesIndex
        search={search}
        onChange={(patch) => {
          setSearch((previous) => parseSourcesSearch({ ...previous, ...patch }));
        }}
      />
    );
  }
  renderWithCorpus(() => <Harness />, files, read);
}

const rowTitles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) =>
        within(row)
          .getAllByRole('link')
          .find((link) => link.getAttribute('href')?.startsWith('/sources/'))?.textContent,
    );

describe('SourcesIndex', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists every source, oldest first, with its outlet, date, language and counts', async () => {
    renderIndex(corpusFiles().files);
    const table = await screen.findByRole('table', { name: 'Sources, oldest first' });
    expect(rowTitles(table)).toEqual(['An older leaflet', 'رجال الأسد يفرّون من ريف حماة']);
    const [, leaflet, article] = within(table).getAllByRole('row');
    if (!leaflet || !article) throw new Error('rows missing');
    expect(
      within(article).getByRole('link', { name: 'رجال الأسد يفرّون من ريف حماة' }),
    ).toHaveAttribute('href', '/sources/mada-tal-milh');
    expect(within(article).getAllByRole('link', { name: 'Mada Post' })[0]).toHaveAttribute(
      'href',
      '/actors/mada-post',
    );
    expect(within(article).getByText('رجال الأسد يفرّون من ريف حماة')).toHaveAttribute('lang', 'ar');
    expect(within(article).getByText('رجال الأسد يفرّون من ريف حماة')).toHaveAttribute('dir', 'rtl');
    const cells = within(article)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(-4)).toEqual(['21 Jun 2019', 'Arabic', '4', '1']);
    // No outlet: its note, as text, not a link.
    expect(
      within(leaflet).getAllByText('A leaflet naming no publisher')[0]?.closest('a'),
    ).toBeNull();
    expect(
      within(leaflet)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(-2),
    ).toEqual(['0', '0']);
    expect(screen.getByRole('status')).toHaveTextContent('2 sources');
  });

  it('orders by citations on request', async () => {
    renderIndex(corpusFiles().files);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'cited');
    const table = screen.getByRole('table', { name: 'Sources, most cited first' });
    expect(rowTitles(table)).toEqual(['رجال الأسد يفرّون من ريف حماة', 'An older leaflet']);
  });

  it('finds a title with the Arabic-aware folding, and an outlet by its name in either language', async () => {
    renderIndex(corpusFiles().files);
    const search = await screen.findByRole('searchbox', { name: 'Search titles and outlets' });
    // No hamza on the alif, as readers type it.
    await userEvent.type(search, 'الاسد');
    expect(rowTitles(screen.getByRole('table'))).toEqual(['رجال الأسد يفرّون من ريف حماة']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 sources matches “الاسد”');
    await userEvent.clear(search);
    await userEvent.type(search, 'mada');
    expect(rowTitles(screen.getByRole('table'))).toEqual(['رجال الأسد يفرّون من ريف حماة']);
    await userEvent.clear(search);
    await userEvent.type(search, 'no such words');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No source matches “no such words”.')).toBeInTheDocument();
  });

  it('lists the sources of a corpus without a directory, saying its counts are not available', async () => {
    const { files, index } = corpusFiles();
    const { directory: _directory, ...older }: CorpusIndex = index;
    files.set('index.json', older);
    renderIndex(files);
    const table = await screen.findByRole('table');
    expect(rowTitles(table)).toEqual(['رجال الأسد يفرّون من ريف حماة']);
    expect(within(table).queryByRole('columnheader', { name: 'Claims' })).toBeNull();
    expect(screen.getByText(/is not available for this corpus/)).toBeInTheDocument();
  });

  it('says when the counts fail to load, and loads them on retry', async () => {
    const { files, index } = corpusFiles();
    let fail = true;
    renderIndex(files, (path) => {
      if (path === index.directory && fail) return Promise.reject(new Error('HTTP 503'));
      return Promise.resolve(files.get(path));
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 503');
    expect(screen.queryByRole('table')).toBeNull();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('says it is loading while the counts are on their way', async () => {
    const { files, index } = corpusFiles();
    renderIndex(files, (path) =>
      path === index.directory ? new Promise(() => undefined) : Promise.resolve(files.get(path)),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('draws a page of sources at a time, and starts again from the first page on a new search', async () => {
    const { files, index } = corpusFiles();
    if (!index.directory) throw new Error('the fixture has no directory');
    const directory = directoryShardSchema.parse(files.get(index.directory));
    const [leaflet] = directory.sources;
    if (!leaflet) throw new Error('the fixture has no source');
    const total = sourcePageSize * 2 + 5;
    directory.sources = Array.from({ length: total }, (_, at) => ({
      ...leaflet,
      id: `leaflet-${String(at)}`,
      title: `Leaflet ${String(at)} from ${at < 150 ? 'Aleppo' : 'Hama'}`,
    }));
    files.set(index.directory, directory);
    renderIndex(files);
    const table = await screen.findByRole('table', { name: 'Sources, oldest first' });
    expect(rowTitles(table)).toHaveLength(sourcePageSize);
    expect(screen.getByRole('status')).toHaveTextContent(`${String(total)} sources`);
    await userEvent.click(
      screen.getByRole('button', { name: `Show ${String(sourcePageSize)} more sources` }),
    );
    expect(rowTitles(table)).toHaveLength(sourcePageSize * 2);
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more sources' }));
    expect(rowTitles(table)).toHaveLength(total);
    // The button is gone; the focus is on the first row it added, not lost.
    expect(document.activeElement).toHaveTextContent(
      rowTitles(table)[sourcePageSize * 2] ?? 'no such row',
    );
    expect(screen.queryByRole('button', { name: /more sources/ })).not.toBeInTheDocument();
    // A search answers with its own first page: 150 match, 100 drawn.
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search titles and outlets' }));
    await userEvent.paste('Aleppo');
    expect(await screen.findByRole('status')).toHaveTextContent(
      `150 of ${String(total)} sources match “Aleppo”`,
    );
    expect(rowTitles(screen.getByRole('table'))).toHaveLength(sourcePageSize);
    expect(screen.getByRole('button', { name: 'Show 50 more sources' })).toBeInTheDocument();
    // Two hundred rows in jsdom, drawn three times: slow on a loaded machine, not waiting on time.
  }, 20_000);

  it('reads in Arabic: headers, caption and counts', async () => {
    await i18n.changeLanguage('ar');
    renderIndex(corpusFiles().files);
    const table = await screen.findByRole('table', { name: 'المصادر، الأقدم أولًا' });
    expect(within(table).getByRole('columnheader', { name: 'الادعاءات' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('مصدران');
  });
});
