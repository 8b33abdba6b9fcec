import { describe, expect, it } from 'vitest';
import type { Actor } from '@/corpus/schema';
import { actorWithMembers } from './actor-members';

function actor(id: string, memberOf?: string): Actor {
  return {
    id,
    name: { ar: id, en: id },
    kind: 'state-body',
    side: 'government',
    aliases: { ar: [], en: [] },
    ...(memberOf !== undefined ? { memberOf } : {}),
  };
}

describe('actorWithMembers', () => {
  const actors = [
    actor('russia'),
    actor('russian-mod', 'russia'),
    actor('hmeimim', 'russian-mod'),
    actor('reconciliation-centre', 'russian-mod'),
    actor('turkey'),
  ];

  it('rolls membership up at every depth, the party first', () => {
    expect(actorWithMembers('russia', actors)).toEqual([
      'russia',
      'russian-mod',
      'hmeimim',
      'reconciliation-centre',
    ]);
  });

  it('is the party alone when nothing belongs to it', () => {
    expect(actorWithMembers('turkey', actors)).toEqual(['turkey']);
  });

  it('stops at a cycle a bad shard might hold', () => {
    expect(actorWithMembers('a', [actor('a', 'b'), actor('b', 'a')])).toEqual(['a', 'b']);
  });
});
