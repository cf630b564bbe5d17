import { clockIsSet, clockNow, runAt } from './clock';
import { todayIn } from './zoned-date';

describe('clock', () => {
  it('answers the real time outside runAt', () => {
    const before = Date.now();
    expect(clockIsSet()).toBe(false);
    expect(clockNow().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('answers the given instant throughout runAt, across awaits, and todayIn follows it', async () => {
    const at = new Date('2025-03-31T15:30:00Z'); // 2025-04-01 00:30 in Tokyo
    await runAt(at, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(clockIsSet()).toBe(true);
      expect(clockNow().toISOString()).toBe(at.toISOString());
      expect(todayIn('Asia/Tokyo')).toBe('2025-04-01');
      expect(todayIn('UTC')).toBe('2025-03-31');
    });
    expect(clockIsSet()).toBe(false);
  });

  it('keeps concurrent runs apart and refuses an invalid instant', async () => {
    const seen = await Promise.all(
      ['2024-01-01T00:00:00Z', '2024-06-01T00:00:00Z'].map((iso) =>
        runAt(new Date(iso), async () => {
          await new Promise((resolve) => setTimeout(resolve, 2));
          return clockNow().toISOString();
        }),
      ),
    );
    expect(seen).toEqual(['2024-01-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z']);
    expect(() => runAt(new Date('nope'), async () => undefined)).toThrow();
  });
});
