/** The Rendered tab's content, over real renders of the core's VTL engine. */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../core';
import type { RenderView } from '../../state/derived';
import { renderedContent } from './outputContent';

function view(template: string, maxSteps?: number): RenderView {
  const result = renderTemplate(
    template,
    { request: { method: 'GET', path: '/' } },
    maxSteps === undefined ? {} : { limits: { maxSteps } },
  );
  return {
    path: '/methods/0/integration/requestTemplates/application~1json',
    phase: 'request',
    contentType: 'application/json',
    // The store's RenderResult says "no failure" with undefined.
    result: { ...result, failure: result.failure ?? undefined },
  };
}

describe('renderedContent', () => {
  it("labels a failed render's partial text as output API Gateway would not send, with the reason", () => {
    const failed = view('{"begun": true}\n#foreach($i in [1..100000])$i,#end', 50);
    expect(failed.result?.failure).not.toBeNull();
    const content = renderedContent(failed, true);
    expect(content.kind).toBe('code');
    if (content.kind !== 'code') return;
    expect(content.text.startsWith('{"begun": true}\n')).toBe(true);
    expect(content.note).toBe(
      `The template failed (${failed.result!.failure!.message}), so API Gateway sends no output. What it rendered before failing:`,
    );
  });

  it('has no such label when the template renders', () => {
    const content = renderedContent(view('{"ok": true}'), true);
    expect(content).toEqual({
      kind: 'code',
      text: '{"ok": true}',
      language: 'json',
      fileName: 'rendered.txt',
      note: undefined,
    });
  });
});
