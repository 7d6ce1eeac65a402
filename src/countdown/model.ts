/**
 * What a countdown shows at a given instant, in a given time zone: pure functions of the feed's
 * entries, the instant and the zone, so that they can be tested without an element.
 */
import type { AwarenessDay, CoalitionEvent } from '../feed/types.js';
import { type CivilDate, compareDates, isLeapYear, startOfDay, zonedDate } from '../base/zoned.js';

/** An event without `end` is taken to last one hour (as the event card does). */
const DEFAULT_EVENT_LENGTH = 60 * 60_000;

export type CountdownState =
  /** Before the day (or event): counting down to `target`, the instant it begins. */
  | { kind: 'counting'; target: number; date: CivilDate }
  /** During the whole local day of an awareness day. */
  | { kind: 'today'; target: number; date: CivilDate }
  /** A one-off day (`YYYY-MM-DD`) that is over. */
  | { kind: 'passed'; date: CivilDate }
  /** An event between its start and its end. */
  | { kind: 'live'; target: number; end: number }
  /** An event that has ended. */
  | { kind: 'ended'; target: number };

/** `--07-30` → `{ month: 7, day: 30 }`; `2026-07-30` → with `year: 2026`. */
export function parseDayDate(value: string): { year?: number; month: number; day: number } {
  const [, y, m, d] = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value) ?? [];
  return { year: y && y !== '-' ? Number(y) : undefined, month: Number(m), day: Number(d) };
}

/**
 * The date of a yearly day in `year`. A day of 29 February (`--02-29`) falls on 28 February in years
 * without one, so that it is marked every year, on the last day of February.
 */
export function occurrence(month: number, day: number, year: number): CivilDate {
  if (month === 2 && day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 };
  return { year, month, day };
}

/**
 * The state of an awareness day at instant `t` in `zone`. A yearly day (`--MM-DD`) is "today" during
 * the whole of that local date, then counts to its next occurrence; a one-off day has passed after it.
 */
export function dayState(day: AwarenessDay, t: number, zone: string): CountdownState {
  const today = zonedDate(t, zone);
  const { year, month, day: d } = parseDayDate(day.date);
  const dates = year === undefined ? [occurrence(month, d, today.year), occurrence(month, d, today.year + 1)] : [{ year, month, day: d }];
  for (const date of dates) {
    const cmp = compareDates(date, today);
    if (cmp === 0) return { kind: 'today', target: startOfDay(date, zone), date };
    if (cmp > 0) return { kind: 'counting', target: startOfDay(date, zone), date };
  }
  return { kind: 'passed', date: dates[0] };
}

/** The instant an event ends: its `end`, or an hour after its start. */
export function eventEnd(event: CoalitionEvent): number {
  return event.end ? Date.parse(event.end) : Date.parse(event.start) + DEFAULT_EVENT_LENGTH;
}

/** The state of an event at instant `t`: counting to its start, happening now, or ended. */
export function eventState(event: CoalitionEvent, t: number, zone: string): CountdownState {
  const start = Date.parse(event.start);
  const end = eventEnd(event);
  if (t < start) return { kind: 'counting', target: start, date: zonedDate(start, zone) };
  if (t < end) return { kind: 'live', target: start, end };
  return { kind: 'ended', target: start };
}

/**
 * The awareness day to show when none is named: the one that is today, else the one that comes
 * first; `undefined` when every day of the feed is a one-off that has passed.
 */
export function nearestDay(days: AwarenessDay[], t: number, zone: string): { day: AwarenessDay; state: CountdownState } | undefined {
  let best: { day: AwarenessDay; state: CountdownState } | undefined;
  const rank = (s: CountdownState) => (s.kind === 'today' ? -Infinity : s.kind === 'counting' ? s.target : Infinity);
  for (const day of days) {
    const state = dayState(day, t, zone);
    if (state.kind === 'passed') continue;
    if (!best || rank(state) < rank(best.state)) best = { day, state };
  }
  return best;
}
