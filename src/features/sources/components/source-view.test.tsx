import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { corpusIndexSchema, sourceShardSchema, type SourceShard } from '@/corpus/shards';
import { i18n } from '@/lib/i18n';
import { fixtureCorpusFiles, renderWithCorpus } from './sources-fixture';
import { SourceView } from './source-view';

const SOURCE = 'mada-tal-milh';

/** The fixture's corpus, its one source shard passed through `change`. */
function corpusFiles(change: (shard: SourceShard) => SourceShard = (shard) => shard) {
  const files = fixtureCorpusFiles();
  const index = corpusIndexSchema.parse(files.get('index.json'));
  for (const [path, body] of files) {
    if (path.startsWith('sources/')) files.set(path, change(sourceShardSchema.parse(body)));
  }
  return { files, index };
}

async function renderSource(
  files: ReadonlyMap<string, unknown>,
  read?: (path: string) => Promise<unknown>,
) {
  renderWithCorpus(() => <SourceView sourceId={SOURCE} />, files, read);
  return screen.findByRole('heading', { level: 1 });
}

describe('SourceView', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names each highlighted quote by its party and stance, linking to the claim', async () => {
    await renderSource(corpusFiles().files);
    const denial = await screen.findByRole('link', { name: 'Syrian army · Denies' });
    expect(denial).toHaveAttribute('href', '/events/tal-milh-attack#claim-army-denies');
    expect(screen.getAllByRole('link', { name: 'Jaish al-Izza · Asserts' })).toHaveLength(3);
    // Never a generic link with a raw id.
    expect(screen.queryByRole('link', { name: /\[claim\]|^claim$/i })).toBeNull();
    // Each quote's highlight wears its stance, so its colour follows the label's.
    const marks = document.querySelectorAll('mark[data-stance="denies"]');
    expect([...marks].map((mark) => mark.textContent).join('')).toContain('نفى مصدر عسكري');
  });

  it('leaves no screen of white where folded page furniture was', async () => {
    const furniture = 'شارك على فيسبوك';
    const { files } = corpusFiles((shard) => {
      const at = shard.text.length;
      const text = `${shard.text}\n\n${furniture}\n\n\n\nخاتمة المقال`;
      return {
        ...shard,
        text,
        boilerplate: [{ kind: 'share-buttons', start: at + 2, end: at + 2 + furniture.length }],
      };
    });
    await renderSource(files);
    await screen.findByRole('link', { name: 'Syrian army · Denies' });
    const body = document.querySelector('[dir="rtl"].whitespace-pre-wrap');
    if (!(body instanceof HTMLElement)) throw new Error('no source text');
    expect(body.textContent).not.toContain(furniture);
    expect(body.textContent).toMatch(/\n\nخاتمة المقال$/);
    expect(body.textContent).not.toMatch(/\n{3,}خاتمة/);
  });

  it('lists the claims quoting it under their event, with party pages and the comparison', async () => {
    await renderSource(corpusFiles().files);
    const list = await screen.findByRole('region', { name: 'Claims quoting this text' });
    expect(list).toHaveTextContent('4 claims in 1 event.');
    expect(within(list).getByRole('link', { name: 'Fighting at Tal Milh' })).toHaveAttribute(
      'href',
      '/events/tal-milh-attack',
    );
    const claim = list.querySelector('[data-claim="army-denies"]');
    if (!(claim instanceof HTMLElement)) throw new Error('no army-denies item');
    expect(within(claim).getByRole('link', { name: 'Syrian army' })).toHaveAttribute(
      'href',
      '/actors/syrian-army',
    );
    expect(claim).toHaveTextContent('Denies');
    expect(within(claim).getByRole('blockquote')).toHaveAttribute('lang', 'ar');
    expect(
      within(claim).getByRole('link', { name: /^See it in the comparison ?\(Syrian army\)$/ }),
    ).toHaveAttribute('href', '/events/tal-milh-attack#claim-army-denies');
    expect(
      within(claim).getByRole('link', { name: /^Show it in the text ?\(Syrian army\)$/ }),
    ).toHaveAttribute('href', `/sources/${SOURCE}#army-denies`);
  });

  it('says plainly that the address, the archive and the retrieval day were not recorded', async () => {
    await renderSource(corpusFiles().files);
    const provenance = await screen.findByRole('region', { name: 'Where this text comes from' });
    expect(within(provenance).getAllByText('Not recorded in this corpus')).toHaveLength(3);
  });

  it('says why they were not recorded when the corpus says why', async () => {
    const notRecorded = {
      en: 'This text came as a plain text file, without its web address.',
      ar: 'وصل هذا النص ملفاً نصياً مجرداً، بلا عنوانه على الإنترنت.',
    };
    const { files } = corpusFiles((shard) => ({
      ...shard,
      source: { ...shard.source, notRecorded },
    }));
    await renderSource(files);
    const provenance = await screen.findByRole('region', { name: 'Where this text comes from' });
    expect(within(provenance).getAllByText('Not recorded in this corpus')).toHaveLength(3);
    expect(provenance.querySelector('[data-field="why-not-recorded"]')).toHaveTextContent(
      `Why not recorded: ${notRecorded.en}`,
    );
  });

  it('shows the original address, the archived copy and the retrieval day when recorded', async () => {
    const url = 'https://madapost.example/article';
    const archivedUrl = 'https://web.archive.org/web/2019/https://madapost.example/article';
    const { files } = corpusFiles((shard) => ({
      ...shard,
      source: { ...shard.source, url, archivedUrl, retrieved: '2019-06-22' },
    }));
    await renderSource(files);
    const provenance = await screen.findByRole('region', { name: 'Where this text comes from' });
    expect(within(provenance).getByRole('link', { name: url })).toHaveAttribute('href', url);
    expect(within(provenance).getByRole('link', { name: archivedUrl })).toHaveAttribute(
      'href',
      archivedUrl,
    );
    expect(provenance).toHaveTextContent('22 Jun 2019');
    expect(within(provenance).queryByText('Not recorded in this corpus')).toBeNull();
    // Nothing is missing, so there is nothing to explain.
    expect(provenance.querySelector('[data-field="why-not-recorded"]')).toBeNull();
  });

  it('opens a source shard compiled before quotes named their party, naming each by its event', async () => {
    const { files } = corpusFiles((shard) => ({
      ...shard,
      quotes: shard.quotes.map(({ saidBy: _saidBy, stance: _stance, ...quote }) => quote),
    }));
    await renderSource(files);
    expect(
      await screen.findAllByRole('link', { name: 'A claim on “Fighting at Tal Milh”' }),
    ).toHaveLength(4);
  });

  it('says when the text fails to load, and loads it on retry', async () => {
    const { files } = corpusFiles();
    let fail = true;
    await renderSource(files, (path) =>
      path.startsWith('sources/') && fail
        ? Promise.reject(new Error('HTTP 500'))
        : Promise.resolve(files.get(path)),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 500');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Syrian army · Denies' })).toBeInTheDocument();
  });

  it('names the highlights in Arabic on the Arabic page', async () => {
    await i18n.changeLanguage('ar');
    await renderSource(corpusFiles().files);
    const label = await screen.findByRole('link', { name: 'عربي: Syrian army · نفي' });
    expect(label).toHaveAttribute('lang', 'ar');
    expect(label).toHaveAttribute('dir', 'rtl');
  });
});
