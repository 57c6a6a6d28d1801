/**
 * Read-only highlighted code: the text is in the page at once (a <pre>), and Monaco's colorizer
 * (stack-notes A7: the TS playground draws output the same way) adds colours when it has them. The
 * whole text stays in the DOM, so find-in-page and copy work and nothing is virtualised away.
 */
import { useEffect, useState } from 'react';
import { monaco } from './monaco/setup';
import type { CodeViewProps } from './types';

export default function MonacoCodeView({ code, language, label, className }: CodeViewProps) {
  const [html, setHtml] = useState<{ for: string; language: string; html: string } | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    // Colour off the keystroke's frame; a newer text cancels an older colouring.
    const handle = window.setTimeout(() => {
      if (language === 'plaintext') return;
      monaco.editor.colorize(code, language, { tabSize: 2 }).then(
        (result) => {
          if (!cancelled) setHtml({ for: code, language, html: result });
        },
        () => undefined,
      );
    }, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(handle);
    };
  }, [code, language]);
  const current = html && html.for === code && html.language === language ? html.html : undefined;
  return (
    <pre
      className={'code-view monaco-colorized' + (className ? ' ' + className : '')}
      aria-label={label}
      tabIndex={0}
      data-language={language}
      {...(current !== undefined ? { dangerouslySetInnerHTML: { __html: current } } : { children: code })}
    />
  );
}
