import type { MethodDesign } from '../../core/design/types';
import { pointerSegment } from '../../core/diagnostics';

const INTEGRATION_SCALARS = [
  'proxy',
  'allowTestInvoke',
  'scopePermissionToMethod',
  'cacheKeyParameters',
  'cacheNamespace',
  'connectionType',
  'contentHandling',
  'credentialsPassthrough',
  'credentialsRole',
  'integrationResponses',
  'passthroughBehavior',
  'requestParameters',
  'requestTemplates',
  'responseTransferMode',
  'timeout',
  'vpcLink',
] as const;

const OPTION_SCALARS = [
  'authorizationType',
  'apiKeyRequired',
  'operationName',
  'requestParameters',
  'methodResponses',
  'requestValidatorOptions',
  'requestValidatorOptions/requestValidatorName',
  'requestValidatorOptions/validateRequestBody',
  'requestValidatorOptions/validateRequestParameters',
];

function mapPaths(base: string, map: Record<string, unknown> | undefined): string[] {
  return Object.keys(map ?? {}).map((k) => joinPointer(base, k));
}

/**
 * Every JSON pointer that a field of the method form shows diagnostics for, so the form can list the
 * others (e.g. a problem with the whole method) at its top rather than lose them.
 */
export function methodFormPaths(method: MethodDesign, base: string): Set<string> {
  const paths = new Set<string>([`${base}/path`, `${base}/httpMethod`, `${base}/function`]);
  const integration = method.integration ?? {};
  for (const key of INTEGRATION_SCALARS) paths.add(`${base}/integration/${key}`);
  // The Duration field also shows problems with its unit's amount (".../timeout/seconds").
  for (const unit of ['millis', 'seconds', 'minutes']) paths.add(`${base}/integration/timeout/${unit}`);
  (integration.cacheKeyParameters ?? []).forEach((_, i) =>
    paths.add(`${base}/integration/cacheKeyParameters/${i}`),
  );
  for (const p of mapPaths(`${base}/integration/requestParameters`, integration.requestParameters))
    paths.add(p);
  for (const p of mapPaths(`${base}/integration/requestTemplates`, integration.requestTemplates))
    paths.add(p);
  (integration.integrationResponses ?? []).forEach((response, i) => {
    const r = `${base}/integration/integrationResponses/${i}`;
    for (const key of [
      '',
      '/statusCode',
      '/selectionPattern',
      '/contentHandling',
      '/responseParameters',
      '/responseTemplates',
    ])
      paths.add(r + key);
    for (const p of mapPaths(`${r}/responseParameters`, response.responseParameters)) paths.add(p);
    for (const p of mapPaths(`${r}/responseTemplates`, response.responseTemplates)) paths.add(p);
  });
  const options = method.options ?? {};
  for (const key of OPTION_SCALARS) paths.add(`${base}/options/${key}`);
  for (const p of mapPaths(`${base}/options/requestParameters`, options.requestParameters)) paths.add(p);
  (options.methodResponses ?? []).forEach((response, i) => {
    const r = `${base}/options/methodResponses/${i}`;
    for (const key of ['', '/statusCode', '/responseParameters', '/responseModels']) paths.add(r + key);
    for (const p of mapPaths(`${r}/responseParameters`, response.responseParameters)) paths.add(p);
    for (const p of mapPaths(`${r}/responseModels`, response.responseModels)) paths.add(p);
  });
  return paths;
}

/** `base` plus escaped segments: joinPointer('/a', 'application/json') → "/a/application~1json". */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return base + segments.map((s) => '/' + pointerSegment(s)).join('');
}
