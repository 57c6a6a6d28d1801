/**
 * What `cdk synth` refuses only once the template exists: checks of the synthesized template, run
 * by generate() after the synthesizer (synth/synthesize.ts, identical to aws-cdk-lib's template).
 *
 * - aws-cdk-lib's resource limit (core/lib/stack.js `TooManyResourcesInStack`, thrown while
 *   synthesizing a stack with more than 500 resources);
 * - what CloudFormation Validate (on in `cdk init` projects through
 *   `@aws-cdk/core:validateAgainstDefaultRules`) finds in the template file CDK writes:
 *   F1101, the JSON parser's refusal of a lone UTF-16 surrogate (JSON.stringify writes it as an
 *   escape such as \ud800, which the validator's strict UTF-8 JSON parser rejects), E1029,
 *   `${Name}` of a template name outside Fn::Sub, and malformed or misplaced dynamic references
 *   (`{{resolve:service:…}}`, E1050/E1027/E1051).
 *
 * Each diagnostic points at the design value the offending template text comes from.
 */
import type { Diagnostic } from '../../diagnostics';
import { pointer } from '../../diagnostics';
import type { Json, JsonObject, Template } from '../../synth/cfn';
import type { Design } from '../types';
import { sanitizeConstructId } from './ids';

/** core/lib/stack.js MAX_RESOURCES (context `@aws-cdk/core:stackResourceLimit` unset). */
export const STACK_MAX_RESOURCES = 500;

/** core/lib/stack.js `TooManyResourcesInStack`: counts per type in the order types first appear. */
export function tooManyResourcesMessage(stackPath: string, resources: JsonObject): string {
  const counts = new Map<string, number>();
  for (const resource of Object.values(resources)) {
    const type = String((resource as JsonObject | null)?.Type);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const list = [...counts].map(([type, count]) => `${type} (${count})`).join(', ');
  return `Number of resources in stack '${stackPath}': ${Object.keys(resources).length} is greater than allowed maximum of ${STACK_MAX_RESOURCES}: ${list}`;
}

// ---- Design strings --------------------------------------------------------------------------

/** A string of the design (a value or a map key) and where it is. */
interface DesignString {
  text: string;
  at: string;
}

/** Every string value and map key of the design that can reach the template (samples cannot). */
function designStrings(design: Design): DesignString[] {
  const out: DesignString[] = [];
  const visit = (value: unknown, segments: Array<string | number>): void => {
    if (typeof value === 'string') {
      out.push({ text: value, at: pointer(...segments) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...segments, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (segments.length === 0 && key === 'samples') continue;
        out.push({ text: key, at: pointer(...segments, key) });
        visit(item, [...segments, key]);
      }
    }
  };
  visit(design, []);
  return out;
}

/** Finds the design value a template string came from; the design's strings are listed once. */
class Sources {
  private strings?: DesignString[];
  constructor(private readonly design: Design) {}

  /** The first design string that is in `text` and `matches`, else the first that `matches`. */
  of(text: string, matches: (candidate: string) => boolean): string | undefined {
    this.strings ??= designStrings(this.design);
    const candidates = this.strings.filter((s) => matches(s.text));
    return (candidates.find((s) => s.text !== '' && text.includes(s.text)) ?? candidates[0])?.at;
  }
}

// ---- One pass over the template's strings ---------------------------------------------------

/** A string value of a resource's Properties or Metadata, with its path below the resource. */
interface FoundString {
  path: Array<string | number>;
  value: string;
  inMetadata: boolean;
}

interface Scan {
  /** The first key or value with a lone surrogate, in the order JSON.stringify writes them. */
  loneSurrogate?: string;
  /** Values with `${`. */
  substitutions: FoundString[];
  /** Values with `{{resolve:`. */
  dynamicReferences: FoundString[];
}

/** Any surrogate code unit: a fast test before the exact one (lone surrogates are rare). */
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The strings of the template's resources worth a closer look. Only resources hold text of the
 * design (ids, values, map keys); one walk with one path stack keeps a keystroke cheap.
 */
function scanResources(template: Template): Scan {
  const scan: Scan = { substitutions: [], dynamicReferences: [] };
  const path: Array<string | number> = [];
  let inMetadata = false;
  const lone = (text: string) => ANY_SURROGATE.test(text) && LONE_SURROGATE.test(text);
  const visit = (value: Json): void => {
    if (typeof value === 'string') {
      if (scan.loneSurrogate === undefined && lone(value)) scan.loneSurrogate = value;
      if (value.includes('${')) scan.substitutions.push({ path: [...path], value, inMetadata });
      if (value.includes('{{resolve:')) scan.dynamicReferences.push({ path: [...path], value, inMetadata });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (scan.loneSurrogate === undefined && lone(key)) scan.loneSurrogate = key;
        path.push(key);
        visit(value[key]);
        path.pop();
      }
    }
  };
  for (const resource of Object.values((template.Resources ?? {}) as JsonObject)) {
    if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) continue;
    for (const section of Object.keys(resource)) {
      if (section !== 'Properties' && section !== 'Metadata') continue;
      inMetadata = section === 'Metadata';
      path.push(section);
      visit(resource[section]);
      path.pop();
    }
  }
  return scan;
}

