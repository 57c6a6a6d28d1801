/** Going to the control behind a design path, as the Problems list does. */
import type { Design } from '../../core';
import { openDiagnostic } from '../problems/ProblemsList';

export function openPath(design: Design, path: string): void {
  openDiagnostic(design, { severity: 'info', message: '', path });
}
