// How a claim's source reads in a cell or a memo line: the words of the article,
// plus the entity they resolve to when those words do not already name it.
import type { ClaimSource } from '../annotations/types';

export function sourceLabel(source: ClaimSource | null): string {
  if (!source) return '';
  const { text, entity } = source;
  if (!entity || text.toLowerCase().includes(entity.toLowerCase())) return text;
  return `${text} (${entity})`;
}
