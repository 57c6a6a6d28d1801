/** Line-by-line differences of two texts, for showing why an expectation failed. */
import { diffArrays } from 'diff';

export interface DiffLine {
  kind: 'same' | 'expected' | 'actual';
  text: string;
}

/** At most this many lines of each side are compared line by line; longer texts are cut with a note. */
export const MAX_DIFF_LINES = 2000;

/** The lines of `expected` and `actual`, with what only one side has marked (diff's Myers algorithm). */
export function lineDiff(expected: string, actual: string): DiffLine[] {
  const cut = (text: string) => text.split('\n').slice(0, MAX_DIFF_LINES);
  const changes = diffArrays(cut(expected), cut(actual));
  const lines: DiffLine[] = [];
  for (const change of changes) {
    const kind = change.added ? 'actual' : change.removed ? 'expected' : 'same';
    for (const text of change.value) lines.push({ kind, text });
  }
  return lines;
}
