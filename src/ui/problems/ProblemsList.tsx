import { useMemo } from 'react';
import type { Design, Diagnostic } from '../../core';
import { selectProblems, selectRendered } from '../../state/derived';
import { methodKey } from '../../state/designEdits';
import { parsePointer } from '../../state/pointer';
import { useAppStore, type TreeNode } from '../../state/store';
import { describeDiagnostic } from '../forms/diagnostics';
import { focusPath } from '../focus';

/** The tree node that shows the field a diagnostic points to. */
export function nodeForPath(design: Design, path: string | undefined): TreeNode | undefined {
  if (!path) return undefined;
  let segments: string[];
  try {
    segments = parsePointer(path);
  } catch {
    return undefined;
  }
  const [head, second] = segments;
  const index = Number(second);
  switch (head) {
    case 'stack':
      return { kind: 'stack' };
    case 'api':
      return { kind: 'api' };
    case 'methods':
      return Number.isInteger(index) && index < design.methods.length ? { kind: 'method', index } : undefined;
    case 'functions':
      return Number.isInteger(index) ? { kind: 'function', index } : undefined;
    case 'roles':
      return Number.isInteger(index) ? { kind: 'role', index } : undefined;
    case 'vpcLinks':
      return Number.isInteger(index) ? { kind: 'vpcLink', index } : undefined;
    case 'samples': {
      const sample = design.samples?.[index];
      const m = sample ? design.methods.findIndex((x) => methodKey(x) === sample.method) : -1;
      return m >= 0 ? { kind: 'method', index: m } : undefined;
    }
    default:
      return undefined;
  }
}

/** Where a diagnostic is, in words: "GET /pets/{petId} › integration/timeout". */
function locationOf(design: Design, d: Diagnostic): string {
  if (!d.path) return '';
  const segments = d.path.split('/').slice(1);
  if (segments[0] === 'methods') {
    const method = design.methods[Number(segments[1])];
    const rest = segments.slice(2).join('/').replace(/~1/g, '/').replace(/~0/g, '~');
    return method ? `${methodKey(method)}${rest ? ` › ${rest}` : ''}` : d.path;
  }
  return d.path;
}

/** Opens the diagnostic's place: selects its tree node, then focuses its field (or template line). */
export function openDiagnostic(design: Design, d: Diagnostic): void {
  const state = useAppStore.getState();
  const node = nodeForPath(design, d.path);
  if (node) state.select(node);
  if (d.path && d.line !== undefined) state.setTemplatePath(d.path);
  const path = d.path;
  if (!path) return;
  // Two frames: React commits the newly selected form, then the editor can receive focus.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!focusPath(path, { line: d.line, column: d.column })) {
        document.getElementById('centre-heading')?.focus();
      }
    }),
  );
}

const ORDER: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Every diagnostic of the design and of the template being rendered; clicking one goes to its field. */
export function ProblemsList() {
  const design = useAppStore((s) => s.design);
  const problems = useAppStore(selectProblems);
  const rendered = useAppStore(selectRendered);
  const all = useMemo(() => {
    const templateDiagnostics = (rendered?.result?.diagnostics ?? []).map((d) => ({
      ...d,
      path: d.path ?? rendered?.path,
    }));
    const seen = new Set<string>();
    return [...(problems ?? []), ...templateDiagnostics]
      .filter((d) => {
        const key = `${d.severity}|${d.path}|${d.line}|${d.column}|${d.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  }, [problems, rendered]);
  const count = (s: Diagnostic['severity']) => all.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');

  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        Problems{' '}
        <span className="problems-count">
          {`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </h2>
      {all.length === 0 ? (
        <p className="problems-empty">No problems.</p>
      ) : (
        <ul className="problems-list">
          {all.map((d, i) => (
            <li key={i}>
              <button
                type="button"
                className={`problem severity-${d.severity}`}
                onClick={() => openDiagnostic(design, d)}
              >
                <span className="problem-severity">{d.severity}</span>
                <span className="problem-message">{describeDiagnostic(d)}</span>
                <span className="problem-where">{locationOf(design, d)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