// ---- F1101: lone surrogates -----------------------------------------------------------------

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** UTF-8 length of a string. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The validator's JSON parser (serde_json) on the first lone-surrogate escape of `text`: its
 * message and 1-based line with the column it counts (bytes read on that line). A leading
 * surrogate must be followed by `\u` and a trailing one: the parser consumes the next byte
 * before "unexpected end of hex escape", or the second escape before "lone leading surrogate";
 * a trailing surrogate on its own fails right after its four hex digits.
 */
export function loneSurrogateParseError(text: string): string | undefined {
  const escape = /\\(?:u([0-9a-fA-F]{4})|[^u])/g;
  for (let match = escape.exec(text); match; match = escape.exec(text)) {
    if (match[1] === undefined) continue;
    const unit = parseInt(match[1], 16);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const start = match.index;
    let reason: string;
    let end: number; // characters of `text` the parser has read
    let extraBytes = 0; // bytes of the character it consumed beyond `end`
    if (unit >= 0xdc00) {
      reason = 'lone leading surrogate in hex escape';
      end = start + 6;
    } else if (text[start + 6] !== '\\') {
      reason = 'unexpected end of hex escape';
      end = start + 6;
      extraBytes = 1; // one byte of the next character, whatever its UTF-8 length
    } else if (text[start + 7] !== 'u') {
      reason = 'unexpected end of hex escape';
      end = start + 8;
    } else {
      reason = 'lone leading surrogate in hex escape';
      end = start + 12;
    }
    const lineStart = text.lastIndexOf('\n', start) + 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line += 1;
    const column = utf8Bytes(text.slice(lineStart, end)) + extraBytes;
    return `JSON parse error: ${reason} at line ${line} column ${column}`;
  }
  return undefined;
}

function checkLoneSurrogate(sources: Sources, template: Template, found: string, out: Diagnostic[]): void {
  // core/lib/stack.js writes the template file with JSON.stringify(template, undefined, 1).
  const message = loneSurrogateParseError(JSON.stringify(template, undefined, 1));
  if (message === undefined) return;
  const at = sources.of(found, (text) => LONE_SURROGATE.test(text));
  out.push({
    severity: 'error',
    code: 'cdk/template-json',
    ...(at !== undefined ? { path: at } : {}),
    message,
    hint: 'This text has half of a UTF-16 surrogate pair (a broken emoji or other character beyond U+FFFF): it cannot be written as UTF-8. Retype or delete the character.',
  });
}

// ---- E1029: ${Name} outside Fn::Sub ---------------------------------------------------------

