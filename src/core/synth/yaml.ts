/**
 * A YAML emitter for plain JSON values whose output is byte-for-byte what the `yaml` package
 * (2.9.1, the version the aws-cdk CLI bundles) prints for `stringify(value, { schema: 'yaml-1.1',
 * lineWidth: 0 })`, which is how `cdk synth` prints templates.
 *
 * Written by hand for speed: the `yaml` package builds a document tree first and takes ~100 ms for a
 * large template, far over the 20 ms budget of generate(). The rules below are the package's
 * observable behaviour; yaml.test.ts checks them against the package on random values and the CLI.
 */
import type { Json } from './cfn';

/** What toYaml prints: JSON values, with `Map`s as mappings in insertion order (for integer-like keys). */
export type YamlValue = Json | YamlValue[] | { [key: string]: YamlValue } | Map<string, YamlValue>;

const INDENT_STEP = '  ';
/** yaml's default `doubleQuotedMinMultiLineLength`. */
const DOUBLE_QUOTED_MIN_MULTILINE_LENGTH = 40;
/** A longer implicit key becomes an explicit `? key`. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

interface ScalarContext {
  /** Indentation of the line the scalar's continuation lines use. */
  indent: string;
  /** A mapping key: no block scalars, no line breaks. */
  implicitKey: boolean;
}

/** Characters that force a double-quoted scalar: C0/C1 controls except tab and newline, lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORCE_DOUBLE_QUOTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/**
 * What a plain scalar may not look like: an indicator first, "- " / "? " / a lone "-" or "?",
 * ": " or a line break followed by blank, blank before a line break, " #", or a blank or ":" last.
 */
const PLAIN_FORBIDDEN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** A line that a YAML 1.1 reader would take for a directive or a document marker. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/**
 * Plain scalars that YAML 1.1 resolves to something other than a string: null, bool, int (binary,
 * octal, decimal, hex, sexagesimal), float, timestamp. (The merge key "<<" is handled first.)
 */
const YAML_11_NON_STRINGS: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

const YAML_11_NON_STRING = new RegExp(
  YAML_11_NON_STRINGS.map((pattern) => `(?:${pattern.source})`).join('|'),
);

/**
 * The YAML document for an object, a `Map` or an array (ends with one line break). Also what the
 * yaml package prints with `{ version: '1.1', lineWidth: 0 }` for Maps when `!!omap` is not used.
 */
export function toYaml(value: YamlValue[] | { [key: string]: YamlValue } | Map<string, YamlValue>): string {
  return emitValue(value, '') + '\n';
}

function emitValue(value: YamlValue, indent: string): string {
  if (typeof value === 'string') return emitString(value, { indent, implicitKey: false });
  if (typeof value === 'number') return emitNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  if (Array.isArray(value)) return emitSequence(value, indent);
  if (value instanceof Map) return emitMap(value, indent);
  return emitObject(value, indent);
}

function isNonEmptyCollection(value: YamlValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return false;
}

/** Indentation one step deeper, built once per depth. */
const DEEPER = new Map<string, string>();
function deeper(indent: string): string {
  let next = DEEPER.get(indent);
  if (next === undefined) {
    next = indent + INDENT_STEP;
    DEEPER.set(indent, next);
  }
  return next;
}

/** Block sequence: "- item" lines; items indent by two more. An empty one is "[]". */
function emitSequence(items: YamlValue[], indent: string): string {
  if (items.length === 0) return '[]';
  const itemIndent = deeper(indent);
  let out = '- ' + emitValue(items[0], itemIndent);
  for (let i = 1; i < items.length; i++) out += '\n' + indent + '- ' + emitValue(items[i], itemIndent);
  return out;
}

/** Block mapping: "key: value" lines at `indent`. An empty one is "{}". */
function emitObject(object: { [key: string]: YamlValue }, indent: string): string {
  let out = '';
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    out += (out === '' ? '' : '\n' + indent) + emitPair(key, object[key], indent);
  }
  return out === '' ? '{}' : out;
}

/** A `Map` as a block mapping, in insertion order. */
function emitMap(map: Map<string, YamlValue>, indent: string): string {
  let out = '';
  for (const [key, value] of map) out += (out === '' ? '' : '\n' + indent) + emitPair(key, value, indent);
  return out === '' ? '{}' : out;
}

function emitPair(key: string, value: YamlValue, indent: string): string {
  const valueIndent = deeper(indent);
  const keyText = emitString(key, { indent: valueIndent, implicitKey: true });
  const explicitKey = keyText.length > MAX_IMPLICIT_KEY_LENGTH;
  const head = explicitKey ? '? ' + keyText + '\n' + indent + ':' : keyText + ':';
  const valueText = emitValue(value, valueIndent);
  return !explicitKey && isNonEmptyCollection(value)
    ? head + '\n' + valueIndent + valueText
    : head + ' ' + valueText;
}

/** yaml's number formatting: JSON's, except that negative zero keeps its sign. */
function emitNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/**
 * Single-line scalars print the same at any indentation (only a key starting with "---" or "..."
 * cares whether it is top-level), and templates repeat them a lot: remember recent ones, per role.
 */
const cachedValues = new Map<string, string>();
const cachedKeys = new Map<string, string>();
const cachedTopLevelKeys = new Map<string, string>();
const MAX_CACHED = 50_000;

/** Longer strings (templates, code) are rarely repeated; caching them would only hold memory. */
const MAX_CACHED_LENGTH = 256;

function emitString(value: string, context: ScalarContext): string {
  if (value.length > MAX_CACHED_LENGTH || value.includes('\n')) return emitStringUncached(value, context);
  const cache = !context.implicitKey
    ? cachedValues
    : context.indent === INDENT_STEP
      ? cachedTopLevelKeys
      : cachedKeys;
  let text = cache.get(value);
  if (text === undefined) {
    text = emitStringUncached(value, context);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(value, text);
  }
  return text;
}

