import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brussels as fixtureBrussels, hrc47 as fixtureHrc47 } from '../test/event-card/fixtures.js';
import { DAY, HOUR, MINUTE, paris } from './support.js';

/**
 * `<coalition-event-card>`: CAP International's side event to the 47th Human Rights Council (online,
 * Zoom registration, four languages) and the Brussels conference of 11 May 2023 (in person).
 *
 * Stories run against the real clock, so the time-dependent ones build their event around the
 * moment the story loads (e.g. it starts in three days).
 */
const meta: Meta = {
  title: 'Event card',
  component: 'coalition-event-card',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const speakers = [
  { name: 'Anna Jardfelt', role: { en: 'Ambassador, Permanent Representative of Sweden to the UN in Geneva', fr: 'Ambassadrice, représentante permanente de la Suède auprès de l’ONU à Genève' } },
  { name: 'Tserenchunt Byamba-Ochir', role: { en: 'Survivor, Founder and Director of Talita Asia (Mongolia)' } },
  { name: 'Dalia Leinarte', role: { en: 'Former Chair and member of the CEDAW Committee' } },
  { name: 'Youla Haddadin', role: { en: 'Senior Advisor on Trafficking in Persons, OHCHR' } },
  { name: 'Tatiana Kotlyarenko', role: { en: 'Advisor on Anti-Trafficking Issues, OSCE/ODIHR' } },
  { name: 'Sandra Norak', role: { en: 'Survivor (Germany), Member of OSCE/ODIHR International Survivors of Trafficking Advisory Council (ISTAC)' } },
  { name: 'Anna Ekstedt', role: { en: 'Swedish Ambassador-at-Large for Combating Trafficking in Persons' } },
  { name: 'Jean-Claude Brunet', role: { en: 'French Ambassador-at-Large against Transnational Criminal Threats' } },
  { name: 'Mickey Meji', role: { en: 'Survivor, Founder of Kwanele (South Africa)' } },
  { name: 'Delphine Borione', role: { en: 'French Ambassador-at-Large for Human Rights' } },
];

/** The side event as CAP International published it: Tuesday 22 June 2021, 12 pm CEST, online. */
const hrc47 = fixtureHrc47({
  title: {
    en: 'Championing the elimination of trafficking in human beings and the exploitation of prostitution',
    fr: 'Promouvoir l’élimination de la traite des êtres humains et de l’exploitation de la prostitution',
    es: 'Promover la eliminación de la trata de seres humanos y de la explotación de la prostitución',
    de: 'Für die Beseitigung des Menschenhandels und der Ausbeutung der Prostitution',
    ar: 'مناصرة القضاء على الاتجار بالبشر واستغلال البغاء',
  },
  summary: {
    en: 'Side event parallel to the 47th Human Rights Council and the 79th CEDAW sessions. Co-sponsored by France, Iceland and Sweden, in cooperation with OHCHR and OSCE/ODIHR.',
    fr: 'Événement parallèle à la 47e session du Conseil des droits de l’homme et à la 79e session du CEDAW. Coparrainé par la France, l’Islande et la Suède, en coopération avec le HCDH et l’OSCE/BIDDH.',
  },
  url: 'https://www.cap-international.org/',
  speakers,
});

/** The Brussels conference of the Samilia Foundation and Stand Speak Rise Up!, in person. */
const brussels = fixtureBrussels({
  summary: {
    en: 'An afternoon of study on sexual violence against women during armed conflicts, and on sexual trafficking.',
    fr: 'Un après-midi d’étude sur les violences sexuelles faites aux femmes pendant les conflits armés et sur la traite sexuelle.',
  },
  location: { city: { en: 'Brussels', fr: 'Bruxelles', de: 'Brüssel', es: 'Bruselas', ar: 'بروكسل' }, country: 'BE' },
});

const feed = (...events: object[]) => ({
  version: 1,
  defaultLocale: 'en',
  coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
  events,
});

/** The side event moved around now: `startIn` from now, registration closing `closesIn` from now. */
function shifted(startIn: number, closesIn = startIn - HOUR, extra: object = {}) {
  const start = Date.now() + startIn;
  return {
    ...hrc47,
    start: paris(start),
    end: paris(start + 90 * MINUTE),
    registration: { ...hrc47.registration, closes: paris(Date.now() + closesIn) },
    ...extra,
  };
}

const card = (data: object, event?: string) =>
  html`<coalition-event-card style="max-inline-size: 40rem" .feedData=${data} event=${ifDefined(event)}></coalition-event-card>`;

/** Registration open: the Register link is the main action; "Starts in 3 days". */
export const Upcoming: Story = { render: () => card(feed(shifted(3 * DAY))) };

/** Registration has closed an hour before the start: "Registration closed" instead of the link. */
export const RegistrationClosed: Story = { render: () => card(feed(shifted(30 * MINUTE, -30 * MINUTE))) };

/** Under way: "Happening now". */
export const Live: Story = { render: () => card(feed(shifted(-20 * MINUTE))) };

/** Over: "This event has ended", no actions. */
export const Ended: Story = { render: () => card(feed(shifted(-3 * DAY))) };

/** In person, ten days ahead: the city and the country's name in the visitor's language. */
export const InPerson: Story = {
  render: () =>
    card(
      feed({
        ...brussels,
        start: paris(Date.now() + 10 * DAY),
        end: paris(Date.now() + 10 * DAY + 4 * HOUR),
        location: { ...brussels.location, name: 'European Parliament' },
      }),
    ),
};

/** The Brussels conference as it happened, on 11 May 2023 (now in the past, so marked as ended). */
export const InPersonPast: Story = { render: () => card(feed(brussels), 'brussels-conference-2023') };

/** Online: the real HRC47 side event of 22 June 2021, 12:00 CEST (now in the past). */
export const Online: Story = { render: () => card(feed(hrc47), 'hrc47-side-event') };

/** Today's date placed a week ahead in the visitor's zone of choice: try the time-zone toolbar. */
export const OtherTimeZone: Story = {
  render: () =>
    html`<coalition-event-card
      style="max-inline-size: 40rem"
      data-keep-zone
      time-zone="Pacific/Kiritimati"
      .feedData=${feed(shifted(7 * DAY))}
    ></coalition-event-card>`,
};

/** A very long title, with no summary, speakers or languages. */
export const LongTitle: Story = {
  render: () =>
    card(
      feed({
        ...shifted(10 * DAY),
        title:
          'Sexual trafficking: from armed conflict zones to exploitation in the destination country via migration routes — international and regional conventions, the obligations of States to prosecute and try perpetrators, and international humanitarian law',
        summary: undefined,
        speakers: undefined,
      }),
    ),
};

/** A whole day across two dates, in the event's zone and the visitor's. */
export const MultiDay: Story = {
  render: () =>
    card(
      feed({
        ...brussels,
        start: paris(Date.now() + 20 * DAY),
        end: paris(Date.now() + 21 * DAY + 3 * HOUR),
        registration: { url: 'https://www.cap-international.org/' },
      }),
    ),
};

/** Many organisers: the first five, and the rest behind "Show all organisers". */
export const ManyOrganisers: Story = {
  render: () =>
    card(
      feed({
        ...shifted(4 * DAY),
        speakers: undefined,
        organisers: ['CAP International', 'Samilia Foundation', 'Stand Speak Rise Up!', 'Mouvement du Nid', 'Equality Now', 'Talita Asia', 'Kwanele', 'CAP Nigeria'],
      }),
    ),
};

/** No registration in the feed: no link and no "Registration closed"; Add to calendar stays. */
export const NoRegistration: Story = { render: () => card(feed({ ...shifted(5 * DAY), registration: undefined })) };

/** Without `event`: the next event that has not ended. */
export const NextEvent: Story = { render: () => card(feed(hrc47, brussels, shifted(12 * DAY, 11 * DAY, { id: 'next' }))) };

export const English: Story = { render: () => card(feed(shifted(3 * DAY))), globals: { locale: 'en' } };
export const French: Story = { render: () => card(feed(shifted(3 * DAY))), globals: { locale: 'fr' } };
export const Spanish: Story = { render: () => card(feed(shifted(3 * DAY))), globals: { locale: 'es' } };
export const German: Story = { render: () => card(feed(shifted(3 * DAY))), globals: { locale: 'de' } };
export const Arabic: Story = { render: () => card(feed(shifted(3 * DAY))), globals: { locale: 'ar' } };

/** Right to left with text in English (no Arabic in the feed): each piece keeps its direction. */
export const RightToLeft: Story = {
  render: () => card(feed({ ...brussels, start: paris(Date.now() + 2 * DAY), end: paris(Date.now() + 2 * DAY + 4 * HOUR) })),
  globals: { locale: 'ar', dir: 'rtl' },
};

const SILENT_FEED = 'https://feeds.example.org/event-card-story/silent.json';

/**
 * Makes the preview's `fetch` leave {@link SILENT_FEED} unanswered (until the loader gives up), as a
 * slow server would; every other request goes through untouched.
 */
function silenceFeed(): void {
  const original = window.fetch as typeof window.fetch & { silenced?: boolean };
  if (original.silenced) return;
  const silenced = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== SILENT_FEED) return original(input, init);
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    },
    { silenced: true },
  );
  window.fetch = silenced;
}

/** While the feed loads: the card's room is kept, so the page does not jump (the feed here does not answer for 15 s). */
export const Loading: Story = {
  render: () => {
    silenceFeed();
    return html`<coalition-event-card style="max-inline-size: 40rem" feed=${SILENT_FEED}></coalition-event-card>`;
  },
};

/** The feed cannot be loaded: a message and the page's own fallback link. */
export const FeedError: Story = {
  name: 'Error',
  render: () =>
    html`<coalition-event-card style="max-inline-size: 40rem" feed="https://feeds.invalid/feed.json">
      <a href="https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg">Register for the side event</a>
    </coalition-event-card>`,
};

/** An id the feed does not have: the translated "not found" message. */
export const NotFound: Story = { render: () => card(feed(hrc47), 'no-such-event') };
