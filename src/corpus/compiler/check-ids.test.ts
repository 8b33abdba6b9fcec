import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus } from './corpus-fixture';

describe('checkIds', () => {
  it('reports a duplicate id in a registry, pointing at the first', () => {
    const fixture = minimalCorpus();
    fixture.metrics.push({
      id: 'killed',
      label: { ar: 'قتلى', en: 'Killed again' },
      unit: { ar: 'أشخاص', en: 'people' },
    });
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/metrics.json',
        path: '$.metrics[3].id',
        message: 'duplicate metric id "killed" (first at $.metrics[0].id)',
      },
    ]);
  });

  it('reports claim ids repeated across events, and questions and scopes repeated within one', () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    if (!event) throw new Error('fixture event missing');
    event.questions.push({ id: 'losses', label: { ar: 'خسائر', en: 'Losses' } });
    event.scopes?.push({ id: 'tal-milh-assault', label: { ar: 'هجوم', en: 'Assault' } });
    fixture.events.push({
      ...structuredClone(event),
      id: 'second-event',
      questions: [{ id: 'losses', label: { ar: 'خسائر', en: 'Losses' } }],
      scopes: event.scopes?.slice(0, 1),
      claims: event.claims.slice(0, 1),
    });
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.questions[2].id',
        message: 'duplicate question id "losses" (first at $.questions[0].id)',
      },
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.scopes[1].id',
        message: 'duplicate scope id "tal-milh-assault" (first at $.scopes[0].id)',
      },
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.claims[0].id',
        message:
          'duplicate claim id "izza-killed" (first at data/events/second-event.json $.claims[0].id)',
      },
    ]);
  });

  it('reports a source or event whose id is not its file name', () => {
    const fixture = minimalCorpus();
    fixture.extra.push({
      path: 'data/events/renamed.json',
      text: JSON.stringify({ ...fixture.events[0], claims: [] }),
    });
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/events/renamed.json',
        path: '$.id',
        message: 'id "tal-milh-attack" does not match the file name "renamed.json"',
      },
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.id',
        message: 'duplicate event id "tal-milh-attack" (first at data/events/renamed.json)',
      },
    ]);
  });
});
