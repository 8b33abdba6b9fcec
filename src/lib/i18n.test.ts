import { i18n } from './i18n';

// One journey, in order: i18next keeps loaded catalogues for the life of the module.
describe('i18n catalogues', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('ships English only, and switches to Arabic once its catalogue has loaded', async () => {
    expect(i18n.language).toBe('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(false);

    // Asked for Arabic, then back to English before Arabic arrived: English stays.
    const toArabic = i18n.changeLanguage('ar');
    expect(i18n.language).toBe('en');
    await i18n.changeLanguage('en');
    await toArabic;
    expect(i18n.language).toBe('en');

    await i18n.changeLanguage('ar');
    expect(i18n.language).toBe('ar');
    expect(i18n.t('app.skipToContent')).not.toBe(i18n.getFixedT('en')('app.skipToContent'));
  });
});
