/** Time helpers shared by the stories that build their feeds around the moment they load. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An ISO date-time with the offset of Paris at that instant (+01:00 or +02:00), on a quarter hour. */
export function paris(ms: number): string {
  const t = Math.round(ms / (15 * MINUTE)) * 15 * MINUTE;
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(t)
    .find((p) => p.type === 'timeZoneName')!.value;
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return new Date(t + minutes * MINUTE).toISOString().slice(0, 16) + ':00' + offset;
}
