import { memo } from 'react';

/**
 * Read-only code as text in a focusable <pre> (keyboard users can scroll it and select from it).
 * Plain text is what updates on every keystroke; highlighting may be layered on top lazily.
 */
export const CodeView = memo(function CodeView({
  text,
  label,
  language,
}: {
  text: string;
  label: string;
  language: string;
}) {
  return (
    <pre
      className="code-view"
      tabIndex={0}
      aria-label={label}
      data-language={language}
      data-testid="output-code"
    >
      <code>{text}</code>
    </pre>
  );
});
