import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingService } from '../../../src/background/reading-service.ts';

/** Extension storage in memory: the one browser API the recorder uses. */
const stored = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../../../src/shared/browser.ts', () => ({
  default: {
    extension: { inIncognitoContext: false },
    storage: {
      local: {
        get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) stored.set(key, value);
        },
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));

const { ReadingRecorder } = await import('../../../src/background/reading-recorder.ts');
const { READING_STATUS_KEY } = await import('../../../src/shared/protocol.ts');

const read = {
  article: { title: 'T', byline: null, site: 'Gazette', published: '2026-09-14', length: 900 },
  quotes: [],
  page: { url: 'https://harbour.example/a', articleId: 'r1', incognito: false },
  tab: undefined,
};

function recorderWith(record: ReadingService['record']) {
  const calls: unknown[] = [];
  const reading = {
    record: (...args: Parameters<ReadingService['record']>) => {
      calls.push(args[0]);
      return record(...args);
    },
  } as unknown as ReadingService;
  return { recorder: new ReadingRecorder(reading, async () => []), calls };
}

beforeEach(() => {
  stored.clear();
  stored.set('settings', { rememberReading: true });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('recording, as the background decides it', () => {
  it('records a page only once the user chose it', async () => {
    const { recorder, calls } = recorderWith(async () => 'added');
    stored.set('settings', { rememberReading: false });
    await recorder.consider(read);
    expect(calls).toHaveLength(0);
    stored.set('settings', { rememberReading: true });
    await recorder.consider(read);
    expect(calls).toHaveLength(1);
  });

  it('stops recording when the disk is full, says so, and records nothing more until resumed', async () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    const { recorder, calls } = recorderWith(async () => {
      throw full;
    });
    await recorder.consider(read);
    expect(stored.get(READING_STATUS_KEY)).toMatchObject({
      stopped: { reason: 'quota', message: 'QuotaExceededError: The quota has been exceeded.' },
    });
    await recorder.consider(read);
    expect(calls).toHaveLength(1);
    stored.set(READING_STATUS_KEY, { stopped: null });
    await recorder.consider(read);
    expect(calls).toHaveLength(2);
  });

  it('keeps recording after another kind of failure', async () => {
    const { recorder, calls } = recorderWith(async () => {
      throw new Error('the database was closed');
    });
    await recorder.consider(read);
    await recorder.consider(read);
    expect(calls).toHaveLength(2);
    expect(stored.has(READING_STATUS_KEY)).toBe(false);
  });
});
