/** The opening of a quote for a list: whole if short, else cut at a word and marked with "…". */
export function quoteStart(quote: string, maxLength = 90): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  const cut = characters.slice(0, maxLength).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
