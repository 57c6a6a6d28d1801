import { describe, expect, it } from 'vitest';
import { exampleDesign } from './example';
import { APP_ID, STORAGE_KEY, debounced, envelope, readSaved, writeSaved } from './persistence';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('autosave envelope', () => {
  it('round-trips a design with its save time', () => {
    const storage = memoryStorage();
    const design = exampleDesign();
    expect(writeSaved(storage, design, new Date('2025-01-02T03:04:05Z'))).toBeUndefined();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved).toEqual({ app: APP_ID, version: 1, savedAt: '2025-01-02T03:04:05.000Z', design });
    const read = readSaved(storage);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.design).toEqual(design);
    expect(read.kind === 'ok' && read.savedAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('reports nothing saved as empty', () => {
    expect(readSaved(memoryStorage()).kind).toBe('empty');
  });

  it.each([
    ['cut-off JSON', '{"app":"integration-studio","ver', 'not valid JSON'],
    ['another app', JSON.stringify({ app: 'other', version: 1, design: {} }), 'another application'],
    ['a newer format', JSON.stringify({ app: APP_ID, version: 2, design: {} }), 'format version 2'],
    ['not an object', '[1,2]', 'not an Integration Studio design'],
    [
      'an invalid design',
      JSON.stringify({ app: APP_ID, version: 1, savedAt: 'x', design: { version: 7 } }),
      'not valid',
    ],
  ])('keeps the raw text of %s with a reason', (_name, raw, reason) => {
    const read = readSaved(memoryStorage({ [STORAGE_KEY]: raw }));
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') {
      expect(read.raw).toBe(raw);
      expect(read.reason).toContain(reason);
    }
  });

  it('reports a refused write instead of throwing', () => {
    const storage = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeSaved(storage, exampleDesign(), new Date())).toContain('QuotaExceededError');
  });

  it('treats unreadable storage as empty', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readSaved(storage).kind).toBe('empty');
  });

  it('builds the envelope', () => {
    expect(envelope(exampleDesign(), new Date(0)).savedAt).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('debounced', () => {
  it('runs once after the last schedule, or at flush', async () => {
    let runs = 0;
    const saver = debounced(() => runs++, 20);
    saver.schedule();
    saver.schedule();
    saver.schedule();
    expect(runs).toBe(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(1);
    saver.schedule();
    saver.flush();
    expect(runs).toBe(2);
    saver.flush();
    expect(runs).toBe(2);
  });
});
