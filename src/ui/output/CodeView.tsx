import { memo, useEffect, useRef, useState, type MouseEvent } from 'react';
import { tokenizeLines, type Token } from './highlight';

/** Highlighting waits for typing to pause, so keystrokes only pay for the plain text. */
const HIGHLIGHT_DELAY_MS = 150;
/**
 * Longer text is shown cut (a runaway template's partial output runs to megabytes, and laying out
 * one such line takes the page seconds); Copy and Download still give all of it.
 */
export const MAX_SHOWN_CHARS = 200_000;
/** Longer text stays uncoloured: tokenizing runs on the page's thread. */
const MAX_HIGHLIGHT_CHARS = 100_000;

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
  linked = false,
}: {
  text: string;
  tokens?: Token[];
  blankNext: boolean;
  /** Produced by the focused form field (field ↔ output linking, src/ui/teach). */
  linked?: boolean;
}) {
  const className = linked ? 'code-line linked' : 'code-line';
  // No "\n" inside: the blocks already break lines, and selecting text copies one newline each.
  if (text === '') return <span className={className} />;
  // A line before a blank line ends with "\n": copying a selection (innerText) then keeps the blank
  // line, which an empty block alone would drop; on screen a trailing newline adds nothing.
  const end = blankNext ? '\n' : null;
  if (!tokens) {
    return (
      <span className={className}>
        {text}
        {end}
      </span>
    );
  }
  return (
    <span className={className}>
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
  text: fullText,
  label,
  language,
  testId = 'output-code',
  linkedLines,
  onLineClick,
}: {
  text: string;
  label: string;
  language: string;
  /** data-testid; the template editor's rendered output uses its own. */
  testId?: string;
  /** Lines (1-based, inclusive) produced by the focused form field (src/ui/teach linking). */
  linkedLines?: ReadonlyArray<{ start: number; end: number }>;
  /** A click on a line (1-based): the field behind it takes focus. */
  onLineClick?: (line: number) => void;
}) {
  const preRef = useRef<HTMLPreElement>(null);
  const text = fullText.length > MAX_SHOWN_CHARS ? fullText.slice(0, MAX_SHOWN_CHARS) : fullText;
  const firstLinked = linkedLines?.[0]?.start;
  // Only when the linked lines move or another output shows: scrollIntoView forces a layout,
  // ~2 ms per keystroke when it ran for every new text (links follow typing once it pauses).
  useEffect(() => {
    if (firstLinked === undefined) return;
    preRef.current?.querySelector('.code-line.linked')?.scrollIntoView({ block: 'nearest' });
  }, [firstLinked, label]);
  const isLinked = (line: number) => linkedLines?.some((r) => line >= r.start && line <= r.end) ?? false;
  const onClick = (event: MouseEvent<HTMLPreElement>) => {
    if (!onLineClick || window.getSelection()?.toString()) return; // selecting text is not a click on a line
    const line = (event.target as Element).closest('.code-line');
    const index = line?.parentElement ? Array.prototype.indexOf.call(line.parentElement.children, line) : -1;
    if (index >= 0) onLineClick(index + 1);
  };
  const [highlight, setHighlight] = useState<Highlight | undefined>();
  useEffect(() => {
    if (language === 'plaintext' || text.length > MAX_HIGHLIGHT_CHARS) return;
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
  const pre = (
    <pre
      ref={preRef}
      className={onLineClick ? 'code-view linkable' : 'code-view'}
      onClick={onClick}
      tabIndex={0}
      aria-label={label}
      data-language={language}
      data-testid={testId}
    >
      <code>
        {lines.map((line, i) => (
          <Line
            key={i}
            text={line}
            tokens={exact ? usable.lines[i] : usable?.byText.get(line)}
            blankNext={lines[i + 1] === ''}
            linked={linkedLines ? isLinked(i + 1) : false}
          />
        ))}
      </code>
    </pre>
  );
  if (text === fullText) return pre;
  return (
    <>
      {pre}
      <p className="code-view-cut" role="note">
        Showing the first {MAX_SHOWN_CHARS.toLocaleString('en')} of {fullText.length.toLocaleString('en')}{' '}
        characters.
      </p>
    </>
  );
});
