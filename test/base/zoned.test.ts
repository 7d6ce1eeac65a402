import { expect } from '@open-wc/testing';
import { dayState, nearestDay, occurrence } from '../../src/countdown/model.js';
import { instantOf, offsetAt, remaining, startOfDay, utcOf, wallTime, zonedDate } from '../../src/base/zoned.js';

const at = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
const H = 3_600_000;

describe('zoned date helpers', () => {
  it('gives the calendar date of an instant in any zone, whatever the browser’s', () => {
    const t = at('2026-07-29T12:00:00Z');
    expect(zonedDate(t, 'Europe/Paris')).to.deep.equal({ year: 2026, month: 7, day: 29 });
    expect(zonedDate(t, 'Pacific/Kiritimati')).to.deep.equal({ year: 2026, month: 7, day: 30 });
    expect(zonedDate(t, 'America/New_York')).to.deep.equal({ year: 2026, month: 7, day: 29 });
    expect(zonedDate(at('2026-07-29T18:29:00Z'), 'Asia/Kolkata')).to.deep.equal({ year: 2026, month: 7, day: 29 });
    expect(zonedDate(at('2026-07-29T18:30:00Z'), 'Asia/Kolkata')).to.deep.equal({ year: 2026, month: 7, day: 30 });
  });

  it('reads offsets on both sides of a change', () => {
    expect(offsetAt(at('2026-03-29T00:59:00Z'), 'Europe/Paris')).to.equal(1 * H);
    expect(offsetAt(at('2026-03-29T01:00:00Z'), 'Europe/Paris')).to.equal(2 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Asia/Kolkata')).to.equal(5.5 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Pacific/Kiritimati')).to.equal(14 * H);
    expect(offsetAt(at('2026-01-01T00:00:00Z'), 'Australia/Adelaide')).to.equal(10.5 * H);
    expect(offsetAt(at('2026-07-01T00:00:00Z'), 'Australia/Adelaide')).to.equal(9.5 * H);
  });

  for (const [zone, date, expected] of [
    // Europe/Paris: the last Sundays of March and October, and the days after.
    ['Europe/Paris', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['Europe/Paris', '2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['Europe/Paris', '2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['Europe/Paris', '2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['Europe/Paris', '2026-07-30', '2026-07-29T22:00:00.000Z'],
    // America/New_York: 8 March and 1 November 2026.
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00.000Z'],
    // Australia/Adelaide, half-hour offsets in the southern hemisphere: 5 April and 4 October 2026.
    ['Australia/Adelaide', '2026-04-05', '2026-04-04T13:30:00.000Z'],
    ['Australia/Adelaide', '2026-04-06', '2026-04-05T14:30:00.000Z'],
    ['Australia/Adelaide', '2026-10-04', '2026-10-03T14:30:00.000Z'],
    ['Australia/Adelaide', '2026-10-05', '2026-10-04T13:30:00.000Z'],
    ['Asia/Kolkata', '2026-07-30', '2026-07-29T18:30:00.000Z'],
    ['Pacific/Kiritimati', '2026-07-30', '2026-07-29T10:00:00.000Z'],
    ['Pacific/Kiritimati', '2027-01-01', '2026-12-31T10:00:00.000Z'],
  ] as const) {
    it(`starts ${date} in ${zone} at ${expected}`, () => {
      const [y, m, d] = date.split('-').map(Number);
      expect(iso(startOfDay({ year: y, month: m, day: d }, zone))).to.equal(expected);
    });
  }

  it('starts a day whose midnight is skipped at its first instant (America/Santiago, Asia/Beirut)', () => {
    // Chile moves its clocks from Saturday 24:00 to Sunday 01:00 on the first Sunday of September.
    const santiago = startOfDay({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    expect(iso(santiago)).to.equal('2026-09-06T04:00:00.000Z');
    expect(new Date(wallTime(santiago, 'America/Santiago')).toISOString()).to.equal('2026-09-06T01:00:00.000Z');
    expect(zonedDate(santiago - 1, 'America/Santiago')).to.deep.equal({ year: 2026, month: 9, day: 5 });
    // Lebanon moves from 00:00 to 01:00 on the last Sunday of March.
    const beirut = startOfDay({ year: 2026, month: 3, day: 29 }, 'Asia/Beirut');
    expect(zonedDate(beirut, 'Asia/Beirut')).to.deep.equal({ year: 2026, month: 3, day: 29 });
    expect(zonedDate(beirut - 1000, 'Asia/Beirut')).to.deep.equal({ year: 2026, month: 3, day: 28 });
  });

  it('takes the first of two midnights when the clocks go back over midnight', () => {
    // A wall time that happens twice (Paris, 25 October 2026, 02:30): the first one, still in summer time.
    expect(iso(instantOf(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Paris'))).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('formats a calendar date from its UTC midnight, so no zone moves it', () => {
    expect(iso(utcOf({ year: 2028, month: 2, day: 29 }))).to.equal('2028-02-29T00:00:00.000Z');
  });
});

describe('remaining time', () => {
  const paris = 'Europe/Paris';
  const left = (from: string, to: string, zone = paris) => remaining(at(from), at(to), zone);

  it('counts the day before: 14 hours from 10:00 to midnight', () => {
    expect(left('2026-07-29T10:00:00+02:00', '2026-07-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 14, minutes: 0 });
  });

  it('rounds up to the whole minute, so that it never shows zero too early', () => {
    expect(left('2026-07-29T10:00:30+02:00', '2026-07-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 14, minutes: 0 });
    expect(left('2026-07-29T23:59:30+02:00', '2026-07-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 0, minutes: 1 });
    expect(left('2026-07-29T10:01:00+02:00', '2026-07-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 13, minutes: 59 });
  });

  it('counts calendar days across the spring change; the short day shows in the hours', () => {
    // 37 real hours, but one calendar day and 14 hours, as the visitor's clock says.
    expect(left('2026-03-28T10:00:00+01:00', '2026-03-30T00:00:00+02:00')).to.deep.equal({ days: 1, hours: 14, minutes: 0 });
    // On the night of the change: 22 h 30 min of real time to the next midnight.
    expect(left('2026-03-29T00:30:00+01:00', '2026-03-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 22, minutes: 30 });
    expect(left('2026-03-29T03:30:00+02:00', '2026-03-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 20, minutes: 30 });
  });

  it('counts across the autumn change: the long day has 25 hours', () => {
    expect(left('2026-10-24T12:00:00+02:00', '2026-11-01T00:00:00+01:00')).to.deep.equal({ days: 7, hours: 12, minutes: 0 });
    expect(left('2026-10-25T00:30:00+02:00', '2026-10-26T00:00:00+01:00')).to.deep.equal({ days: 0, hours: 24, minutes: 30 });
    expect(left('2026-10-25T12:00:00+01:00', '2026-10-26T00:00:00+01:00')).to.deep.equal({ days: 0, hours: 12, minutes: 0 });
  });

  it('counts in New York and Adelaide across their changes', () => {
    expect(left('2026-03-07T12:00:00-05:00', '2026-03-09T00:00:00-04:00', 'America/New_York')).to.deep.equal({ days: 1, hours: 12, minutes: 0 });
    expect(left('2026-04-04T12:00:00+10:30', '2026-04-06T00:00:00+09:30', 'Australia/Adelaide')).to.deep.equal({ days: 1, hours: 12, minutes: 0 });
  });

  it('counts over the end of the year', () => {
    expect(left('2026-12-31T18:00:00+01:00', '2027-01-01T00:00:00+01:00')).to.deep.equal({ days: 0, hours: 6, minutes: 0 });
    expect(left('2026-12-30T23:15:00+01:00', '2027-01-01T00:00:00+01:00')).to.deep.equal({ days: 1, hours: 0, minutes: 45 });
  });

  it('says nothing is left once the moment has come', () => {
    expect(left('2026-07-30T00:00:00+02:00', '2026-07-30T00:00:00+02:00')).to.deep.equal({ days: 0, hours: 0, minutes: 0 });
  });
});

describe('which date a day counts to', () => {
  const day = (date: string) => ({ id: 'd', name: 'D', date });

  it('puts 29 February on 28 February in years without one', () => {
    expect(occurrence(2, 29, 2027)).to.deep.equal({ year: 2027, month: 2, day: 28 });
    expect(occurrence(2, 29, 2028)).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(occurrence(2, 29, 2100)).to.deep.equal({ year: 2100, month: 2, day: 28 });
    expect(occurrence(2, 29, 2000)).to.deep.equal({ year: 2000, month: 2, day: 29 });
    const s = dayState(day('--02-29'), at('2027-02-28T12:00:00+01:00'), 'Europe/Paris');
    expect(s.kind).to.equal('today');
    const next = dayState(day('--02-29'), at('2027-03-01T00:00:00+01:00'), 'Europe/Paris');
    expect(next).to.include({ kind: 'counting' });
    expect('date' in next && next.date).to.deep.equal({ year: 2028, month: 2, day: 29 });
  });

  it('is today during the whole local day, then counts to next year', () => {
    const z = 'Europe/Paris';
    expect(dayState(day('--07-30'), at('2026-07-29T23:59:59+02:00'), z).kind).to.equal('counting');
    expect(dayState(day('--07-30'), at('2026-07-30T00:00:00+02:00'), z).kind).to.equal('today');
    expect(dayState(day('--07-30'), at('2026-07-30T23:59:59+02:00'), z).kind).to.equal('today');
    const after = dayState(day('--07-30'), at('2026-07-31T00:00:00+02:00'), z);
    expect(after).to.deep.equal({ kind: 'counting', target: at('2027-07-30T00:00:00+02:00'), date: { year: 2027, month: 7, day: 30 } });
  });

  it('says a one-off day has passed', () => {
    expect(dayState(day('2025-07-30'), at('2026-01-01T00:00:00Z'), 'Europe/Paris')).to.deep.equal({
      kind: 'passed',
      date: { year: 2025, month: 7, day: 30 },
    });
  });

  it('chooses the day that is today, else the nearest', () => {
    const days = [day('--12-02'), { ...day('--07-30'), id: 'july' }, { ...day('2020-01-01'), id: 'old' }];
    expect(nearestDay(days, at('2026-08-01T12:00:00Z'), 'UTC')!.day.date).to.equal('--12-02');
    expect(nearestDay(days, at('2026-07-01T12:00:00Z'), 'UTC')!.day.id).to.equal('july');
    expect(nearestDay(days, at('2026-07-30T12:00:00Z'), 'UTC')!.state.kind).to.equal('today');
    expect(nearestDay([day('2020-01-01')], at('2026-07-30T12:00:00Z'), 'UTC')).to.equal(undefined);
  });
});
