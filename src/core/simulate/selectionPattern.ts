/**
 * selectionPattern is a java.util.regex pattern that must match the whole Lambda errorMessage
 * (Pattern.matches), with "." not matching line terminators. The Java-to-JavaScript translation is the
 * core's one (vtl/regex, shared with the templates' String.matches/replaceAll); this adds the
 * whole-string match. Source: "Handle Lambda errors in API Gateway".
 */
import { compileJavaRegex, JavaRegexError, looksCatastrophic } from '../vtl/regex';

export type CompiledPattern =
  | { regex: RegExp; catastrophic: boolean }
  /** unsupported: valid Java the simulator cannot run; otherwise Java itself rejects the pattern. */
  | { error: string; unsupported: boolean };

export function compileSelectionPattern(pattern: string): CompiledPattern {
  const compiled = compileJavaRegex(pattern);
  if (compiled instanceof JavaRegexError)
    return { error: compiled.message, unsupported: compiled.unsupported };
  // Sticky from index 0 plus "nothing follows" is Pattern.matches(), whatever (?m) does to ^ and $.
  const flags = compiled.flags.replace('g', '') + 'y';
  return {
    regex: new RegExp(`(?:${compiled.source})(?![\\s\\S])`, flags),
    catastrophic: looksCatastrophic(pattern),
  };
}

/** Whole-string match; undefined when the pattern could take exponential time on this input. */
export function fullMatch(
  compiled: { regex: RegExp; catastrophic: boolean },
  input: string,
): boolean | undefined {
  if (compiled.catastrophic && input.length > 64) return undefined;
  compiled.regex.lastIndex = 0;
  return compiled.regex.test(input);
}
