import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { zonedDate } from '../src/base/zoned.js';
import { sideEvent, worldDay } from '../test/countdown/fixtures.js';
import { DAY, HOUR, MINUTE } from './support.js';

/**
 * `<coalition-countdown>`: the UN World Day against Trafficking in Persons on 30 July, which every
 * member site of the coalition counts down to together, and CAP International's side event to the
 * 47th Human Rights Council.
 *
 * Stories run against the real clock, so the time-dependent ones build their day or event around
 * the moment the story loads, in the time zone of the toolbar (or this computer's).
 */
const meta: Meta = {
  title: 'Countdown',
  component: 'coalition-countdown',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const abolitionDay = {
  id: 'abolition-of-slavery',
  name: {
    en: 'International Day for the Abolition of Slavery',
    fr: 'Journée internationale pour l’abolition de l’esclavage',
    es: 'Día Internacional para la Abolición de la Esclavitud',
    de: 'Internationaler Tag für die Abschaffung der Sklaverei',
    ar: 'اليوم الدولي لإلغاء الرق',
  },
  date: '--12-02',
  url: 'https://www.un.org/en/observances/slavery-abolition-day',
};

/** The side event as CAP International published it: Tuesday 22 June 2021, 12 pm CEST, online. */
const hrc47 = {
  ...sideEvent,
  title: {
    en: 'Championing the elimination of trafficking in human beings and the exploitation of prostitution',
    fr: 'Promouvoir l’élimination de la traite des êtres humains et de l’exploitation de la prostitution',
    ar: 'مناصرة القضاء على الاتجار بالبشر واستغلال البغاء',
  },
  url: 'https://www.cap-international.org/',
};

const feed = (awarenessDays: object[] = [worldDay, abolitionDay], events: object[] = [hrc47]) => ({
  version: 1,
  defaultLocale: 'en',
  coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
  awarenessDays,
  events,
});

/** The zone the element counts in: the toolbar's, else this computer's. */
function zoneOf(context: StoryContext): string {
  return (context.globals.timeZone as string) || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A yearly date (`--MM-DD`) `days` from today in the element's zone. */
function yearly(days: number, context: StoryContext): string {
  const d = zonedDate(Date.now() + days * DAY, zoneOf(context));
  return `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The side event moved around now: starting `startIn` from now, lasting 90 minutes. */
const shifted = (startIn: number) => ({
  ...hrc47,
  start: new Date(Date.now() + startIn).toISOString(),
  end: new Date(Date.now() + startIn + 90 * MINUTE).toISOString(),
});

const countdown = (data: object, { day, event }: { day?: string; event?: string } = {}) =>
  html`<coalition-countdown style="max-inline-size: 36rem" .feedData=${data} day=${ifDefined(day)} event=${ifDefined(event)}></coalition-countdown>`;

/** Days, hours and minutes to the start of 30 July in the visitor's time zone, with the day's link. */
export const Counting: Story = { render: () => countdown(feed(), { day: worldDay.id }) };

/** The day after tomorrow: "1 day" in the singular, with hours and minutes. */
export const OneDayLeft: Story = {
  render: (_, context) => countdown(feed([{ ...worldDay, date: yearly(2, context) }]), { day: worldDay.id }),
};

/** On the day itself, the whole local day: "Today is …" with the day's link. */
export const Today: Story = {
  render: (_, context) => countdown(feed([{ ...worldDay, date: yearly(0, context) }]), { day: worldDay.id }),
};

/** `event="ID"`: counting down to an event's start, with its date and time in the visitor's zone. */
export const EventCountdown: Story = {
  render: () => countdown(feed([], [shifted(3 * DAY + 5 * HOUR)]), { event: hrc47.id }),
};

/** An event under way: "Happening now", with its link. */
export const EventHappeningNow: Story = { render: () => countdown(feed([], [shifted(-20 * MINUTE)]), { event: hrc47.id }) };

/** An event that is over (the real side event of 22 June 2021). */
export const EventEnded: Story = { render: () => countdown(feed(), { event: hrc47.id }) };

/** A one-off date (`YYYY-MM-DD`) that has passed says so, and nothing counts any more. */
export const OneOffPassed: Story = {
  render: () => countdown(feed([{ ...worldDay, date: '2025-07-30' }]), { day: worldDay.id }),
};

/** Without `day` or `event`: the nearest upcoming awareness day of the feed. */
export const NearestDay: Story = { render: () => countdown(feed()) };

/** A day of 29 February falls on 28 February in years without one. */
export const LeapDay: Story = {
  render: () => countdown(feed([{ id: 'rare-disease-day', name: 'Rare Disease Day', date: '--02-29' }]), { day: 'rare-disease-day' }),
};

export const French: Story = { render: () => countdown(feed(), { day: worldDay.id }), globals: { locale: 'fr' } };
export const Spanish: Story = { render: () => countdown(feed(), { day: worldDay.id }), globals: { locale: 'es' } };
export const German: Story = { render: () => countdown(feed(), { day: worldDay.id }), globals: { locale: 'de' } };
/** Arabic, right to left; its dual ("يومان") shows on two days left. */
export const Arabic: Story = {
  render: (_, context) => countdown(feed([{ ...worldDay, date: yearly(3, context) }]), { day: worldDay.id }),
  globals: { locale: 'ar' },
};
export const ArabicToday: Story = {
  render: (_, context) => countdown(feed([{ ...worldDay, date: yearly(0, context) }]), { day: worldDay.id }),
  globals: { locale: 'ar' },
};

/** Right to left with the name in English only (the feed has no Arabic): the name keeps its direction. */
export const RightToLeft: Story = {
  render: () => countdown(feed([{ ...abolitionDay, name: { en: abolitionDay.name.en } }]), { day: abolitionDay.id }),
  globals: { locale: 'ar', dir: 'rtl' },
};

/** A very long name, in a narrow column. */
export const LongName: Story = {
  render: () =>
    html`<coalition-countdown
      style="max-inline-size: 20rem"
      .feedData=${feed([
        {
          id: 'long',
          name: 'International Day for the Remembrance of the Slave Trade and its Abolition, and of the victims of trafficking in human beings for the purpose of sexual exploitation and forced labour',
          date: '--08-23',
        },
      ])}
      day="long"
    ></coalition-countdown>`,
};

/** While the feed loads: the countdown's room is kept, so the page does not jump. */
export const Loading: Story = {
  render: () => html`<coalition-countdown style="max-inline-size: 36rem" feed="./never-answers.json" day=${worldDay.id}></coalition-countdown>`,
};

/** The feed cannot be loaded: a message and the page's own fallback content. */
export const FeedError: Story = {
  name: 'Error',
  render: () =>
    html`<coalition-countdown style="max-inline-size: 36rem" feed="https://feeds.invalid/feed.json" day=${worldDay.id}>
      <a href="https://www.un.org/en/observances/end-human-trafficking-day">30 July: World Day against Trafficking in Persons</a>
    </coalition-countdown>`,
};

/** An id the feed does not have: the translated "not found" message naming it. */
export const NotFound: Story = { render: () => countdown(feed(), { day: 'no-such-day' }) };

/** A feed whose only awareness day is a one-off that has passed. */
export const NoDayToCountTo: Story = { render: () => countdown(feed([{ ...worldDay, date: '2020-07-30' }])) };
