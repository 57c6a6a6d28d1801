import type { MethodDesign } from '../../core/design/types';
import { joinPointer } from '../forms/paths';

/** One mapping template of a method, addressed by its JSON pointer. */
export interface TemplateRef {
  path: string;
  phase: 'request' | 'response';
  contentType: string;
  /** "Request · application/json", "Response 400 · application/json" */
  title: string;
  /** Label with the property name: "Request template application/json (requestTemplates)". */
  ariaLabel: string;
}

/** Every request and response template of a method, in design order. */
export function methodTemplates(method: MethodDesign | undefined, methodIndex: number): TemplateRef[] {
  if (!method) return [];
  const base = `/methods/${methodIndex}/integration`;
  const refs: TemplateRef[] = Object.keys(method.integration?.requestTemplates ?? {}).map((contentType) => ({
    path: joinPointer(`${base}/requestTemplates`, contentType),
    phase: 'request',
    contentType,
    title: `Request · ${contentType}`,
    ariaLabel: `Request template ${contentType} (requestTemplates)`,
  }));
  (method.integration?.integrationResponses ?? []).forEach((response, i) => {
    for (const contentType of Object.keys(response.responseTemplates ?? {})) {
      const pattern = response.selectionPattern ? ` /${response.selectionPattern}/` : '';
      refs.push({
        path: joinPointer(`${base}/integrationResponses/${i}/responseTemplates`, contentType),
        phase: 'response',
        contentType,
        title: `Response ${response.statusCode}${pattern} · ${contentType}`,
        ariaLabel: `Integration response ${i + 1} response template ${contentType} (responseTemplates)`,
      });
    }
  });
  return refs;
}

/** A starting request template: the JSON body and the request id, a common first mapping. */
export const STARTER_REQUEST_TEMPLATE = `{
  "body": $input.json('$'),
  "requestId": "$context.requestId"
}`;

/** Whether text looks like JSON worth colouring as JSON. */
export function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}
