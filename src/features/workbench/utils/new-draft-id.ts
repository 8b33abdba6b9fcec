/** A draft's id: random, so two tabs starting drafts at once never collide. */
export function newDraftId(): string {
  return crypto.randomUUID();
}

/** A slug for the corpus.json of a new draft, from its title; the author can change it. */
export function corpusIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug === '' ? 'new-corpus' : slug;
}
