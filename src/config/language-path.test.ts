import { languagePath, splitLanguagePath } from './paths';

describe('the language in the path', () => {
  it('reads Arabic from /ar/ and English from anything else', () => {
    expect(splitLanguagePath('/ar/events/x')).toEqual({ language: 'ar', path: '/events/x' });
    expect(splitLanguagePath('/ar/')).toEqual({ language: 'ar', path: '/' });
    expect(splitLanguagePath('/ar')).toEqual({ language: 'ar', path: '/' });
    expect(splitLanguagePath('/events/x')).toEqual({ language: 'en', path: '/events/x' });
    // A view whose id merely starts with "ar" is not Arabic.
    expect(splitLanguagePath('/arabic')).toEqual({ language: 'en', path: '/arabic' });
    expect(splitLanguagePath('/actors/ar')).toEqual({ language: 'en', path: '/actors/ar' });
  });

  it('writes each view under its language, the list as a folder', () => {
    expect(languagePath('/events/x', 'ar')).toBe('/ar/events/x');
    expect(languagePath('/', 'ar')).toBe('/ar/');
    expect(languagePath('/events/x', 'en')).toBe('/events/x');
    expect(languagePath('/', 'en')).toBe('/');
  });

  it('round-trips every view', () => {
    for (const path of ['/', '/events/a', '/actors', '/sources/s-1', '/timeline']) {
      for (const language of ['en', 'ar'] as const) {
        expect(splitLanguagePath(languagePath(path, language))).toEqual({ language, path });
      }
    }
  });
});
