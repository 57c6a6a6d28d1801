import { format, applyEdits, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A JSON syntax problem with 1-based positions, ready to become a Monaco marker. */
export interface JsonProblem {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Property name expected (in double quotes)',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing } expected',
  CloseBracketExpected: 'Closing ] expected',
  EndOfFileExpected: 'Nothing may follow the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Comments are not allowed in JSON',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
};

/**
 * Strict JSON problems of `text` (no comments, no trailing commas), with positions. jsonc-parser
 * is the error-tolerant JSON scanner VS Code uses; JSON.parse only reports the first problem, with no
 * position in some engines.
 */
export function jsonProblems(text: string): JsonProblem[] {
  if (text.trim() === '') return [];
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  // The scanner may report two problems at one place (after a trailing comma); the first says it best.
  const seen = new Set<number>();
  const firstPerOffset = errors.filter((e) => !seen.has(e.offset) && seen.add(e.offset));
  return firstPerOffset.map((e) => {
    const start = position(text, e.offset);
    const end = position(text, e.offset + Math.max(1, e.length));
    const code = printParseErrorCode(e.error);
    return {
      message: MESSAGES[code] ?? code,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  });
}

/** The text pretty-printed with 2-space indentation (kept as is when it does not parse). */
export function formatJson(text: string): string {
  return applyEdits(text, format(text, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }));
}
