import { useId, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { SampleExpectation } from '../../core/design/types';
import { FieldMessages } from '../forms/Field';

/** How a sample's body is compared: not at all, exactly (expect.body), or as JSON (expect.bodyJson). */
export type BodyComparison = 'none' | 'text' | 'json';

interface BodyDraft {
  mode: BodyComparison;
  text: string;
}

/** What the design's expectation says about the body, as the box shows it. */
export function bodyDraftOf(expect: SampleExpectation | undefined): BodyDraft {
  if (expect?.bodyJson !== undefined) return { mode: 'json', text: JSON.stringify(expect.bodyJson, null, 2) };
  if (expect?.body !== undefined) return { mode: 'text', text: expect.body };
  return { mode: 'none', text: '' };
}

const basisOf = (expect: SampleExpectation | undefined) => JSON.stringify(bodyDraftOf(expect));

/**
 * The expectation with its body replaced as `draft` says, or an error message when the draft is
 * not JSON yet (the design then keeps its last valid expectation). Undefined when nothing is left.
 */
export function withBody(
  expect: SampleExpectation | undefined,
  draft: BodyDraft,
): { ok: true; expect: SampleExpectation | undefined } | { ok: false; error: string } {
  const rest: SampleExpectation = {};
  for (const [key, value] of Object.entries(expect ?? {})) {
    if (key !== 'body' && key !== 'bodyJson') Object.assign(rest, { [key]: value });
  }
  if (draft.mode === 'text') rest.body = draft.text;
  if (draft.mode === 'json') {
    try {
      rest.bodyJson = JSON.parse(draft.text) as unknown;
    } catch (e) {
      return { ok: false, error: `Not JSON: ${(e as Error).message}.` };
    }
  }
  return { ok: true, expect: Object.keys(rest).length > 0 ? rest : undefined };
}

export interface ExpectedBodyProps {
  sampleName: string;
  /** JSON pointer of the sample's expectation, e.g. /samples/0/expect. */
  path: string;
  expect: SampleExpectation | undefined;
  /** The design's diagnostics at or below `path`. */
  diagnostics: readonly Diagnostic[];
  onChange(next: SampleExpectation | undefined): void;
}

/**
 * A sample's expected body: how it is compared (exact text or JSON-equal) and the text. Text that is
 * not JSON yet stays in the box with a message and does not reach the design.
 */
export function ExpectedBody({ sampleName, path, expect, diagnostics, onChange }: ExpectedBodyProps) {
  const id = useId();
  const basis = basisOf(expect);
  const [draft, setDraft] = useState<BodyDraft & { basis: string; error?: string }>(() => ({
    ...bodyDraftOf(expect),
    basis,
  }));
  let current = draft;
  if (draft.basis !== basis) {
    // Changed from outside ("expect current answer", undo): show what the design says now.
    current = { ...bodyDraftOf(expect), basis };
    setDraft(current);
  }
  const edit = (next: BodyDraft) => {
    const result = withBody(expect, next);
    if (!result.ok) {
      setDraft({ ...next, basis, error: result.error });
      return;
    }
    setDraft({ ...next, basis: basisOf(result.expect) });
    onChange(result.expect);
  };
  const messages: Diagnostic[] = [
    ...(current.error ? [{ severity: 'error' as const, message: current.error }] : []),
    ...diagnostics.filter((d) => d.path === `${path}/body` || d.path?.startsWith(`${path}/bodyJson`)),
  ];
  const hintId = `${id}-hint`;
  const messagesId = `${id}-messages`;
  const bodyPath = `${path}/${current.mode === 'json' ? 'bodyJson' : 'body'}`;
  return (
    <div className="suite-body" data-field={bodyPath}>
      <div className="suite-body-controls">
        <label htmlFor={`${id}-mode`}>Compare body of {sampleName}</label>
        <select
          id={`${id}-mode`}
          data-path={bodyPath}
          aria-describedby={hintId}
          value={current.mode}
          onChange={(e) => edit({ mode: e.target.value as BodyComparison, text: current.text })}
        >
          <option value="none">no body check</option>
          <option value="text">exact text (body)</option>
          <option value="json">JSON-equal (bodyJson)</option>
        </select>
        <span id={hintId} className="suite-body-hint">
          {current.mode === 'json'
            ? 'Key order and spacing are ignored.'
            : current.mode === 'text'
              ? 'The body must be this text, character for character.'
              : 'Only the status (and headers) are checked.'}
        </span>
      </div>
      {current.mode !== 'none' ? (
        <>
          <label htmlFor={`${id}-text`} className="suite-body-label">
            Expected body of {sampleName}
          </label>
          <textarea
            id={`${id}-text`}
            className="suite-body-text"
            data-path={bodyPath}
            aria-describedby={messages.length > 0 ? `${messagesId} ${hintId}` : hintId}
            aria-invalid={messages.some((m) => m.severity === 'error') || undefined}
            rows={Math.min(8, Math.max(2, current.text.split('\n').length))}
            spellCheck={false}
            value={current.text}
            onChange={(e) => edit({ mode: current.mode, text: e.target.value })}
          />
          <FieldMessages id={messagesId} diagnostics={messages} />
        </>
      ) : null}
    </div>
  );
}
