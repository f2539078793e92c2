import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, formatDateBr, hojeEmSaoPaulo } from './dates.ts';

describe('calendar dates', () => {
  it('counts days across month ends and leap years', () => {
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90);
    expect(daysBetween('2024-01-01', '2024-03-31')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 60)).toBe('2026-03-01');
  });

  it('refuses dates that do not exist', () => {
    expect(dayNumber('2026-02-30')).toBeUndefined();
    expect(dayNumber('2025-02-29')).toBeUndefined();
    expect(dayNumber('2024-02-29')).toBeDefined();
    expect(daysBetween('2026-13-01', '2026-01-01')).toBeUndefined();
  });

  it('ignores DST transitions (Brazil had DST until 2019)', () => {
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(daysBetween('2019-02-16', '2019-02-18')).toBe(2);
  });

  it('gives the same days as the calendar of Date for any date of years 100–9999 and any shift', () => {
    const MS = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const first = Date.UTC(100, 0, 1) / MS;
    const last = Date.UTC(9999, 11, 31) / MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -40_000, max: 40_000 }), (day, shift) => {
        expect(dayNumber(iso(day * MS))).toBe(day);
        const target = day + shift;
        if (target >= first && target <= last) expect(addDays(iso(day * MS), shift)).toBe(iso(target * MS));
      }),
      { numRuns: 5000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-1-01')).toBeUndefined();
    expect(dayNumber('2026-01-0a')).toBeUndefined();
    expect(dayNumber('0099-01-01')).toBeUndefined();
  });

  it('writes dates as the portal does', () => {
    expect(formatDateBr('2026-04-01')).toBe('01/04/2026');
  });
});

describe('hojeEmSaoPaulo', () => {
  it('is still the previous day in São Paulo late in the evening (UTC-3)', () => {
    expect(hojeEmSaoPaulo(new Date('2026-03-11T02:59:59Z'))).toBe('2026-03-10');
    expect(hojeEmSaoPaulo(new Date('2026-03-11T03:00:00Z'))).toBe('2026-03-11');
  });

  it('handles the year turn', () => {
    expect(hojeEmSaoPaulo(new Date('2027-01-01T01:00:00Z'))).toBe('2026-12-31');
  });
});
