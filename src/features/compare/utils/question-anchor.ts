/** The id of a question's section, which the overview's row heads link to. */
export function questionAnchor(questionId: string): string {
  return `question-${questionId}`;
}
