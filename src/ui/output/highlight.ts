/**
 * Token classes for read-only output, from Monaco's Monarch tokenizer (the editor's own grammars,
 * loaded lazily with Monaco). Tokens become React elements with CSS classes: no HTML strings.
 */
export interface Token {
  start: number;
  end: number;
  /** CSS class suffix: keyword, string, comment, number, type, … */
  kind: string;
}

const KINDS = new Set([
  'keyword',
  'string',
  'comment',
  'number',
  'type',
  'tag',
  'attribute',
  'regexp',
  'variable',
  'operators',
  'operator',
  'annotation',
  'constant',
]);

function kindOf(type: string): string {
  const [first, second] = type.split('.');
  if (first === 'string' && second === 'key') return 'key';
  if (first === 'type' && second === 'identifier') return 'type';
  return KINDS.has(first) ? first : '';
}

/** Tokenizes `text` line by line; resolves after Monaco and the language's grammar have loaded. */
export async function tokenizeLines(text: string, language: string): Promise<Token[][]> {
  const { monaco } = await import('../editor/monaco/setup');
  // colorize() waits for a lazily registered grammar to load; tokenize() would not.
  await monaco.editor.colorize('', language, {});
  const lines = text.split('\n');
  return monaco.editor.tokenize(text, language).map((tokens, i) =>
    tokens
      .map((t, j) => ({
        start: t.offset,
        end: j + 1 < tokens.length ? tokens[j + 1].offset : lines[i].length,
        kind: kindOf(t.type),
      }))
      .filter((t) => t.end > t.start),
  );
}
