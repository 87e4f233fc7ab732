// The one place where analysis offsets (UTF-16 code units, end-exclusive) and LSP positions
// meet. LSP's default position encoding is also UTF-16, so a position is (line, offset - lineStart).
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineAt, lineStarts } from '../analysis/lines';

export interface OffsetSpan {
  start: number;
  end: number;
}

/** Line starts of a text, for fast batch conversion (semantic tokens) without a TextDocument. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    return lineAt(this.starts, offset);
  }

  /** The line of `offset`, walking on from `line`, a line at or before it (for offsets in order). */
  lineFrom(offset: number, line: number): number {
    const starts = this.starts;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    return Math.min(start + Math.max(0, pos.character), this.lineContentEnd(Math.max(0, pos.line)));
  }

  /**
   * Calls `emit` once per line the span covers, with the line, its first character and length.
   * Semantic tokens may not cross lines in VS Code, so multi-line spans are cut here.
   */
  forEachLinePiece(span: OffsetSpan, emit: (line: number, character: number, length: number) => void): void {
    let line = this.lineOf(span.start);
    let from = span.start;
    while (from < span.end) {
      const contentEnd = this.lineContentEnd(line);
      const to = Math.min(span.end, contentEnd);
      if (to > from) emit(line, from - this.starts[line], to - from);
      line++;
      if (line >= this.starts.length) break;
      from = Math.max(from, this.starts[line]);
    }
  }
}

export function toPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset);
}

export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

export function toRange(doc: TextDocument, span: OffsetSpan): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDocument, range: Range): OffsetSpan {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** The first line of a document, without its line break: where diagnostics about the whole article go. */
export function firstLineRange(doc: TextDocument): Range {
  const text = doc.getText();
  let end = doc.lineCount > 1 ? doc.offsetAt({ line: 1, character: 0 }) : text.length;
  if (end > 0 && text[end - 1] === '\n') end--;
  if (end > 0 && text[end - 1] === '\r') end--;
  return toRange(doc, { start: 0, end });
}

/** One character at a 1-based line and column in UTF-16 units, as the sidecar validator reports places. */
export function lineColumnRange(line: number, column: number): Range {
  const at = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  return { start: at, end: { line: at.line, character: at.character + 1 } };
}

/** 1-based line number of an offset, for human-readable text (hover cards, messages). */
export function lineNumber(doc: TextDocument, offset: number): number {
  return doc.positionAt(offset).line + 1;
}
