import { isolate, isolatedRuns } from './bidi-isolate';

describe('isolate', () => {
  it('wraps the text in first-strong isolate marks', () => {
    expect(isolate('russian-mod')).toBe('\u2068russian-mod\u2069');
  });

  it('drops isolate marks inside the text, so a value cannot close the isolate early', () => {
    expect(isolate('a\u2069b\u2066c')).toBe('\u2068abc\u2069');
    // Overrides stay (they are the reader's literal text) and end at the isolate's close.
    expect(isolate('invoice\u202Egpj.exe')).toBe('\u2068invoice\u202Egpj.exe\u2069');
  });
});

describe('isolatedRuns', () => {
  it('cuts a message at the isolates, nested as they nest', () => {
    const message = `لا حدث معرّفه «${isolate('no-such-event')}» ولا \u2068x ${isolate('y')}\u2069.`;
    expect(isolatedRuns(message)).toEqual([
      'لا حدث معرّفه «',
      { isolated: ['no-such-event'] },
      '» ولا ',
      { isolated: ['x ', { isolated: ['y'] }] },
      '.',
    ]);
  });

  it('keeps text without marks whole, and survives unbalanced marks', () => {
    expect(isolatedRuns('plain')).toEqual(['plain']);
    expect(isolatedRuns('a\u2069b')).toEqual(['a', 'b']);
    expect(isolatedRuns('a\u2068b')).toEqual(['a', { isolated: ['b'] }]);
  });
});
