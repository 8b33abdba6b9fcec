import type { Figure, Stance } from '../schema';
import type { StatusClaim } from './question-status';

/** Claims for the dispute rule's tests: each a new id, said by `saidBy`. */
let nextId = 0;
export function claim(
  saidBy: string,
  stance: Stance,
  figures: StatusClaim['figures'] = [],
): StatusClaim {
  nextId += 1;
  return { id: `c${nextId}`, saidBy, stance, figures };
}

/** A killed-count figure, in the village unless another scope is named. */
export function killed(
  value: number,
  qualifier: Figure['qualifier'],
  scope = 'village',
): StatusClaim['figures'][number] {
  return { metric: 'killed', scope, value, qualifier };
}
