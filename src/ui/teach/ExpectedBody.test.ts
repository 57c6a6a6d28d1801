import { describe, expect, it } from 'vitest';
import { bodyDraftOf, withBody } from './ExpectedBody';

describe('expected body editing', () => {
  it('shows bodyJson pretty-printed, body as it is, and nothing when neither is set', () => {
    expect(bodyDraftOf({ status: 200, bodyJson: { id: '7' } })).toEqual({
      mode: 'json',
      text: '{\n  "id": "7"\n}',
    });
    expect(bodyDraftOf({ body: 'ok\n' })).toEqual({ mode: 'text', text: 'ok\n' });
    expect(bodyDraftOf({ status: 404 })).toEqual({ mode: 'none', text: '' });
    expect(bodyDraftOf(undefined)).toEqual({ mode: 'none', text: '' });
  });

  it('replaces the body and keeps status and headers', () => {
    const expectation = { status: 200, body: 'old', headers: { 'Content-Type': 'application/json' } };
    expect(withBody(expectation, { mode: 'json', text: '{ "b": [1, null] }' })).toEqual({
      ok: true,
      expect: { status: 200, headers: { 'Content-Type': 'application/json' }, bodyJson: { b: [1, null] } },
    });
    expect(withBody({ status: 200, bodyJson: { a: 1 } }, { mode: 'text', text: '' })).toEqual({
      ok: true,
      expect: { status: 200, body: '' },
    });
    expect(withBody({ status: 200, bodyJson: 1 }, { mode: 'none', text: '1' })).toEqual({
      ok: true,
      expect: { status: 200 },
    });
  });

  it('leaves nothing when the body was the only expectation and is removed', () => {
    expect(withBody({ body: 'x' }, { mode: 'none', text: 'x' })).toEqual({ ok: true, expect: undefined });
  });

  it('refuses text that is not JSON in JSON mode, with the parser message', () => {
    const result = withBody({ bodyJson: { a: 1 } }, { mode: 'json', text: '{ "a": ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Not JSON: .+\.$/);
  });

  it('reads JSON null as an expectation of null, not as no expectation', () => {
    expect(withBody(undefined, { mode: 'json', text: 'null' })).toEqual({
      ok: true,
      expect: { bodyJson: null },
    });
    expect(bodyDraftOf({ bodyJson: null })).toEqual({ mode: 'json', text: 'null' });
  });
});
