/** Feeds for the countdown's tests, from the seeds' facts: the UN World Day against Trafficking in Persons (30 July) and the HRC47 side event. */
export const WORLD_DAY_URL = 'https://www.un.org/en/observances/end-human-trafficking-day';

export const worldDay = {
  id: 'world-day-against-trafficking',
  name: {
    en: 'World Day against Trafficking in Persons',
    fr: 'Journée mondiale de la lutte contre la traite d’êtres humains',
    es: 'Día Mundial contra la Trata de Personas',
    de: 'Welttag gegen Menschenhandel',
    ar: 'اليوم العالمي لمناهضة الاتجار بالأشخاص',
  },
  date: '--07-30',
  url: WORLD_DAY_URL,
};

export const sideEvent = {
  id: 'hrc47-side-event',
  title: { en: 'Championing the elimination of trafficking in human beings' },
  start: '2021-06-22T12:00:00+02:00',
  end: '2021-06-22T13:30:00+02:00',
  timeZone: 'Europe/Paris',
  online: true,
  url: 'https://www.cap-international.org/activity/hrc47-side-event/',
};

type Day = { id: string; name: unknown; date: string; url?: string };
type Ev = { id: string; title: unknown; start: string; end?: string; url?: string };

export function countdownFeed(days: Day[] = [worldDay], events: Ev[] = [sideEvent]) {
  return { version: 1, defaultLocale: 'en', coalition: { name: 'CAP International' }, awarenessDays: days, events };
}
