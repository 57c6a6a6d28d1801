import type { Diagnostic } from '../../core/diagnostics';
import type { SampleNames } from './vtl/completion';

/** Asks an editor to put its cursor at a position; each new object asks again. */
export interface RevealRequest {
  line?: number;
  column?: number;
}

export interface VtlEditorProps {
  value: string;
  onChange(next: string): void;
  /** Diagnostics of this template with line/column (the engine's and the design's), shown as markers. */
  diagnostics: readonly Diagnostic[];
  /** Names of the current sample request, offered in completion. */
  sampleNames?: SampleNames;
  /** Accessible name, with the property name: "Request template application/json (requestTemplates)". */
  ariaLabel: string;
  /** The template's JSON pointer; names the Monaco model, so each template keeps its own undo stack. */
  modelPath: string;
  reveal?: RevealRequest;
  onFocus?(): void;
  height?: number | string;
}

export interface JsonEditorProps {
  value: string;
  onChange(next: string): void;
  ariaLabel: string;
  /** Names the Monaco model (e.g. "/samples/0/request/body"). */
  modelPath: string;
  /** "json" (validated) or "plaintext" for bodies that are not JSON. */
  language?: 'json' | 'plaintext';
  height?: number | string;
  /** Called with the number of JSON syntax problems, e.g. to show "not valid JSON" beside the editor. */
  onProblems?(count: number): void;
  /** Shown while the editor is empty. */
  placeholder?: string;
}
