import { isSlug, maxSlugLength } from '@/corpus/slug';

/**
 * An id for something new, from its English name: "National Liberation Front" becomes
 * "national-liberation-front", and "-2", "-3"… follow when it is taken. Empty when the name
 * has no Latin letters or digits to build one from (the form then asks for an id).
 */
export function slugFromName(name: string, taken: (id: string) => boolean): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength - 4)
    .replace(/-+$/, '');
  if (!isSlug(base)) return '';
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${String(n)}`;
    if (!taken(id)) return id;
  }
}
