import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJavaScript } from './context';
import { renderTemplate } from './index';

/** commons-lang 2.6 escapeJavaScript, one character at a time, as its source reads (the reference). */
function escapeJavaScriptPerChar(s: string): string {
  let out = '';
  for (const ch of s.split('')) {
    const c = ch.charCodeAt(0);
    const hex = () => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    if (c > 0x7f) out += hex();
    else if (c < 32) {
      const named: Record<number, string> = { 8: '\\b', 10: '\\n', 9: '\\t', 12: '\\f', 13: '\\r' };
      out += named[c] ?? hex();
    } else if (ch === "'" || ch === '"' || ch === '\\' || ch === '/') out += '\\' + ch;
    else out += ch;
  }
  return out;
}

const render = (template: string, body: string | null = '{}') =>
  renderTemplate(template, { request: { body, queryStringParameters: { q: "it's" } } });

describe('$util', () => {
  it('escapeJavaScript escapes as commons-lang 2.6: quotes, backslash, slash, controls, non-ASCII', () => {
    expect(render('$util.escapeJavaScript("a\'b")').output).toBe("a\\'b");
    expect(
      render("$util.escapeJavaScript($input.path('$.s'))", JSON.stringify({ s: 'say "hi" / \\ é\t\u2028' }))
        .output,
    ).toBe('say \\"hi\\" \\/ \\\\ \\u00E9\\t\\u2028');
  });

  it('escapeJavaScript matches the per-character reference on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', ' ', "'", '"', '\\', '/', '\u007f', '\u0080', '\u0000', '\u001f', '\b', '\ud83d'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(unit, fc.constant('plain text ')), { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(escapeJavaScript(s)).toBe(escapeJavaScriptPerChar(s));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it('escapeJavaScript + replaceAll("\\\\\'","\'") gives JSON-safe text (the documented idiom)', () => {
    expect(render('$util.escapeJavaScript($input.params(\'q\')).replaceAll("\\\\\'","\'")').output).toBe(
      "it's",
    );
  });

  it('urlEncode and urlDecode use form encoding (space ↔ +) over UTF-8', () => {
    expect(render('$util.urlEncode("a b&c=d/é?*~")').output).toBe('a+b%26c%3Dd%2F%C3%A9%3F*%7E');
    expect(render('$util.urlDecode("a+b%20c%C3%A9")').output).toBe('a b cé');
  });

  it('urlDecode fails the render on a broken escape', () => {
    const r = render('$util.urlDecode("%zz")');
    expect(r.failure?.kind).toBe('runtime');
    expect(r.failure?.message).toMatch(/IllegalArgumentException/);
  });

  it('base64Encode / base64Decode work on UTF-8 and pad', () => {
    expect(render('$util.base64Encode("héllo")').output).toBe('aMOpbGxv');
    expect(render('$util.base64Encode("ab")').output).toBe('YWI=');
    expect(render('$util.base64Decode("aMOpbGxv")').output).toBe('héllo');
    expect(render('$util.base64Decode("!!")').failure).not.toBeNull();
  });

  it('parseJson returns live values', () => {
    const r = render('#set($o = $util.parseJson(\'{"k": {"v": [10, 20]}}\'))$o.k.v[1] $o.k.v.size() $o');
    expect(r.output).toBe('20 2 {k={v=[10,20]}}');
  });

  it('gives null for a null argument (escapeJavaScript) and "" for the others', () => {
    expect(
      render('[$util.escapeJavaScript($nope)][$util.urlEncode($nope)][$util.base64Encode($nope)]').output,
    ).toBe('[][][]');
  });

  it('has no AppSync helpers: they render nothing and get a warning', () => {
    const r = render('[$util.toJson($input.path("$"))]');
    expect(r.output).toBe('[]');
    expect(r.diagnostics.some((d) => d.code === 'vtl/appsync-only' && d.severity === 'warning')).toBe(true);
  });
});
