// Offset → one-based line number, for the exports' "line" columns.
import { lineAt, lineStarts } from '../analysis/lines';

export function lineFinder(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset: number): number => lineAt(starts, offset) + 1;
}
