import { describe, expect, it } from 'vitest';
import { isLocalTime, isoToZoned, zonedToIso } from '../../widgets/src/newsroom/editor/time-zone.js';

describe('a scheduled time read in the federation’s time zone', () => {
  it.each([
    ['2026-12-24T09:30', 'Europe/Stockholm', '2026-12-24T08:30:00.000Z'],
    ['2026-07-01T09:30', 'Europe/Stockholm', '2026-07-01T07:30:00.000Z'],
    ['2026-07-01T09:30', 'Europe/Oslo', '2026-07-01T07:30:00.000Z'],
    // The first hour after the spring clock change, and the last before the autumn one.
    ['2026-03-29T03:30', 'Europe/Stockholm', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25T01:30', 'Europe/Stockholm', '2026-10-24T23:30:00.000Z'],
    ['2026-01-15T12:00', 'UTC', '2026-01-15T12:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, expected) => {
    expect(zonedToIso(local, zone)).toBe(expected);
  });

  it('refuses what is not a date and time', () => {
    expect(() => zonedToIso('tomorrow', 'Europe/Stockholm')).toThrow(RangeError);
  });
});

describe('an instant shown as the federation’s wall clock', () => {
  it.each([
    ['2026-12-24T08:30:00.000Z', 'Europe/Stockholm', '2026-12-24T09:30'],
    ['2026-07-01T07:30:00.000Z', 'Europe/Helsinki', '2026-07-01T10:30'],
    ['2026-10-24T23:30:00.000Z', 'Europe/Stockholm', '2026-10-25T01:30'],
  ])('%s in %s is %s, and reads back as the same instant', (iso, zone, local) => {
    expect(isoToZoned(iso, zone)).toBe(local);
    expect(zonedToIso(local, zone)).toBe(iso);
  });
});

describe('a wall-clock time checked before it is read in a zone', () => {
  it.each(['2026-12-24T09:30', '2028-02-29T00:00', '2026-12-24T09:30:15', '9999-12-31T23:59'])('%s is one', (local) => {
    expect(isLocalTime(local)).toBe(true);
  });

  it.each([
    '',
    '20271-03-01T09:00',
    '0999-12-24T09:30',
    '2026-12-24',
    '2026-13-01T09:30',
    '2027-02-29T09:30',
    '2026-12-24T24:00',
    '2026-12-24T09:60',
    '2026-12-24T09:30junk',
  ])('%s is none', (local) => {
    expect(isLocalTime(local)).toBe(false);
  });
});
