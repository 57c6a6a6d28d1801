import { useState } from 'react';
import { useAppStore } from '../../state/store';
import type { ProjectLanguage } from '../../core/codegen/project/projectFiles';

/** Output tabs that have a downloadable project, and the project's language. */
export const PROJECT_TABS: Readonly<Record<string, ProjectLanguage>> = {
  'cdk-typescript': 'typescript',
  'cdk-python': 'python',
  'cdk-java': 'java',
  'cdk-csharp': 'csharp',
  'cdk-go': 'go',
};

const LANGUAGE_NAMES: Record<ProjectLanguage, string> = {
  typescript: 'TypeScript',
  python: 'Python',
  java: 'Java',
  csharp: 'C#',
  go: 'Go',
};

function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Download project": a zip of the runnable CDK project (the files `cdk init` gives) in the tab's
 * language, built in the browser by the core. The zip code loads on first use.
 */
export function ProjectDownload({ language }: { language: ProjectLanguage }) {
  const design = useAppStore((s) => s.design);
  const [error, setError] = useState('');
  const download = async () => {
    try {
      const { projectZip } = await import('../../core/codegen/project/projectZip');
      const zip = projectZip(design, language);
      downloadBytes(zip.fileName, zip.bytes);
      setError('');
    } catch (e) {
      setError(`The project could not be built: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void download()}
        aria-label={`Download project (.zip): the CDK ${LANGUAGE_NAMES[language]} app, runnable`}
        title="A runnable CDK project (cdk init layout, pinned versions): unzip, then cdk synth / cdk deploy"
      >
        Download project (.zip)
      </button>
      {error ? (
        <span className="output-status tone-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
