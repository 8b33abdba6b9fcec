type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

const filled = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** The words of its textual bodies; a link (Riwaya's permalink body) has none. */
function bodyTexts(annotation: Json): string[] {
  const bodies = [...listOf(annotation.body), annotation.bodyValue];
  return bodies.flatMap((body) => {
    if (isObject(body)) {
      if (body.purpose === 'tagging') return filled(body.value) ? [`#${body.value.trim()}`] : [];
      return filled(body.value) ? [body.value.trim()] : [];
    }
    // A bare string body is, by the model, the address of one: only words are kept.
    return filled(body) && !/^[a-z][a-z0-9+.-]*:\S*$/i.test(body.trim()) ? [body.trim()] : [];
  });
}

/** Hypothesis keeps the comment in `text` and its tags in `tags`. */
function hypothesisTexts(annotation: Json): string[] {
  const tags = listOf(annotation.tags).filter(filled);
  return [
    ...(filled(annotation.text) ? [annotation.text.trim()] : []),
    ...(tags.length > 0 ? [tags.map((tag) => `#${tag.trim()}`).join(' ')] : []),
  ];
}

function creatorName(annotation: Json): string | undefined {
  for (const creator of listOf(annotation.creator)) {
    if (filled(creator)) return creator.trim();
    if (isObject(creator)) {
      const name = [creator.name, creator.nickname, creator.id].find(filled);
      if (name !== undefined) return name.trim();
    }
  }
  const info = annotation.user_info;
  if (isObject(info) && filled(info.display_name)) return info.display_name.trim();
  // Hypothesis: "acct:name@hypothes.is".
  if (filled(annotation.user)) return annotation.user.replace(/^acct:/, '').trim();
  return undefined;
}

/**
 * What an annotation said about the words, and who said it, as one note for the claim draft:
 * the researcher reads it while placing the claim. Undefined when it said nothing.
 */
export function annotationNote(annotation: Json): string | undefined {
  const texts = [...new Set([...bodyTexts(annotation), ...hypothesisTexts(annotation)])];
  const creator = creatorName(annotation);
  const lines = [...texts, ...(creator === undefined ? [] : [`— ${creator}`])];
  return lines.length === 0 ? undefined : lines.join('\n');
}