function emitStringUncached(value: string, context: ScalarContext): string {
  // The merge key "<<" is written as it is, key or value (yaml-1.1's merge tag claims it).
  if (value === '<<') return value;
  if (FORCE_DOUBLE_QUOTES.test(value)) return doubleQuoted(value, context);
  return plainOrOther(value, context);
}

function plainOrOther(value: string, context: ScalarContext): string {
  const multiline = value.includes('\n');
  if (context.implicitKey && multiline) return quoted(value, context);
  if (PLAIN_FORBIDDEN.test(value)) {
    return context.implicitKey || !multiline ? quoted(value, context) : literalBlock(value, context);
  }
  if (!context.implicitKey && multiline) return literalBlock(value, context);
  if (DOCUMENT_MARKER.test(value) && context.implicitKey && context.indent === INDENT_STEP) {
    return quoted(value, context);
  }
  return YAML_11_NON_STRING.test(value) ? quoted(value, context) : value;
}

/** Single quotes when the text has `"` and no `'`, else double quotes. */
function quoted(value: string, context: ScalarContext): string {
  if (value.includes('"') && !value.includes("'")) return singleQuoted(value, context);
  return doubleQuoted(value, context);
}

function quotedIndent(value: string, context: ScalarContext): string {
  return context.indent || (DOCUMENT_MARKER.test(value) ? INDENT_STEP : '');
}

function singleQuoted(value: string, context: ScalarContext): string {
  if ((context.implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) {
    return doubleQuoted(value, context);
  }
  const indent = quotedIndent(value, context);
  return "'" + value.replace(/'/g, "''").replace(/\n+/g, (breaks) => `${breaks}\n${indent}`) + "'";
}

/**
 * YAML's short escapes for the characters JSON writes as \u00XX (JSON.stringify escapes only C0
 * controls and lone surrogates, so NEL, NBSP and the Unicode separators stay raw, as in yaml).
 */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '0000': '\\0',
  '0007': '\\a',
  '000b': '\\v',
  '001b': '\\e',
};

/**
 * Double-quoted: the JSON escape of the text, with YAML's short escapes, and (outside keys, for
 * texts of 40+ characters) line breaks written as real line breaks — a break as an empty line,
 * a blank before or after a break escaped so that folding keeps it.
 */
function doubleQuoted(value: string, context: ScalarContext): string {
  const json = JSON.stringify(value);
  const indent = quotedIndent(value, context);
  const realBreaks = !context.implicitKey && json.length >= DOUBLE_QUOTED_MIN_MULTILINE_LENGTH;
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < json.length; i++) {
    if (json[i] === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      out += json.slice(copiedUpTo, i) + '\\ ';
      i += 1;
      copiedUpTo = i;
    }
    if (json[i] !== '\\') continue;
    const escape = json[i + 1];
    if (escape === 'u') {
      out += json.slice(copiedUpTo, i);
      const code = json.slice(i + 2, i + 6);
      out += SHORT_ESCAPES[code] ?? (code.startsWith('00') ? '\\x' + code.slice(2) : json.slice(i, i + 6));
      i += 5;
      copiedUpTo = i + 1;
    } else if (escape === 'n' && realBreaks && json[i + 2] !== '"') {
      out += json.slice(copiedUpTo, i) + '\n\n';
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      if (json[i + 2] === ' ') out += '\\';
      i += 1;
      copiedUpTo = i + 1;
    } else {
      i += 1;
    }
  }
  return copiedUpTo === 0 ? json : out + json.slice(copiedUpTo);
}

/**
 * A literal block scalar (`|`), chomping and indentation indicators as the text needs: `-` when it
 * ends without a line break, none for exactly one, `+` for more (or only blank text); an explicit
 * indentation indicator when it starts with spaces. A last line of only blanks cannot be kept in a
 * block, so such a text is quoted instead.
 */
function literalBlock(text: string, context: ScalarContext): string {
  if (/\n[\t ]+$/.test(text)) return quoted(text, context);
  const indent = context.indent || (DOCUMENT_MARKER.test(text) ? INDENT_STEP : '');
  let body = text;

  let trailingStart = body.length;
  while (trailingStart > 0 && '\n\t '.includes(body[trailingStart - 1])) trailingStart--;
  let trailing = body.slice(trailingStart);
  const firstBreak = trailing.indexOf('\n');
  const chomp = firstBreak === -1 ? '-' : body === trailing || firstBreak !== trailing.length - 1 ? '+' : '';
  if (trailing) {
    body = body.slice(0, trailingStart);
    if (trailing.endsWith('\n')) trailing = trailing.slice(0, -1);
    trailing = indentInnerBreaks(trailing, indent);
  }

  let startsWithSpace = false;
  let lastLeadingBreak = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === ' ') startsWithSpace = true;
    else if (body[i] === '\n') lastLeadingBreak = i;
    else break;
  }
  let leading = body.slice(0, lastLeadingBreak + 1);
  if (leading) {
    body = body.slice(leading.length);
    leading = leading.replace(/\n+/g, (breaks) => breaks + indent);
  }
  const header = (startsWithSpace ? (indent ? '2' : '1') : '') + chomp;
  body = body.replace(/\n+/g, (breaks) => breaks + indent);
  return `|${header}\n${indent}${leading}${body}${trailing}`;
}

/** Indents after each run of line breaks that is followed by more (blank) text. */
function indentInnerBreaks(trailing: string, indent: string): string {
  return trailing.replace(/\n+/g, (breaks, offset: number) =>
    offset + breaks.length < trailing.length ? breaks + indent : breaks,
  );
}
