import { editedEvent, hasEventFile } from './edited-event';

const before = {
  'corpus.json': '{}',
  'events/a.json': '{"id":"a"}',
  'events/b.json': '{"id":"b"}',
};

describe('editedEvent', () => {
  it('names the event whose file an edit changed or added', () => {
    expect(editedEvent(before, { ...before, 'events/b.json': '{"id":"b","x":1}' })).toBe('b');
    expect(editedEvent(before, { ...before, 'events/c.json': '{"id":"c"}' })).toBe('c');
  });

  it('names none when no event file changed, or only workbench files did', () => {
    expect(editedEvent(before, { ...before, 'corpus.json': '{"id":"x"}' })).toBeUndefined();
    expect(editedEvent(before, { ...before, '.workbench/events/d.json': '{}' })).toBeUndefined();
    expect(editedEvent(before, before)).toBeUndefined();
  });
});

describe('hasEventFile', () => {
  it('tells a draft with an event file from one without', () => {
    expect(hasEventFile(before)).toBe(true);
    expect(hasEventFile({ 'corpus.json': '{}', 'sources/s.json': '{}' })).toBe(false);
  });
});
