import { describe, expect, it } from 'vitest';
import { generate } from '../generate';
import { loadFixture } from '../../testing/fixtures';
import { importDesign, printOpenApiJson, printOpenApiYaml, printSamYaml } from './index';

describe('generate() with the interop printers', () => {
  it('prints OpenAPI JSON and YAML and SAM for a valid design', () => {
    const design = loadFixture('pets-basic');
    const { files, template } = generate(design);
    expect(template).not.toBeNull();
    expect(files['openapi-json']).toBe(printOpenApiJson(design));
    expect(files['openapi-yaml']).toBe(printOpenApiYaml(design));
    expect(files['sam-yaml']).toBe(printSamYaml(design));
    expect(JSON.parse(files['openapi-json'] as string).openapi).toBe('3.0.1');
    // The YAML is the same document as the JSON.
    expect(importDesign(files['openapi-yaml'] as string).design).toEqual(
      importDesign(files['openapi-json'] as string).design,
    );
  });

  it('prints none of them for a design with errors', () => {
    const design = loadFixture('pets-basic');
    design.methods[0].function = 'NoSuchFunction';
    const { files, diagnostics } = generate(design);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(files['openapi-json']).toBeUndefined();
    expect(files['openapi-yaml']).toBeUndefined();
    expect(files['sam-yaml']).toBeUndefined();
  });
});
