/**
 * The project as a zip file, built in the browser (or anywhere) from `projectFiles` with fflate, a
 * small, well-kept, pure-JavaScript zip library. Entries sit under one folder named after the
 * project and carry a fixed date, so the same design always gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Design } from '../../design/types';
import { projectFiles, projectName, type ProjectLanguage } from './projectFiles';

/** 2000-01-01: zip dates start in 1980, and a fixed one keeps the archive reproducible. */
const FIXED_DATE = new Date(2000, 0, 1);

export interface ProjectZip {
  /** `pets-typescript.zip` */
  fileName: string;
  bytes: Uint8Array;
}

export function projectZip(design: Design, language: ProjectLanguage): ProjectZip {
  const name = projectName(design);
  const folder = `${name}-${language}`;
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(projectFiles(design, language))) {
    entries[`${folder}/${path}`] = [strToU8(text), { mtime: FIXED_DATE }];
  }
  return { fileName: `${folder}.zip`, bytes: zipSync(entries, { level: 6 }) };
}
