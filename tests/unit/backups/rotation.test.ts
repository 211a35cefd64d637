import { describe, expect, it } from 'vitest';
import { backupLags, goneBy, isoWeekStart, longestLag, rotate, ROTATION } from '../../../electron/core/backups/rotation';

// The promise of issue 11: the last 10, the newest of each of the last 7 days, the newest of each
// of the last 8 ISO weeks; and nothing dated more than the longest backup lag ago.

const DAY = 86_400_000;
const HOURS_UTC = [8, 10, 13, 16]; // four backups on each working day; 16:00 UTC is 17:00/18:00 in Stockholm

/** Backups on working days from Monday 2026-09-07 for `weeks` weeks, as a simulated clock would make them. */
function workingDayBackups(weeks: number): string[] {
  const out: string[] = [];
  for (let day = 0; day < weeks * 7; day++) {
    const date = new Date(Date.UTC(2026, 8, 7) + day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const hour of HOURS_UTC) out.push(new Date(date.getTime() + hour * 3_600_000).toISOString());
  }
  return out;
}

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`).toISOString();

describe('backup rotation', () => {
  it('keeps exactly the promised set after 10 weeks of backups, rotating after each one', () => {
    const all = workingDayBackups(10);
    expect(all.at(-1)).toBe(at('2026-11-13', 16)); // Friday of the tenth week
    // As the app does it: rotate after every new backup, over what is left.
    let kept: { at: string }[] = [];
    for (const stamp of all) {
      kept = rotate([...kept, { at: stamp }], stamp.slice(0, 10)).keep;
    }
    const expected = [
      // the last 10
      ...HOURS_UTC.map((h) => at('2026-11-13', h)),
      ...HOURS_UTC.map((h) => at('2026-11-12', h)),
      at('2026-11-11', 13),
      at('2026-11-11', 16),
      // the newest of each day of the last 7 (7–13 November; the weekend has none)
      at('2026-11-10', 16),
      at('2026-11-09', 16),
      // the newest of each of the last 8 ISO weeks (weeks 46 back to 39): the Friday's last
      at('2026-11-06', 16),
      at('2026-10-30', 16),
      at('2026-10-23', 16),
      at('2026-10-16', 16),
      at('2026-10-09', 16),
      at('2026-10-02', 16),
      at('2026-09-25', 16),
    ];
    expect(kept.map((b) => b.at).sort()).toEqual(expected.sort());
    // The same set as rotating the whole history at once: nothing is deleted that a later day would keep.
    expect(
      rotate(
        all.map((a) => ({ at: a })),
        '2026-11-13',
      )
        .keep.map((b) => b.at)
        .sort(),
    ).toEqual(expected.sort());
  });

  it('keeps every backup while there are few, and the last 10 however old they are', () => {
    const few = ['2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z'].map((a) => ({ at: a }));
    expect(rotate(few, '2026-12-31').keep).toHaveLength(2);
    const old = Array.from({ length: 15 }, (_, i) => ({ at: new Date(Date.UTC(2025, 0, 1, 8, i)).toISOString() }));
    const { keep, prune } = rotate(old, '2026-06-01');
    expect(keep).toHaveLength(ROTATION.last);
    expect(prune.map((b) => b.at)).toEqual(
      old
        .slice(0, 5)
        .map((b) => b.at)
        .reverse(),
    );
  });

  it('counts days and weeks in Stockholm time', () => {
    // 23:30 UTC on 2026-11-12 is already 13 November in Stockholm.
    const late = { at: '2026-11-12T23:30:00.000Z' };
    const earlier = { at: '2026-11-13T06:00:00.000Z' };
    const many = Array.from({ length: 12 }, (_, i) => ({ at: new Date(Date.UTC(2026, 10, 13, 8, i)).toISOString() }));
    const { keep } = rotate([late, earlier, ...many], '2026-11-13');
    // Both fall on the same Stockholm day as the 12 newer ones, so neither is the newest of its day.
    expect(keep).not.toContainEqual(late);
    expect(keep).not.toContainEqual(earlier);
    expect(isoWeekStart('2026-11-15')).toBe('2026-11-09'); // Sunday belongs to the week of Monday the 9th
    expect(isoWeekStart('2026-11-16')).toBe('2026-11-16');
  });

  it('drops backups past the longest backup lag, but never the newest', () => {
    const daily = Array.from({ length: 30 }, (_, i) => ({ at: new Date(Date.UTC(2026, 2, 1 + i, 9)).toISOString() }));
    const today = '2026-03-30';
    const lags = backupLags(['P7D', null, 'P3D']);
    const { keep, prune } = rotate(daily, today, lags);
    // Made on 23 March or later: 23 + 7 = 30 March has come, so the copy from the 23rd goes today.
    expect(keep.map((b) => b.at.slice(0, 10)).sort()).toEqual([
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
    expect(prune).toHaveLength(23);
    // A register that has not been opened for a long time keeps its newest backup.
    expect(rotate(daily.slice(0, 3), '2026-12-01', lags).keep.map((b) => b.at)).toEqual([daily[2]!.at]);
  });

  it('says when data purged today has left the backups, from the longest lag', () => {
    expect(goneBy('2026-03-31', backupLags(['P7D']))).toBe('2026-04-07'); // domain.md §7.3's log example
    expect(goneBy('2026-03-31', backupLags([null]))).toBeNull();
    expect(goneBy('2026-03-31', backupLags(['P0D']))).toBeNull(); // a zero lag cannot hold a backup at all
    // P1M and P30D have no fixed order: from 31 January, P30D reaches further.
    expect(longestLag(['P1M', 'P30D', 'P2W'], '2026-01-31')).toBe('P30D');
    expect(longestLag(['P1M', 'P30D'], '2026-03-01')).toBe('P1M');
    expect(goneBy('2026-01-31', backupLags(['P1M', 'P30D']))).toBe('2026-03-02');
    expect(longestLag([null, null], '2026-01-31')).toBeNull();
  });
});
