import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Design, Diagnostic } from '../../core';
import {
  IMPORT_KIND_NAMES,
  MAX_IMPORT_FILE_BYTES,
  acceptImport,
  cancelImportReading,
  readImportText,
  type ImportPreview,
} from '../../state/importing';
import { Dialog } from '../shell/Dialog';
import './import.css';

/** Lists longer than this show their first items and a count (a big template lists thousands). */
const SHOWN_ITEMS = 200;
/** Typing pauses this long before the text is read. */
const READ_DELAY_MS = 250;

type Reading =
  | { state: 'empty' }
  | { state: 'reading' }
  | { state: 'read'; preview: ImportPreview }
  | { state: 'refused'; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A file's text, refusing one too large before reading it: the core's limits protect the parse,
 * this protects the page from reading a huge file into memory first.
 */
export async function readImportFile(file: File): Promise<{ text: string } | { refused: string }> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return {
      refused: `${file.name} is too large to import (${megabytes(file.size)}; at most ${megabytes(MAX_IMPORT_FILE_BYTES)}). Templates and OpenAPI documents are far smaller.`,
    };
  }
  try {
    return { text: await file.text() };
  } catch (error) {
    return {
      refused: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function severityLabel(d: Diagnostic): string {
  return d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Note';
}

function where(d: Diagnostic): string {
  if (d.line !== undefined) return ` (line ${d.line}${d.column !== undefined ? `, column ${d.column}` : ''})`;
  return d.path ? ` (at ${d.path})` : '';
}

function Shortened<T>({ items, render }: { items: readonly T[]; render(item: T, index: number): ReactNode }) {
  return (
    <>
      {items.slice(0, SHOWN_ITEMS).map(render)}
      {items.length > SHOWN_ITEMS ? (
        <li className="muted">… and {(items.length - SHOWN_ITEMS).toLocaleString('en')} more</li>
      ) : null}
    </>
  );
}

/** "API pets: 3 methods, 2 functions, 1 role". */
function designSummary(design: Design): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const parts = [count(design.methods.length, 'method'), count(design.functions.length, 'function')];
  if (design.roles?.length) parts.push(count(design.roles.length, 'role'));
  if (design.vpcLinks?.length) parts.push(count(design.vpcLinks.length, 'VPC link'));
  if (design.samples?.length) parts.push(count(design.samples.length, 'sample'));
  return `Stack ${design.stack.id}, API ${design.api.restApiName ?? design.api.id}: ${parts.join(', ')}`;
}

function Preview({ preview }: { preview: ImportPreview }) {
  const { design, diagnostics, unmapped, kind, syntax } = preview;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <>
      <p className="import-kind" data-testid="import-kind">
        {kind
          ? `Detected: ${IMPORT_KIND_NAMES[kind]}${syntax ? ` (${syntax.toUpperCase()})` : ''}.`
          : 'Not recognized as a template or OpenAPI document.'}
      </p>
      {design ? (
        <div className="import-design">
          <p>
            <strong>Rebuilds</strong> {designSummary(design)}
            {errors ? `, with ${errors} error${errors === 1 ? '' : 's'} to fix after importing` : ''}.
          </p>
          <ul aria-label="Imported methods" className="import-methods">
            <Shortened
              items={design.methods}
              render={(m, i) => (
                <li key={i}>
                  <code>
                    {m.httpMethod} {m.path}
                  </code>{' '}
                  → {m.function}
                  {m.integration?.proxy === false ? ' (non-proxy)' : ''}
                </li>
              )}
            />
          </ul>
        </div>
      ) : (
        <p className="tone-error import-refused" role="alert">
          Nothing can be imported from this input
          {diagnostics[0] ? `: ${diagnostics[0].message}` : '.'}
        </p>
      )}
      {design ? (
        <section aria-labelledby="import-unmapped-heading">
          <h3 id="import-unmapped-heading">Not imported ({unmapped.length})</h3>
          {unmapped.length ? (
            <ul className="import-unmapped" aria-labelledby="import-unmapped-heading">
              <Shortened items={unmapped} render={(u, i) => <li key={i}>{u}</li>} />
            </ul>
          ) : (
            <p className="muted">Everything in the input was carried into the design.</p>
          )}
        </section>
      ) : null}
      {/* Without a design, the first error is already said above; more messages are listed. */}
      {diagnostics.length > (design ? 0 : 1) ? (
        <section aria-labelledby="import-diagnostics-heading">
          <h3 id="import-diagnostics-heading">Messages ({diagnostics.length})</h3>
          <ul className="import-diagnostics">
            <Shortened
              items={diagnostics}
              render={(d, i) => (
                <li key={i} className={`severity-${d.severity}`}>
                  <strong>{severityLabel(d)}:</strong> {d.message}
                  {where(d)}
                </li>
              )}
            />
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * Import: paste or drop a CloudFormation template (JSON or YAML with short-form tags, `cdk synth`
 * output included), a SAM template or an OpenAPI document; see what it is, what it rebuilds, the
 * messages and what could not be carried over; then replace the design (one undoable step).
 */
export function ImportDialog({ file, onClose }: { file?: File; onClose(): void }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | undefined>();
  const [reading, setReading] = useState<Reading>({ state: 'empty' });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const latest = useRef(0);

  const read = (next: string) => {
    const ticket = ++latest.current;
    if (next.trim() === '') {
      cancelImportReading();
      setReading({ state: 'empty' });
      return;
    }
    setReading({ state: 'reading' });
    void readImportText(next).then((preview) => {
      if (preview && ticket === latest.current) setReading({ state: 'read', preview });
    });
  };

  // Typing or pasting: read once the text stops changing for a moment.
  const typed = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onTextChange = (next: string) => {
    setText(next);
    setSource(undefined);
    clearTimeout(typed.current);
    typed.current = setTimeout(() => read(next), READ_DELAY_MS);
  };

  const loadFile = async (chosen: File) => {
    clearTimeout(typed.current);
    const ticket = ++latest.current;
    const result = await readImportFile(chosen);
    if (ticket !== latest.current) return;
    if ('refused' in result) {
      cancelImportReading();
      setText('');
      setSource(undefined);
      setReading({ state: 'refused', message: result.refused });
      return;
    }
    setText(result.text);
    setSource(chosen.name);
    read(result.text);
  };

  useEffect(() => {
    if (file) void loadFile(file);
    // A file dropped on the page (again) while the dialog is open is read like a chosen one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  useEffect(
    () => () => {
      clearTimeout(typed.current);
      cancelImportReading();
    },
    [],
  );

  const onDrop = (event: DragEvent) => {
    const dropped = event.dataTransfer.files[0];
    setDragging(false);
    if (!dropped) return; // dropped text goes into the box as usual
    event.preventDefault();
    event.stopPropagation();
    void loadFile(dropped);
  };

  const preview = reading.state === 'read' ? reading.preview : undefined;
  const confirm = () => {
    if (!preview?.design || !preview.kind) return;
    const name = IMPORT_KIND_NAMES[preview.kind];
    acceptImport(preview.design, source ? `${source} (${name})` : `the pasted ${name}`);
    onClose();
  };

  return (
    <Dialog title="Import a template or OpenAPI document" onClose={onClose} className="import-dialog">
      <p id={hintId} className="import-hint">
        Paste or drop a CloudFormation template (JSON, or YAML with short-form tags such as <code>!Ref</code>{' '}
        and <code>!GetAtt</code>; <code>cdk synth</code> output included), a SAM template, or an OpenAPI
        document with API Gateway&apos;s <code>x-amazon-apigateway-integration</code>. Nothing leaves this
        browser. You see what it rebuilds before anything changes.
      </p>
      <label className="import-text-label">
        Template or OpenAPI document{source ? ` (from ${source})` : ''}
        <textarea
          className={'import-text' + (dragging ? ' dragging' : '')}
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes('Files')) return;
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          aria-describedby={hintId}
          spellCheck={false}
          data-autofocus
          rows={10}
          placeholder={'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  …'}
        />
      </label>
      <div className="import-file-row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.yaml,.yml,.template,.txt,application/json,application/yaml,text/yaml"
          hidden
          aria-label="Template or OpenAPI file to import"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void loadFile(chosen);
            e.target.value = '';
          }}
        />
        <span className="muted">
          or drop it on the box above (at most {megabytes(MAX_IMPORT_FILE_BYTES)})
        </span>
      </div>
      <div className="import-preview" role="region" aria-label="Import preview" aria-live="polite">
        {reading.state === 'empty' ? (
          <p className="muted">The preview appears here.</p>
        ) : reading.state === 'reading' ? (
          <p role="status">Reading…</p>
        ) : reading.state === 'refused' ? (
          <p className="tone-error import-refused" role="alert">
            {reading.message}
          </p>
        ) : (
          <Preview preview={reading.preview} />
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!preview?.design} onClick={confirm}>
          Replace the design with the import
        </button>
      </div>
    </Dialog>
  );
}
