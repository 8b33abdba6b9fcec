import { render } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { IgnoredValuesNotice } from './ignored-values-notice';

describe('IgnoredValuesNotice', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('isolates each ignored value inside the Arabic sentence, with no marks left in the text', async () => {
    await i18n.changeLanguage('ar');
    const { container } = render(
      <IgnoredValuesNotice
        ignored={[
          { key: 'from', value: '2019-13-01' },
          { key: 'actors', value: 'no-such-party' },
        ]}
      />,
    );
    expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      '2019-13-01',
      'no-such-party',
    ]);
    expect(container.textContent).toContain('«2019-13-01»');
    expect(container.textContent).not.toMatch(/[\u2066-\u2069]/);
  });

  it('names the first ten values and counts the rest, however long the link', async () => {
    await i18n.changeLanguage('en');
    const ignored = Array.from({ length: 25 }, (_, n) => ({
      key: 'actors' as const,
      value: `no-such-party-${String(n)}`,
    }));
    const { container } = render(<IgnoredValuesNotice ignored={ignored} />);
    expect(container.querySelectorAll('bdi')).toHaveLength(10);
    expect(container.textContent).toContain('no-such-party-9');
    expect(container.textContent).not.toContain('no-such-party-10');
    expect(container.textContent).toMatch(/and 15 more values\.$/);
  });

  it('counts the rest with Arabic plural forms', async () => {
    await i18n.changeLanguage('ar');
    const ignored = Array.from({ length: 12 }, (_, n) => ({
      key: 'from' as const,
      value: `2019-13-${String(n + 10)}`,
    }));
    const { container } = render(<IgnoredValuesNotice ignored={ignored} />);
    expect(container.textContent).toContain('قيمتان أخريان');
  });
});
