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
});
