import { emptyReason } from './empty-reason';

describe('emptyReason', () => {
  it('names the emptying filter with the active filters applied before it', () => {
    expect(emptyReason('dates', ['actors', 'dates', 'topic'])).toEqual({
      combinedWith: ['actors'],
      emptiedBy: 'dates',
    });
    expect(emptyReason('place', ['topic', 'place', 'q'])).toEqual({
      combinedWith: ['q'],
      emptiedBy: 'place',
    });
  });

  it('names the filter alone when it emptied the list by itself', () => {
    expect(emptyReason('q', ['q', 'actors'])).toEqual({ combinedWith: [], emptiedBy: 'q' });
  });
});