const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NoValue',
  'AWS::NotificationARNs',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];
const SUB_VARIABLE = /\$\{([^}]*)\}/g;
/** Rust's `str::trim` (Unicode White_Space), which differs from JavaScript's at U+0085 and U+FEFF. */
const EDGE_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** The names `${…}` would substitute: pseudo parameters, parameters, resources and their attributes. */
function isSubstitutable(
  name: string,
  parameters: ReadonlySet<string>,
  resources: ReadonlySet<string>,
): boolean {
  if (PSEUDO_PARAMETERS.includes(name) || parameters.has(name) || resources.has(name)) return true;
  const dot = name.indexOf('.');
  return dot > 0 && resources.has(name.slice(0, dot));
}

/** CloudFormation Validate E1029 for one variable in the string at `path` (segments below the resource). */
export function embeddedParameterMessage(path: ReadonlyArray<string | number>, name: string): string {
  const full = path.join('.');
  const relative = full.startsWith('Properties.') ? full.slice('Properties.'.length) : full;
  return `${relative}: Found an embedded parameter '\${${name}}' outside of an 'Fn::Sub' at ${full}`;
}

function checkEmbeddedParameters(
  sources: Sources,
  template: Template,
  found: readonly FoundString[],
  out: Diagnostic[],
): void {
  if (found.length === 0) return;
  const resourceIds = new Set(Object.keys((template.Resources ?? {}) as JsonObject));
  const parameters = new Set(Object.keys((template.Parameters ?? {}) as JsonObject));
  const reported = new Set<string>();
  for (const { path, value } of found) {
    for (const match of value.matchAll(SUB_VARIABLE)) {
      const name = match[1].replace(EDGE_SPACE, '');
      if (!isSubstitutable(name, parameters, resourceIds)) continue;
      const message = embeddedParameterMessage(path, name);
      const at = sources.of(value, (text) => text.includes(match[0]));
      const key = `${at ?? ''}\n${message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({
        severity: 'error',
        code: 'cdk/embedded-parameter',
        ...(at !== undefined ? { path: at } : {}),
        message,
        hint: `CloudFormation reads \${${name}} as a substitution of one of its own names. Write it differently (e.g. "\${ ${name} }" is read the same way; "\${!${name}}" is not a name).`,
      });
    }
  }
}

// ---- Dynamic references {{resolve:…}} -------------------------------------------------------

const DYNAMIC_SERVICES = ['ssm', 'ssm-secure', 'secretsmanager'];
/** Characters of an SSM parameter name (Systems Manager PutParameter: a-zA-Z0-9_.-/). */
const SSM_NAME_CHARACTER = /[a-zA-Z0-9_.\-/]/;

/**
 * The validator's reading of the dynamic reference in a string (template-model dynamic_ref): the
 * text from the last `{{resolve:` to the last `}}` after it, split at ":" into resolve, service and
 * the service's parts. Returns its findings (messages without the property path).
 */
export function dynamicReferenceFindings(value: string): string[] {
  const start = value.lastIndexOf('{{resolve:');
  if (start === -1) return [];
  const end = value.lastIndexOf('}}');
  if (end < start + '{{resolve:'.length) return [];
  const reference = value.slice(start, end + 2);
  const parts = reference.slice(2, -2).split(':');
  if (parts.length < 3) return [`Dynamic reference '${reference}' must have at least 3 parts`];
  const service = parts[1];
  if (!DYNAMIC_SERVICES.includes(service)) {
    return [`'${service}' is not one of ["ssm", "ssm-secure", "secretsmanager"]`];
  }
  const findings: string[] = [];
  if (service === 'secretsmanager') {
    if (parts[2] === 'arn') {
      // secret-id as an ARN (arn:partition:secretsmanager:region:account:secret:name), then
      // SecretString, json-key, version-stage, version-id.
      if (parts.length < 9) findings.push(`Dynamic reference ARN '${reference}' must have at least 9 parts`);
      else if (parts.length > 13) findings.push(`Dynamic reference ARN '${reference}' has too many parts`);
    } else if (parts.length > 7) {
      findings.push(`Dynamic reference '${reference}' has too many parts for 'secretsmanager'`);
    } else if (parts.length > 3 && parts[3] !== 'SecretString' && parts[3] !== '') {
      findings.push(`'${parts[3]}' is not one of ['SecretString', '']`);
    }
    return findings;
  }
  if (!SSM_NAME_CHARACTER.test(parts[2])) {
    return [`'${parts[2]}' does not contain a valid SSM parameter name character`];
  }
  if (parts.length > 4) {
    findings.push(`Dynamic reference '${reference}' has too many parts for '${service}'`);
  } else if (parts.length === 4 && !/^\d+$/.test(parts[3])) {
    findings.push(`'${parts[3]}' does not match '\\d+'`);
  }
  return findings;
}

function checkDynamicReferences(sources: Sources, found: readonly FoundString[], out: Diagnostic[]): void {
  const reported = new Set<string>();
  const hint =
    'CloudFormation reads "{{resolve:…}}" as a dynamic reference and replaces it with an SSM parameter or a secret when it deploys. Write the braces differently if you mean the text.';
  for (const { path, value, inMetadata } of found) {
    const findings: string[] = [];
    if (value.includes('{{resolve:ssm-secure:')) {
      // E1027: SSM secure strings only in the properties that support them (passwords and the like).
      findings.push(
        `Dynamic reference '${value}' to SSM secure strings can only be used in resource properties`,
      );
    }
    if (inMetadata && value.includes('{{resolve:secretsmanager:')) {
      // E1051: secrets only in resource properties.
      findings.push(
        `Dynamic reference '${value}' to secrets manager can only be used in resource properties`,
      );
    }
    findings.push(...dynamicReferenceFindings(value));
    // These findings name the property with "/" in its keys written as "." (application.json).
    const full = path.map((segment) => String(segment).replace(/\//g, '.')).join('.');
    const relative = full.startsWith('Properties.') ? full.slice('Properties.'.length) : full;
    for (const finding of findings) {
      const message = `${relative}: ${finding}`;
      const at = sources.of(value, (text) => text.includes('{{resolve:'));
      const key = `${at ?? ''}\n${message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({
        severity: 'error',
        code: 'cdk/dynamic-reference',
        ...(at !== undefined ? { path: at } : {}),
        message,
        hint,
      });
    }
  }
}

/** Checks of the synthesized template; generate() withholds it when one is an error. */
export function checkSynthesizedTemplate(design: Design, template: Template): Diagnostic[] {
  const out: Diagnostic[] = [];
  const resources = (template.Resources ?? {}) as JsonObject;
  if (Object.keys(resources).length > STACK_MAX_RESOURCES) {
    // CDK throws before it writes or validates the template: this is the only error it gives.
    out.push({
      severity: 'error',
      code: 'cdk/too-many-resources',
      path: pointer('methods'),
      message: tooManyResourcesMessage(sanitizeConstructId(design.stack.id), resources),
      hint: 'CloudFormation allows 500 resources per stack. Each method with the default scoped permissions adds a Method and two Lambda::Permission resources: set scopePermissionToMethod to false (one permission per function for the whole API) or allowTestInvoke to false, or split the API across stacks.',
    });
    return out;
  }
  const scan = scanResources(template);
  const sources = new Sources(design);
  if (scan.loneSurrogate !== undefined) {
    // A template the validator cannot parse gets no other finding.
    checkLoneSurrogate(sources, template, scan.loneSurrogate, out);
    return out;
  }
  checkEmbeddedParameters(sources, template, scan.substitutions, out);
  checkDynamicReferences(sources, scan.dynamicReferences, out);
  return out;
}
