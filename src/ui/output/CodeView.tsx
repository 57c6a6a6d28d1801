import { memo, useEffect, useState } from 'react';
import { tokenizeLines, type Token } from './highlight';

/** Highlighting waits for typing to pause, so keystrokes only pay for the plain text. */
const HIGHLIGHT_DELAY_MS = 150;

interface Highlight {
  text: string;
  language: string;
  lines: Token[][];
  /** Tokens by line text, to keep unchanged lines coloured while the text changes. */
  byText: Map<string, Token[]>;
}

/**
 * One line as a block (`.code-line`, with `content-visibility: auto`): an edit then lays out and
 * paints only the lines on screen, not the whole template.
 */
const Line = memo(function Line({
  text,
  tokens,
  blankNext,
}: {
  text: string;
  tokens?: Token[];
  blankNext: boolean;
}) {
  // No "\n" inside: the blocks already break lines, and selecting text copies one newline each.
  if (text === '') return <span className="code-line" />;
  // A line before a blank line ends with "\n": copying a selection (innerText) then keeps the blank
  // line, which an empty block alone would drop; on screen a trailing newline adds nothing.
  const end = blankNext ? '\n' : null;
  if (!tokens) {
    return (
      <span className="code-line">
        {text}
        {end}
      </span>
    );
  }
  return (
    <span className="code-line">
      {tokens.map((t, i) =>
        t.kind ? (
          <span key={i} className={`tok-${t.kind}`}>
            {text.slice(t.start, t.end)}
          </span>
        ) : (
          text.slice(t.start, t.end)
        ),
      )}
      {end}
    </span>
  );
});

/**
 * Read-only code in a focusable <pre> (keyboard users can scroll and select). The plain text
 * updates on every keystroke; colours from Monaco's grammars follow when typing pauses, and lines
 * that did not change keep theirs meanwhile.
 */
export const CodeView = memo(function CodeView({
  text,
  label,
  language,
  testId = 'output-code',
}: {
  text: string;
  label: string;
  language: string;
  /** data-testid; the template editor's rendered output uses its own. */
  testId?: string;
}) {
  const [highlight, setHighlight] = useState<Highlight | undefined>();
  useEffect(() => {
    if (language === 'plaintext') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      tokenizeLines(text, language).then(
        (lines) => {
          if (cancelled) return;
          const byText = new Map<string, Token[]>();
          text.split('\n').forEach((line, i) => byText.set(line, lines[i] ?? []));
          setHighlight({ text, language, lines, byText });
        },
        () => undefined, // no colours is fine: the text is all there
      );
    }, HIGHLIGHT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, language]);

  const usable = highlight && highlight.language === language ? highlight : undefined;
  const exact = usable?.text === text;
  const lines = text.split('\n');
  return (
    <pre className="code-view" tabIndex={0} aria-label={label} data-language={language} data-testid={testId}>
      <code>
        {lines.map((line, i) => (
          <Line
            key={i}
            text={line}
            tokens={exact ? usable.lines[i] : usable?.byText.get(line)}
            blankNext={lines[i + 1] === ''}
          />
        ))}
      </code>
    </pre>
  );
});
