import { useId, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import {
  HTTP_METHODS,
  type Design,
  type LambdaOutcome,
  type SampleDesign,
  type SampleRequest,
} from '../../core/design/types';
import { methodKey } from '../../state/designEdits';
import { setAt } from '../../state/pointer';
import { JsonEditor } from '../editor';
import { diagnosticsAt } from '../forms/diagnostics';
import { Field, FieldMessages } from '../forms/Field';
import { fieldLabel, fieldNaming } from '../forms/docs';
import { TextField } from '../forms/inputs';
import { useLatest } from '../forms/memo';
import { OrderedMapField, type ValueEditorProps } from '../forms/OrderedMapField';
import { pathParameterNames } from '../forms/suggestions';
import { SAMPLE_DOCS } from './docs';
import { RunCodeFields } from './RunCodeFields';
import {
  bodyIsJson,
  duplicateName,
  jsonText,
  methodSamples,
  newSample,
  outcomeKind,
  parseJsonText,
} from './samples';
import '../forms/forms.css';

export interface SampleEditorProps {
  design: Design;
  methodIndex: number;
  /** Name of the chosen sample of this method; the first one when absent or unknown. */
  selectedName?: string;
  onSelect(name: string): void;
  /** Same contract as MethodForm's onChange. */
  onChange(next: Design, edit: { path: string; value: unknown }): void;
  diagnostics: readonly Diagnostic[];
}

const COMMON_HEADERS = [
  'Content-Type',
  'Accept',
  'Authorization',
  'User-Agent',
  'X-Forwarded-For',
  'x-api-key',
];

/**
 * The sample requests of the selected method (design.samples): choose, add, duplicate, rename and
 * delete them; edit parameters, headers, stage variables, body, $context overrides and what the
 * Lambda function does with the request.
 */
export function SampleEditor(props: SampleEditorProps) {
  const { design, methodIndex, diagnostics } = props;
  const method = design.methods[methodIndex];
  const selectId = useId();
  // Fields are memoized (../forms/memo.ts): their callbacks read the latest props.
  const latest = useLatest(props);
  if (!method) return null;
  const key = methodKey(method);
  const samples = methodSamples(design, method);
  const current = samples.find((s) => s.sample.name === props.selectedName) ?? samples[0];

  const add = (sample: SampleDesign) => {
    const { design: now, onChange, onSelect } = latest.current;
    const list = [...(now.samples ?? []), sample];
    onChange(setAt(now, '/samples', list), { path: '/samples', value: list });
    onSelect(sample.name);
  };

  const toolbar = (
    <div className="sample-toolbar">
      {samples.length > 0 ? (
        <>
          <label htmlFor={selectId}>{fieldLabel('Sample', 'samples')}</label>
          <select
            id={selectId}
            value={current?.sample.name ?? ''}
            onChange={(e) => latest.current.onSelect(e.target.value)}
          >
            {samples.map(({ sample, index }) => (
              <option key={index} value={sample.name}>
                {sample.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button
        type="button"
        onClick={() => add(newSample(latest.current.design, method))}
        aria-label="New sample (samples)"
      >
        + New sample
      </button>
      {current ? (
        <>
          <button
            type="button"
            aria-label={`Duplicate sample ${current.sample.name} (samples)`}
            onClick={() =>
              add({
                ...structuredClone(current.sample),
                name: duplicateName(
                  samples.map((s) => s.sample.name),
                  current.sample.name,
                ),
              })
            }
          >
            Duplicate
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete sample ${current.sample.name} (samples)`}
            onClick={() => {
              const { design: now, onChange, onSelect } = latest.current;
              const list = (now.samples ?? []).filter((_, i) => i !== current.index);
              onChange(setAt(now, '/samples', list), { path: '/samples', value: list });
              const next = samples.find((s) => s.index !== current.index);
              if (next) onSelect(next.sample.name);
            }}
          >
            Delete
          </button>
        </>
      ) : null}
    </div>
  );

  if (!current) {
    return (
      <section className="sample-editor" aria-label="Sample request">
        {toolbar}
        <p className="form-note">
          No saved sample for {key}: templates and the simulation use a plain {key} request. Add one to set
          parameters, headers, a body and what the function returns.
        </p>
      </section>
    );
  }

  const { sample, index } = current;
  const base = `/samples/${index}`;
  const set = (relative: string, value: unknown) =>
    latest.current.onChange(setAt(latest.current.design, base + relative, value), {
      path: base + relative,
      value,
    });
  const request = sample.request;
  // A map of the sample request: its naming, the diagnostics to place per entry, value and update.
  const requestMap = <K extends keyof typeof SAMPLE_DOCS & keyof SampleRequest>(key: K) => ({
    ...fieldNaming(SAMPLE_DOCS[key], `${base}/request/${key}`),
    diagnostics,
    value: request[key],
    onChange: (v: unknown) => set(`/request/${key}`, v),
  });
  const names = samples.map((s) => s.sample.name);

  return (
    <section className="sample-editor" aria-label="Sample request" data-path={base} tabIndex={-1}>
      {toolbar}
      <div className="field-grid">
        <SampleNameField
          key={index}
          name={sample.name}
          taken={names.filter((n) => n !== sample.name)}
          path={`${base}/name`}
          diagnostics={diagnosticsAt(diagnostics, `${base}/name`)}
          onRename={(name) => {
            set('/name', name);
            latest.current.onSelect(name);
          }}
        />
        {method.httpMethod === 'ANY' ? (
          <div className="field">
            <label htmlFor={`${selectId}-verb`}>Request method (method)</label>
            <select
              id={`${selectId}-verb`}
              data-path={`${base}/request/method`}
              value={request.method ?? 'GET'}
              onChange={(e) => set('/request/method', e.target.value)}
            >
              {HTTP_METHODS.filter((v) => v !== 'ANY').map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </div>
        ) : (
          <p className="sample-request-line">
            <span className="muted">Request</span> <code>{key}</code>
          </p>
        )}
      </div>
      <OrderedMapField<string>
        {...requestMap('pathParameters')}
        itemNoun="path parameter"
        keyTitle="Name"
        valueTitle="Value"
        keySuggestions={pathParameterNames(method.path)}
        newValue={() => ''}
      />
      <OrderedMapField<string>
        {...requestMap('queryStringParameters')}
        itemNoun="query string parameter"
        keyTitle="Name"
        valueTitle="Value"
        keySuggestions={Object.keys(method.options?.requestParameters ?? {})
          .filter((n) => n.startsWith('method.request.querystring.'))
          .map((n) => n.slice('method.request.querystring.'.length))}
        newValue={() => ''}
      />
      <OrderedMapField<string>
        {...requestMap('headers')}
        itemNoun="header"
        keyTitle="Name"
        valueTitle="Value"
        keySuggestions={COMMON_HEADERS}
        newValue={() => ''}
      />
      <OrderedMapField<string>
        {...requestMap('stageVariables')}
        itemNoun="stage variable"
        keyTitle="Name"
        valueTitle="Value"
        newValue={() => ''}
      />
      <details className="form-section sample-more">
        <summary>
          <h4 className="section-title">Repeated parameters and headers</h4>
          {request.multiValueQueryStringParameters || request.multiValueHeaders ? (
            <span className="badge">in use</span>
          ) : null}
        </summary>
        <OrderedMapField<string[]>
          {...requestMap('multiValueQueryStringParameters')}
          itemNoun="multi-value query string parameter"
          keyTitle="Name"
          valueTitle="Values"
          newValue={() => ['']}
          renderValue={LinesValue}
        />
        <OrderedMapField<string[]>
          {...requestMap('multiValueHeaders')}
          itemNoun="multi-value header"
          keyTitle="Name"
          valueTitle="Values"
          keySuggestions={COMMON_HEADERS}
          newValue={() => ['']}
          renderValue={LinesValue}
        />
      </details>
      <BodyField
        value={request.body}
        json={bodyIsJson(request)}
        path={`${base}/request/body`}
        diagnostics={diagnosticsAt(diagnostics, `${base}/request/body`)}
        onChange={(v) => set('/request/body', v)}
      />
      <JsonValueField
        title={SAMPLE_DOCS.context.title}
        property="context"
        doc={SAMPLE_DOCS.context}
        path={`${base}/request/context`}
        diagnostics={diagnosticsAt(diagnostics, `${base}/request/context`)}
        value={request.context}
        objectOnly
        emptyMeansUnset
        placeholder='Not set: realistic defaults. E.g. {"stage": "dev", "identity": {"sourceIp": "198.51.100.1"}}'
        onChange={(v) => set('/request/context', v)}
      />
      <LambdaOutcomeField
        value={sample.lambda}
        functionId={method.function}
        path={`${base}/lambda`}
        diagnostics={diagnostics}
        onChange={(v) => set('/lambda', v)}
      />
    </section>
  );
}

/** A list of strings edited as lines of a text box. */
function LinesValue({ id, label, value, onChange, dataPath, describedBy }: ValueEditorProps<string[]>) {
  return (
    <textarea
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
      data-path={dataPath}
      rows={Math.min(5, Math.max(2, value.length))}
      value={value.join('\n')}
      spellCheck={false}
      onChange={(e) => onChange(e.target.value.split('\n'))}
    />
  );
}

function SampleNameField({
  name,
  taken,
  path,
  diagnostics,
  onRename,
}: {
  name: string;
  taken: string[];
  path: string;
  diagnostics: readonly Diagnostic[];
  onRename(name: string): void;
}) {
  // A name that is empty or used by another sample stays here until fixed (samples are chosen by name).
  const [draft, setDraft] = useState<{ text: string; for: string }>({ text: name, for: name });
  let text = draft.text;
  if (draft.for !== name) {
    text = name;
    setDraft({ text: name, for: name });
  }
  const latest = useLatest({ name, taken, onRename });
  const problem =
    text.trim() === ''
      ? 'Enter a name.'
      : taken.includes(text)
        ? `Another sample of this method is called “${text}”.`
        : undefined;
  return (
    <TextField
      title={SAMPLE_DOCS.name.title}
      property="name"
      doc={SAMPLE_DOCS.name}
      path={path}
      diagnostics={[...(problem ? [{ severity: 'error' as const, message: problem }] : []), ...diagnostics]}
      value={text}
      empty="required"
      onChange={(v) => {
        const { name: current, taken: others, onRename: rename } = latest.current;
        const next = v ?? '';
        const ok = next.trim() !== '' && !others.includes(next);
        setDraft({ text: next, for: ok ? next : current });
        if (ok) rename(next);
      }}
    />
  );
}

function BodyField({
  value,
  json,
  path,
  diagnostics,
  onChange,
}: {
  value: string | null | undefined;
  json: boolean;
  path: string;
  diagnostics: readonly Diagnostic[];
  onChange(next: string | null): void;
}) {
  const id = useId();
  const hasBody = typeof value === 'string';
  const [invalidJson, setInvalidJson] = useState(0);
  return (
    <div className="field sample-body" role="group" aria-labelledby={`${id}-label`}>
      <div className="field-label-row">
        <span id={`${id}-label`} className="group-label">
          {fieldLabel(SAMPLE_DOCS.body.title, 'body')}
        </span>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={hasBody}
            data-path={path}
            onChange={(e) => onChange(e.target.checked ? '' : null)}
          />
          Send a body (body)
        </label>
        {!hasBody ? <span className="badge badge-unset">null: no body</span> : null}
        {hasBody && json && invalidJson > 0 ? (
          <span className="badge severity-warning">not valid JSON</span>
        ) : null}
      </div>
      {hasBody ? (
        <JsonEditor
          value={value}
          onChange={(next) => onChange(next)}
          ariaLabel="Sample request body (body)"
          modelPath={path}
          language={json ? 'json' : 'plaintext'}
          height={140}
          onProblems={setInvalidJson}
        />
      ) : null}
      <FieldMessages diagnostics={diagnostics} />
    </div>
  );
}

/**
 * A JSON value edited as text. Text that does not parse (or is not an object, for objectOnly) stays in
 * the editor with the parser's message and does not reach the design until it parses.
 */
function JsonValueField({
  title,
  property,
  doc,
  path,
  diagnostics,
  value,
  onChange,
  objectOnly,
  emptyMeansUnset,
  placeholder,
  height = 90,
}: {
  title: string;
  property: string;
  doc: (typeof SAMPLE_DOCS)[keyof typeof SAMPLE_DOCS];
  path: string;
  diagnostics: readonly Diagnostic[];
  value: unknown;
  onChange(next: unknown): void;
  objectOnly?: boolean;
  emptyMeansUnset?: boolean;
  height?: number;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState<{ text: string; for: unknown }>({ text: jsonText(value), for: value });
  let text = draft.text;
  if (draft.for !== value) {
    text = jsonText(value);
    setDraft({ text, for: value });
  }
  const trimmed = text.trim();
  const parsed =
    trimmed === '' && emptyMeansUnset ? { ok: true as const, value: undefined } : parseJsonText(text);
  const problem = !parsed.ok
    ? `Not valid JSON yet: ${parsed.message}`
    : objectOnly &&
        parsed.value !== undefined &&
        (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
      ? 'Enter a JSON object, e.g. {"stage": "dev"}.'
      : undefined;
  return (
    <Field
      title={title}
      property={property}
      doc={doc}
      path={path}
      diagnostics={[...(problem ? [{ severity: 'error' as const, message: problem }] : []), ...diagnostics]}
      className="json-field"
    >
      {() => (
        <JsonEditor
          value={text}
          ariaLabel={fieldLabel(title, property)}
          modelPath={path}
          height={height}
          placeholder={placeholder}
          onChange={(next) => {
            const t = next.trim();
            const p =
              t === '' && emptyMeansUnset ? { ok: true as const, value: undefined } : parseJsonText(next);
            const acceptable =
              p.ok &&
              (!objectOnly ||
                p.value === undefined ||
                (typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value)));
            setDraft({ text: next, for: acceptable ? p.value : value });
            if (acceptable) onChange(p.value);
          }}
        />
      )}
    </Field>
  );
}

function LambdaOutcomeField({
  value,
  functionId,
  path,
  diagnostics,
  onChange,
}: {
  value: LambdaOutcome | undefined;
  functionId: string;
  path: string;
  diagnostics: readonly Diagnostic[];
  onChange(next: LambdaOutcome | undefined): void;
}) {
  const id = useId();
  const kind = outcomeKind(value);
  const error = value && 'error' in value ? value.error : undefined;
  const latest = useLatest({ value, onChange });
  /** The latest outcome's timing and error, for callbacks of memoized fields. */
  const now = () => {
    const v = latest.current.value;
    return {
      timing: v?.durationMs !== undefined ? { durationMs: v.durationMs } : {},
      error: v && 'error' in v ? v.error : undefined,
      emit: latest.current.onChange,
    };
  };
  const timing = now().timing;
  return (
    <fieldset className="lambda-outcome field" data-path={path} tabIndex={-1}>
      <legend>{fieldLabel(SAMPLE_DOCS.lambda.title, 'lambda')}</legend>
      <div className="radio-row" role="radiogroup" aria-label="Lambda outcome (lambda)">
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'result'}
            onChange={() => onChange({ result: {}, ...timing })}
          />
          Returns a result (result)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'error'}
            onChange={() => onChange({ error: { errorMessage: 'Bad request' }, ...timing })}
          />
          Fails with an error (error)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'runCode'}
            onChange={() => onChange({ runCode: true, ...timing })}
          />
          Run the function’s code (runCode)
        </label>
      </div>
      <FieldMessages diagnostics={diagnosticsAt(diagnostics, path)} />
      {kind === 'runCode' ? (
        <RunCodeFields functionId={functionId} diagnostics={diagnostics} />
      ) : kind === 'result' ? (
        <JsonValueField
          title={SAMPLE_DOCS.result.title}
          property="result"
          doc={SAMPLE_DOCS.result}
          path={`${path}/result`}
          diagnostics={diagnosticsAt(diagnostics, `${path}/result`)}
          value={value && 'result' in value ? value.result : {}}
          onChange={(v) => onChange({ result: v, ...timing })}
          height={140}
        />
      ) : (
        <div className="field-grid">
          <TextField
            title={SAMPLE_DOCS.errorMessage.title}
            property="errorMessage"
            doc={SAMPLE_DOCS.errorMessage}
            path={`${path}/error/errorMessage`}
            diagnostics={diagnosticsAt(diagnostics, `${path}/error/errorMessage`)}
            value={error?.errorMessage ?? ''}
            empty="required"
            onChange={(v) => {
              const { error: e, timing: t, emit } = now();
              emit({ error: { ...e, errorMessage: v ?? '' }, ...t });
            }}
          />
          <TextField
            title={SAMPLE_DOCS.errorType.title}
            property="errorType"
            doc={SAMPLE_DOCS.errorType}
            path={`${path}/error/errorType`}
            diagnostics={diagnosticsAt(diagnostics, `${path}/error/errorType`)}
            value={error?.errorType}
            empty="unset"
            onChange={(v) => {
              const { error: e, timing: t, emit } = now();
              const next: { errorMessage: string; errorType?: string } = {
                errorMessage: e?.errorMessage ?? '',
              };
              if (v !== undefined) next.errorType = v;
              emit({ error: next, ...t });
            }}
          />
        </div>
      )}
      <DurationMsField
        value={value?.durationMs}
        path={`${path}/durationMs`}
        diagnostics={diagnosticsAt(diagnostics, `${path}/durationMs`)}
        onChange={(ms) => {
          const base: LambdaOutcome = latest.current.value ?? { result: {} };
          const { durationMs: _old, ...rest } = base;
          latest.current.onChange(
            ms === undefined ? (rest as LambdaOutcome) : ({ ...rest, durationMs: ms } as LambdaOutcome),
          );
        }}
      />
    </fieldset>
  );
}

function DurationMsField({
  value,
  path,
  diagnostics,
  onChange,
}: {
  value: number | undefined;
  path: string;
  diagnostics: readonly Diagnostic[];
  onChange(next: number | undefined): void;
}) {
  const [draft, setDraft] = useState<{ text: string; for: number | undefined }>({
    text: value === undefined ? '' : String(value),
    for: value,
  });
  let text = draft.text;
  if (draft.for !== value) {
    text = value === undefined ? '' : String(value);
    setDraft({ text, for: value });
  }
  const invalid = text.trim() !== '' && !/^\d+$/.test(text.trim());
  const latest = useLatest({ value, onChange });
  return (
    <TextField
      title={SAMPLE_DOCS.durationMs.title}
      property="durationMs"
      doc={SAMPLE_DOCS.durationMs}
      path={path}
      diagnostics={[
        ...(invalid ? [{ severity: 'error' as const, message: 'Enter whole milliseconds, e.g. 1200.' }] : []),
        ...diagnostics,
      ]}
      value={text === '' ? undefined : text}
      empty="unset"
      placeholder="not set (instant)"
      onChange={(v) => {
        const { value: current, onChange: emit } = latest.current;
        const t = (v ?? '').trim();
        const next = t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : current;
        setDraft({ text: v ?? '', for: next });
        if (next !== current) emit(next);
      }}
    />
  );
}
