import { describe, expect, it } from 'vitest';
import { buildAppIr, generate, printTypeScriptWithLinks, synthesizeWithSourceMap } from '..';
import { applyDesignEdits } from '../design/edits';
import type { Design } from '../design/types';
import { scenarioById } from '../gallery';
import type { Template } from '../synth/cfn';
import {
  codeLinesForPath,
  linesOfPointers,
  linkingSourceMap,
  pathAtCodeLine,
  pathForTemplatePointer,
  pointerAtLine,
  templateLineIndex,
  templatePointersForPath,
} from '.';

const design: Design = applyDesignEdits(scenarioById('lambda-errors-to-status-codes')!.design, [
  { path: '/methods/0/integration/allowTestInvoke', value: true },
  { path: '/methods/0/integration/passthroughBehavior', value: 'NEVER' },
  { path: '/methods/0/integration/cacheKeyParameters', value: ['method.request.path.petId'] },
  { path: '/methods/0/integration/timeout', value: { seconds: 10 } },
]);

const printed = printTypeScriptWithLinks(buildAppIr(design));
const lines = printed.code.split('\n');
const textOf = (ranges: Array<{ start: number; end: number }>, all: string[]) =>
  ranges.flatMap((r) => all.slice(r.start - 1, r.end)).join('\n');

/** One field of each kind the forms have, with what it prints in CDK, CloudFormation JSON and YAML. */
const FIELDS = [
  {
    kind: 'boolean',
    path: '/methods/0/integration/proxy',
    cdk: 'proxy: false',
    json: '"Type": "AWS"',
    yaml: 'Type: AWS',
  },
  {
    kind: 'enum',
    path: '/methods/0/integration/passthroughBehavior',
    cdk: 'passthroughBehavior: apigateway.PassthroughBehavior.NEVER',
    json: '"PassthroughBehavior": "NEVER"',
    yaml: 'PassthroughBehavior: NEVER',
  },
  {
    kind: 'map entry',
    path: '/methods/0/integration/requestTemplates/application~1json',
    cdk: "'application/json': '{ \"petId\": \"$input.params(\\'petId\\')\" }'",
    json: '"application/json": "{ \\"petId\\": \\"$input.params(\'petId\')\\" }"',
    yaml: 'application/json: "{ \\"petId\\": \\"$input.params(\'petId\')\\" }"',
  },
  {
    kind: 'list',
    path: '/methods/0/integration/cacheKeyParameters',
    cdk: "cacheKeyParameters: ['method.request.path.petId']",
    json: '"CacheKeyParameters": [',
    yaml: 'CacheKeyParameters:',
  },
  {
    kind: 'duration',
    path: '/methods/0/integration/timeout',
    cdk: 'timeout: cdk.Duration.seconds(10)',
    json: '"TimeoutInMillis": 10000',
    yaml: 'TimeoutInMillis: 10000',
  },
  {
    kind: 'list item field',
    path: '/methods/0/integration/integrationResponses/2/selectionPattern',
    cdk: "selectionPattern: 'NotFound: .*'",
    json: '"SelectionPattern": "NotFound: .*"',
    yaml: 'SelectionPattern: "NotFound: .*"',
  },
];

describe('CDK code links', () => {
  for (const field of FIELDS) {
    it(`${field.kind}: focusing the field highlights its code, clicking that code gives the field back`, () => {
      const ranges = codeLinesForPath(printed.links, design, field.path);
      expect(ranges.length).toBeGreaterThan(0);
      expect(textOf(ranges, lines)).toContain(field.cdk);
      const line =
        ranges[0].start +
        textOf(ranges, lines)
          .split('\n')
          .findIndex((l) => l.includes(field.cdk));
      // A list's line leads to its item (the innermost span); the form focuses that item's control.
      const clicked = pathAtCodeLine(printed.links, line)!;
      expect([field.path, `${field.path}/0`]).toContain(clicked);
    });
  }

  it('a Duration unit shows its Duration; an unset value shows nothing', () => {
    expect(codeLinesForPath(printed.links, design, '/methods/0/integration/timeout/seconds')).toEqual(
      codeLinesForPath(printed.links, design, '/methods/0/integration/timeout'),
    );
    expect(codeLinesForPath(printed.links, design, '/methods/0/integration/credentialsPassthrough')).toEqual(
      [],
    );
  });
});

describe('CloudFormation links', () => {
  const { template, sourceMap } = synthesizeWithSourceMap(design, { pathMetadata: true });
  const map = linkingSourceMap(template, sourceMap);
  const generated = generate(design);
  const outputs = {
    json: generated.files['cloudformation-json']!,
    yaml: generated.files['cloudformation-yaml']!,
  };
  expect(generated.template).toEqual(template);

  for (const format of ['json', 'yaml'] as const) {
    const text = outputs[format];
    const index = templateLineIndex(text);
    const all = text.split('\n');
    for (const field of FIELDS) {
      it(`${format}, ${field.kind}: the field’s property lines, and back from them to the field`, () => {
        const pointers = templatePointersForPath(template as Template, map, field.path);
        expect(pointers.length).toBeGreaterThan(0);
        const ranges = linesOfPointers(index, pointers);
        const shown = textOf(ranges, all);
        expect(shown).toContain(field[format]);
        const line = ranges[0].start + shown.split('\n').findIndex((l) => l.includes(field[format]));
        const pointer = pointerAtLine(index, line)!;
        expect(pathForTemplatePointer(template as Template, map, design, pointer)).toBe(field.path);
      });
    }
  }

  it('allowTestInvoke and scopePermissionToMethod lead to the Lambda::Permission resources they create', () => {
    const test = templatePointersForPath(template as Template, map, '/methods/0/integration/allowTestInvoke');
    expect(test).toHaveLength(1);
    expect(JSON.stringify((template as Template).Resources)).toContain('test-invoke-stage');
    expect(test[0]).toMatch(/^\/Resources\/PetsApipetspetIdGETApiPermissionTest/);
    const scoped = templatePointersForPath(
      template as Template,
      map,
      '/methods/0/integration/scopePermissionToMethod',
    );
    expect(scoped).toHaveLength(1);
    expect(scoped[0]).not.toContain('PermissionTest');
  });

  it('every mapped template value leads back to a design value that exists', () => {
    for (const [pointer, path] of Object.entries(map)) {
      const back = pathForTemplatePointer(template as Template, map, design, pointer);
      expect(back, pointer).toBe(path);
    }
    expect(templateLineIndex('{ not: [valid').size).toBe(0);
  });
});
