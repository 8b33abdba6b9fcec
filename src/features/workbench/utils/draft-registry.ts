import type { DraftFiles } from './draft-files';

export interface DraftParty {
  id: string;
  name: { ar: string; en: string };
}

/** The parties of a draft's actors.json, as far as they can be read; a file mid-edit gives none. */
export function draftParties(files: DraftFiles): DraftParty[] {
  try {
    const value: unknown = JSON.parse(files['actors.json'] ?? '');
    if (typeof value !== 'object' || value === null || !('actors' in value)) return [];
    if (!Array.isArray(value.actors)) return [];
    return (value.actors as unknown[]).flatMap((actor) => {
      if (typeof actor !== 'object' || actor === null) return [];
      const { id, name } = actor as { id?: unknown; name?: { ar?: unknown; en?: unknown } };
      if (typeof id !== 'string') return [];
      const ar = typeof name?.ar === 'string' ? name.ar : id;
      const en = typeof name?.en === 'string' ? name.en : id;
      return [{ id, name: { ar, en } }];
    });
  } catch {
    return [];
  }
}
