/**
 * What the lifecycle diagram shows for each stage of a simulation: a one-line summary of the
 * simulator's data for the current sample, and the design path behind the stage.
 */
import type { Design, MethodDesign, SimulateResult } from '../../core';

export const STAGES = [
  'Method request',
  'Integration request',
  'Lambda',
  'Integration response',
  'Method response',
] as const;
export type Stage = (typeof STAGES)[number];

export interface StageView {
  stage: Stage;
  reached: boolean;
  summary: string;
  notes: string[];
  log: string[];
  data?: unknown;
  /** What clicking the stage opens. */
  target: { kind: 'path'; path: string } | { kind: 'function'; index: number };
}

type Step = SimulateResult['steps'][number];

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function short(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function summaryOf(stage: Stage, step: Step | undefined, result: SimulateResult, stopped: boolean): string {
  if (!step) return 'not reached';
  const data = record(step.data);
  // The flow ended here: API Gateway answered without going on to the next stage.
  const ended = stopped ? ` → ${result.status}` : '';
  switch (stage) {
    case 'Method request': {
      const request = record(data.request);
      return request.path
        ? `${String(request.httpMethod)} ${String(request.path)}${ended}`
        : `refused${ended}`;
    }
    case 'Integration request':
      if (data.proxy === true) return `proxy: the whole request is the event${ended}`;
      if (typeof data.template === 'string') return `template ${data.template}${ended}`;
      return `${step.notes?.[0] ? short(step.notes[0], 70) : 'body passed through'}${ended}`;
    case 'Lambda': {
      const outcome = record(data.outcome);
      const response = record(data.response);
      if ('error' in outcome) return `error: ${short(record(outcome.error).errorMessage)}`;
      if (response.status !== undefined && response.status !== 200)
        return `Lambda answered ${String(response.status)}`;
      if ('result' in outcome) return `returned ${short(outcome.result)}`;
      return `${short(step.log[0] ?? 'not invoked')}${ended}`;
    }
    case 'Integration response':
      if (typeof data.selected === 'string') return `integration response ${data.selected} selected${ended}`;
      if (typeof data.statusCode === 'number') return `proxy response ${data.statusCode}${ended}`;
      return `${short(step.log[0] ?? step.notes?.[0] ?? '', 70)}${ended}`;
    case 'Method response':
      return `${result.status} ${short(result.body, 50)}`;
  }
}

function targetOf(
  stage: Stage,
  design: Design,
  method: MethodDesign,
  index: number,
  result: SimulateResult,
  templatePath?: string,
): StageView['target'] {
  const base = `/methods/${index}`;
  const fn = design.functions.findIndex((f) => f.id === method.function);
  switch (stage) {
    case 'Method request':
      return {
        kind: 'path',
        path: method.options?.requestParameters ? `${base}/options/requestParameters` : `${base}/path`,
      };
    case 'Integration request':
      return { kind: 'path', path: templatePath ?? `${base}/integration/proxy` };
    case 'Lambda':
      return fn >= 0 ? { kind: 'function', index: fn } : { kind: 'path', path: `${base}/function` };
    case 'Integration response': {
      const step = result.steps.find((s) => s.stage === 'Integration response');
      const selected = record(step?.data).selected;
      const at = (method.integration?.integrationResponses ?? []).findIndex((r) => r.statusCode === selected);
      return {
        kind: 'path',
        path:
          at >= 0
            ? `${base}/integration/integrationResponses/${at}`
            : `${base}/integration/integrationResponses`,
      };
    }
    case 'Method response':
      return { kind: 'path', path: `${base}/options/methodResponses` };
  }
}

export function stageViews(design: Design, index: number, result: SimulateResult): StageView[] {
  const method = design.methods[index];
  const byStage = new Map(result.steps.map((s) => [s.stage, s]));
  const stoppedAt = (stage: Stage) => {
    const next = STAGES[STAGES.indexOf(stage) + 1];
    return byStage.has(stage) && stage !== 'Integration response' && next !== undefined && !byStage.has(next);
  };
  const requestTemplate = Object.keys(method.integration?.requestTemplates ?? {})[0];
  const templatePath =
    requestTemplate !== undefined && method.integration?.proxy === false
      ? `/methods/${index}/integration/requestTemplates/${requestTemplate.replace(/~/g, '~0').replace(/\//g, '~1')}`
      : undefined;
  return STAGES.map((stage) => {
    const step = byStage.get(stage);
    return {
      stage,
      reached: step !== undefined,
      summary: summaryOf(stage, step, result, stoppedAt(stage)),
      notes: step?.notes ?? [],
      log: step?.log ?? [],
      data: step?.data,
      target: targetOf(stage, design, method, index, result, templatePath),
    };
  });
}
