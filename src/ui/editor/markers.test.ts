import { describe, expect, it } from 'vitest';
import { diagnosticsToMarkers, MARKER_SEVERITY } from './markers';

describe('template diagnostics as Monaco markers', () => {
  const text = '{\n  "id": "$input.params(\'id\')",\n  #if($x\n}';

  it('keeps explicit ranges', () => {
    const [m] = diagnosticsToMarkers(
      [{ severity: 'error', message: 'bad', line: 2, column: 11, endLine: 2, endColumn: 17 }],
      text,
    );
    expect(m).toMatchObject({
      severity: MARKER_SEVERITY.error,
      startLineNumber: 2,
      startColumn: 11,
      endColumn: 17,
    });
  });

  it('marks the word at a bare position', () => {
    const [m] = diagnosticsToMarkers([{ severity: 'warning', message: 'w', line: 2, column: 10 }], text);
    // "$input.params" runs from column 10 to 23 (exclusive).
    expect(m).toMatchObject({
      severity: 4,
      startLineNumber: 2,
      startColumn: 10,
      endLineNumber: 2,
      endColumn: 23,
    });
  });

  it('marks at least one character, clamped to the text', () => {
    const [m] = diagnosticsToMarkers([{ severity: 'error', message: 'eof', line: 99, column: 99 }], text);
    expect(m).toMatchObject({ startLineNumber: 4, startColumn: 2, endLineNumber: 4, endColumn: 3 });
  });

  it('puts a diagnostic without position on line 1 and keeps hints', () => {
    const [m] = diagnosticsToMarkers([{ severity: 'info', message: 'note', hint: 'try this' }], text);
    expect(m).toMatchObject({
      severity: 2,
      startLineNumber: 1,
      startColumn: 1,
      endColumn: 2,
      message: 'note\ntry this',
    });
  });
});
