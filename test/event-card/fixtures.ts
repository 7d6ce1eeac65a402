/** Feeds for the event card's tests, from the seeds' facts (CAP International's HRC47 side event, the Brussels conference). */

export const HRC47_SPEAKERS = [
  { name: 'Anna Jardfelt', role: { en: 'Ambassador, Permanent Representative of Sweden to the UN in Geneva', fr: 'Ambassadrice, représentante permanente de la Suède auprès de l’ONU à Genève' } },
  { name: 'Tserenchunt Byamba-Ochir', role: { en: 'Survivor, Founder and Director of Talita Asia (Mongolia)' } },
  { name: 'Dalia Leinarte', role: { en: 'Former Chair and member of CEDAW Committee' } },
  { name: 'Youla Haddadin', role: { en: 'Senior Advisor on Trafficking in Persons, OHCHR' } },
  { name: 'Tatiana Kotlyarenko', role: { en: 'Advisor on Anti-Trafficking Issues, OSCE/ODIHR' } },
  { name: 'Sandra Norak', role: { en: 'Survivor (Germany), Member of the OSCE/ODIHR International Survivors of Trafficking Advisory Council' } },
  { name: 'Anna Ekstedt', role: { en: 'Swedish Ambassador-at-Large for Combating Trafficking in Persons' } },
  { name: 'Jean-Claude Brunet', role: { en: 'French Ambassador-at-Large against Transnational Criminal Threats' } },
  { name: 'Mickey Meji', role: { en: 'Survivor, Founder of Kwanele (South Africa)' } },
  { name: 'Delphine Borione', role: { en: 'French Ambassador-at-Large for Human Rights' } },
];

export const REGISTER_URL = 'https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg';

/** Tuesday 22 June 2021, 12 pm CEST, online, with a REGISTER NOW link (seed 004). */
export function hrc47(overrides: Record<string, unknown> = {}) {
  return {
    id: 'hrc47-side-event',
    title: {
      en: 'Championing the elimination of trafficking in human beings and the exploitation of prostitution',
      fr: 'Promouvoir l’élimination de la traite des êtres humains et de l’exploitation de la prostitution',
      ar: 'مناصرة القضاء على الاتجار بالبشر واستغلال البغاء',
    },
    summary: {
      en: 'Side event parallel to the 47th Human Rights Council and the 79th CEDAW sessions, co-sponsored by France, Iceland and Sweden.',
      fr: 'Événement parallèle à la 47e session du Conseil des droits de l’homme et à la 79e session du CEDAW.',
    },
    start: '2021-06-22T12:00:00+02:00',
    end: '2021-06-22T13:30:00+02:00',
    timeZone: 'Europe/Paris',
    online: true,
    languages: ['en', 'fr', 'es', 'de'],
    registration: { url: REGISTER_URL, closes: '2021-06-22T11:00:00+02:00' },
    url: 'https://www.cap-international.org/activity/hrc47-side-event/',
    organisers: ['CAP International'],
    speakers: HRC47_SPEAKERS,
    ...overrides,
  };
}

/** 11 May 2023, Brussels, in person (seed 000). */
export function brussels(overrides: Record<string, unknown> = {}) {
  return {
    id: 'brussels-conference-2023',
    title: {
      en: 'Sexual trafficking: from armed conflict zones to exploitation in the destination country via migration routes',
      fr: 'La traite sexuelle : des zones de conflit armé à l’exploitation dans le pays de destination via les routes migratoires',
    },
    start: '2023-05-11T13:30:00+02:00',
    end: '2023-05-11T17:30:00+02:00',
    timeZone: 'Europe/Brussels',
    location: { city: { en: 'Brussels', fr: 'Bruxelles' }, country: 'BE' },
    languages: ['fr', 'en'],
    organisers: ['Samilia Foundation', 'Stand Speak Rise Up!'],
    ...overrides,
  };
}

export function feedWith(events: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    defaultLocale: 'en',
    coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
    events,
    ...extra,
  };
}
