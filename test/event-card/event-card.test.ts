import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { clockRunning, setNow } from '../../src/controllers/clock.js';
import type { CoalitionEventCard } from '../../src/event-card/define.js';
import '../../src/event-card/define.js';
import type { RegisterEvent } from '../../src/events.js';
import { setupLocalization } from '../../src/i18n/locale.js';
import { at, restorePage, resetPage, setLocale, shadow, squash, textOf } from '../helpers.js';
import { brussels, feedWith, hrc47, REGISTER_URL } from './fixtures.js';

setupLocalization();

const whenTimes = (el: Element) => [...shadow(el).querySelectorAll('[part=when] time')].map((t) => squash(t.textContent));
const jsonLdOf = (el: Element) => el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');

/** Clicks Add to calendar and returns the text of the file it offers, without a real download. */
async function downloadedIcs(el: Element): Promise<string> {
  const create = sinon.stub(URL, 'createObjectURL').returns('blob:test-ics');
  const revoke = sinon.stub(URL, 'revokeObjectURL');
  const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
  try {
    shadow(el).querySelector<HTMLButtonElement>('button[part=calendar]')!.click();
    return await (create.firstCall.args[0] as Blob).text();
  } finally {
    create.restore();
    revoke.restore();
    click.restore();
  }
}

interface Options {
  event?: string;
  zone?: string;
  noJsonLd?: boolean;
}

async function card(feed: unknown, { event, zone, noJsonLd }: Options = {}) {
  return fixture<CoalitionEventCard>(
    html`<coalition-event-card
      .feedData=${feed}
      event=${ifDefined(event)}
      time-zone=${ifDefined(zone)}
      ?no-json-ld=${noJsonLd ?? false}
    ></coalition-event-card>`,
  );
}

describe('<coalition-event-card>', () => {
  beforeEach(() => {
    resetPage();
    at('2021-06-19T12:00:00+02:00');
  });

  afterEach(() => restorePage({ clock: true }));

  describe('an upcoming event with registration open (seed 004)', () => {
    it('shows its title, summary, status, languages, organisers and a Register link', async () => {
      const el = await card(feedWith([hrc47()]));
      expect(textOf(el, '[part=title]')).to.equal(
        'Championing the elimination of trafficking in human beings and the exploitation of prostitution',
      );
      expect(shadow(el).querySelector('[part=title] a')!.getAttribute('href')).to.equal(
        'https://www.cap-international.org/activity/hrc47-side-event/',
      );
      expect(textOf(el, '[part=summary]')).to.contain('47th Human Rights Council');
      expect(textOf(el, '[part=status]')).to.equal('Starts in 3 days');
      expect(textOf(el, '[part=where] dd')).to.equal('Online');
      expect(textOf(el, '[part=languages] dd')).to.equal('English, French, Spanish, and German');
      expect(textOf(el, '[part=people]')).to.contain('Organised by CAP International');
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=register]')!;
      expect(link.getAttribute('href')).to.equal(REGISTER_URL);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(shadow(el).querySelector('[part=registration-closed]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('gives the Register link an accessible name with the title, starting with what it shows', async () => {
      const el = await card(feedWith([hrc47()]));
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=register]')!;
      // The accessible name of a link without aria-label: its text, minus what is aria-hidden.
      const name = squash(
        [...link.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.getAttribute('aria-hidden') !== 'true'))
          .map((n) => n.textContent)
          .join(''),
      );
      expect(link.hasAttribute('aria-label')).to.equal(false);
      expect(name).to.equal(
        'Register: Championing the elimination of trafficking in human beings and the exploitation of prostitution (opens in a new tab)',
      );
      const visible = [...link.children].filter((c) => c.checkVisibility() && !c.classList.contains('visually-hidden'));
      expect(squash(link.textContent)).to.match(/^Register↗/);
      expect(visible.length).to.equal(1); // the arrow; the title is for screen readers
    });

    it('fires coalition-register with the event and the URL, and lets the link open', async () => {
      const el = await card(feedWith([hrc47()]));
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=register]')!;
      let prevented: boolean | undefined;
      // Runs after the card's own handler; stops the real navigation only in the test.
      const stop = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      };
      window.addEventListener('click', stop);
      try {
        setTimeout(() => link.click());
        const event = (await oneEvent(el, 'coalition-register')) as RegisterEvent;
        expect(event.detail).to.deep.equal({ event: 'hrc47-side-event', url: REGISTER_URL });
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        await aTimeout(0);
        expect(prevented).to.equal(false);
      } finally {
        window.removeEventListener('click', stop);
      }
    });

    it('shows HTML in feed text as text', async () => {
      const el = await card(feedWith([hrc47({ title: '<img src=x onerror="window.hacked=1">Side <b>event</b>' })]));
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(textOf(el, '[part=title]')).to.equal('<img src=x onerror="window.hacked=1">Side <b>event</b>');
    });
  });

  describe('status over time', () => {
    const states: [string, string, string, boolean, boolean][] = [
      // now, status text, registration, link?, calendar?
      ['2021-06-19T12:00:00+02:00', 'Starts in 3 days', 'open', true, true],
      ['2021-06-21T12:00:00+02:00', 'Starts tomorrow', 'open', true, true],
      ['2021-06-22T10:30:00+02:00', 'Starts in 2 hours', 'open', true, true],
      ['2021-06-22T11:30:00+02:00', 'Starts in 30 minutes', 'closed', false, true],
      ['2021-06-22T12:30:00+02:00', 'Happening now', 'closed', false, true],
      ['2021-06-22T13:31:00+02:00', 'This event has ended', 'none', false, false],
    ];
    for (const [now, status, registration, link, calendar] of states) {
      it(`at ${now}: "${status}", registration ${registration}`, async () => {
        at(now);
        const el = await card(feedWith([hrc47()]));
        expect(textOf(el, '[part=status]')).to.equal(status);
        expect(!!shadow(el).querySelector('a[part=register]')).to.equal(link);
        expect(textOf(el, '[part=registration-closed]')).to.equal(registration === 'closed' ? 'Registration closed' : '');
        expect(!!shadow(el).querySelector('button[part=calendar]')).to.equal(calendar);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the new status when it renders at a later time', async () => {
      const el = await card(feedWith([hrc47()]));
      expect(textOf(el, '[part=status]')).to.equal('Starts in 3 days');
      at('2021-06-22T12:30:00+02:00');
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('Happening now');
    });

    it('updates by itself on the shared clock: registration closes, the event starts, then ends', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2021-06-22T10:58:30+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow(); // now() is Date.now(), which the fake clock drives
      const el = await card(feedWith([hrc47()]));
      expect(textOf(el, '[part=status]')).to.equal('Starts in 1 hour');
      expect(shadow(el).querySelector('a[part=register]')).to.not.equal(null);
      expect(clockRunning()).to.equal(true);

      await clock.tickAsync(2 * 60_000);
      await el.updateComplete;
      expect(shadow(el).querySelector('a[part=register]')).to.equal(null);
      expect(textOf(el, '[part=registration-closed]')).to.equal('Registration closed');

      await clock.tickAsync(10 * 60_000);
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('Starts in 50 minutes');

      await clock.tickAsync(60 * 60_000);
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('Happening now');

      await clock.tickAsync(80 * 60_000);
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('This event has ended');
      // Nothing left to update: the shared timer stops.
      expect(clockRunning()).to.equal(false);
    });

    it('closes registration at the start when the feed gives no closing time', async () => {
      const event = hrc47({ registration: { url: REGISTER_URL } });
      at('2021-06-22T11:59:00+02:00');
      const el = await card(feedWith([event]));
      expect(shadow(el).querySelector('a[part=register]')).to.not.equal(null);
      at('2021-06-22T12:00:00+02:00');
      await el.updateComplete;
      expect(shadow(el).querySelector('a[part=register]')).to.equal(null);
      expect(textOf(el, '[part=registration-closed]')).to.equal('Registration closed');
      expect(textOf(el, '[part=status]')).to.equal('Happening now');
      await expect(el).to.be.accessible();
    });

    it('follows a change of the shared clock without being asked to render', async () => {
      const el = await card(feedWith([hrc47()]));
      expect(textOf(el, '[part=status]')).to.equal('Starts in 3 days');
      // setNow() ticks the shared clock: every card on it renders again, nothing else is called.
      at('2021-06-22T12:30:00+02:00');
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('Happening now');
      at('2021-06-22T13:30:00+02:00');
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('This event has ended');
      expect(shadow(el).querySelector('.actions')).to.equal(null);
    });

    it('takes an event without an end to last one hour', async () => {
      at('2021-06-22T12:59:00+02:00');
      const el = await card(feedWith([hrc47({ end: undefined })]));
      expect(textOf(el, '[part=status]')).to.equal('Happening now');
      expect(whenTimes(el)[0]).to.equal('Tuesday, June 22, 2021 at 12:00 PM CEST');
      at('2021-06-22T13:00:00+02:00');
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('This event has ended');
    });

    it('has no Register link nor "Registration closed" when the event has no registration', async () => {
      const el = await card(feedWith([hrc47({ registration: undefined })]));
      expect(shadow(el).querySelector('[part=register], [part=registration-closed]')).to.equal(null);
      expect(shadow(el).querySelector('button[part=calendar]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('times in the event’s zone and the visitor’s', () => {
    const cases: [string, string][] = [
      ['America/New_York', 'Tuesday, June 22, 2021, 6:00 – 7:30 AM EDT'],
      ['Asia/Kolkata', 'Tuesday, June 22, 2021, 3:30 – 5:00 PM IST'],
      ['Australia/Adelaide', 'Tuesday, June 22, 2021, 7:30 – 9:00 PM ACST'],
      ['Pacific/Kiritimati', 'Wednesday, June 23, 2021, 12:00 – 1:30 AM GMT+14'],
      // 45-minute offsets.
      ['Asia/Kathmandu', 'Tuesday, June 22, 2021, 3:45 – 5:15 PM GMT+5:45'],
      ['Australia/Eucla', 'Tuesday, June 22, 2021, 6:45 – 8:15 PM ACWST'],
    ];
    for (const [zone, local] of cases) {
      it(`in ${zone}`, async () => {
        const el = await card(feedWith([hrc47()]), { zone });
        expect(whenTimes(el)).to.deep.equal(['Tuesday, June 22, 2021, 12:00 – 1:30 PM CEST', local]);
        expect(textOf(el, '[part=when] .label')).to.equal('In your time zone');
        const times = shadow(el).querySelectorAll('[part=when] time');
        expect(times[0].getAttribute('datetime')).to.equal('2021-06-22T12:00:00+02:00');
        expect(Date.parse(times[1].getAttribute('datetime')!)).to.equal(Date.parse('2021-06-22T10:00:00Z'));
        await expect(el).to.be.accessible();
      });
    }

    it('writes one time only when the visitor is in the event’s zone (Europe/Paris)', async () => {
      const el = await card(feedWith([hrc47()]), { zone: 'Europe/Paris' });
      expect(whenTimes(el)).to.deep.equal(['Tuesday, June 22, 2021, 12:00 – 1:30 PM CEST']);
      expect(shadow(el).querySelector('[part=when] .label')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follows the browser’s own time zone when no time-zone is set', async () => {
      await executeServerCommand('emulate-timezone', { zone: 'America/New_York' });
      const el = await card(feedWith([hrc47()]));
      expect(whenTimes(el)[1]).to.equal('Tuesday, June 22, 2021, 6:00 – 7:30 AM EDT');
      await executeServerCommand('emulate-timezone', { zone: 'Asia/Kolkata' });
      el.requestUpdate();
      await el.updateComplete;
      expect(whenTimes(el)[1]).to.equal('Tuesday, June 22, 2021, 3:30 – 5:00 PM IST');
    });

    it('knows Adelaide’s summer time (+10:30) in January', async () => {
      at('2022-01-01T00:00:00Z');
      const el = await card(feedWith([hrc47({ start: '2022-01-18T12:00:00+01:00', end: '2022-01-18T13:30:00+01:00' })]), {
        zone: 'Australia/Adelaide',
      });
      expect(whenTimes(el)).to.deep.equal([
        'Tuesday, January 18, 2022, 12:00 – 1:30 PM CET',
        'Tuesday, January 18, 2022, 9:30 – 11:00 PM ACDT',
      ]);
    });

    it('is right across a daylight-saving change (Paris, 27 March 2022)', async () => {
      at('2022-03-01T00:00:00Z');
      // 1:30 CET to 3:30 CEST is one hour: the clocks went forward at 2:00.
      const event = hrc47({ start: '2022-03-27T01:30:00+01:00', end: '2022-03-27T03:30:00+02:00' });
      const el = await card(feedWith([event]), { zone: 'America/New_York' });
      expect(whenTimes(el)).to.deep.equal([
        'Sunday, March 27, 2022 at 1:30 AM CET – 3:30 AM CEST',
        'Saturday, March 26, 2022, 8:30 – 9:30 PM EDT',
      ]);
      // The calendar file has the real length of one hour.
      const ics = await downloadedIcs(el);
      expect(ics).to.contain('\r\nDTSTART:20220327T003000Z\r\n');
      expect(ics).to.contain('\r\nDTEND:20220327T013000Z\r\n');
      await expect(el).to.be.accessible();
    });

    it('is right when the clocks go back in the southern hemisphere (Adelaide, 3 April 2022)', async () => {
      at('2022-03-01T00:00:00Z');
      // 1:30 ACDT to 2:30 ACST is two hours: at 3:00 the clocks went back to 2:00.
      const event = hrc47({ start: '2022-04-03T01:30:00+10:30', end: '2022-04-03T02:30:00+09:30', timeZone: 'Australia/Adelaide' });
      const el = await card(feedWith([event]), { zone: 'Europe/Paris' });
      expect(whenTimes(el)).to.deep.equal([
        'Sunday, April 3, 2022 at 1:30 AM ACDT – 2:30 AM ACST',
        'Saturday, April 2, 2022, 5:00 – 7:00 PM CEST',
      ]);
      const ics = await downloadedIcs(el);
      expect(ics).to.contain('\r\nDTSTART:20220402T150000Z\r\n');
      expect(ics).to.contain('\r\nDTEND:20220402T170000Z\r\n');
    });

    it('counts days in the visitor’s calendar across a daylight-saving change', async () => {
      // 71 hours before, because the clocks went forward on the Sunday: still "in 3 days".
      at('2022-03-25T12:00:00+01:00');
      const el = await card(feedWith([hrc47({ start: '2022-03-28T12:00:00+02:00', end: '2022-03-28T13:00:00+02:00' })]), {
        zone: 'Europe/Paris',
      });
      expect(textOf(el, '[part=status]')).to.equal('Starts in 3 days');
    });

    it('shows a multi-day event as a range, each end with its own offset', async () => {
      at('2022-03-01T00:00:00Z');
      const event = hrc47({ start: '2022-03-26T10:00:00+01:00', end: '2022-03-27T17:00:00+02:00' });
      const el = await card(feedWith([event]), { zone: 'Asia/Kolkata' });
      expect(whenTimes(el)).to.deep.equal([
        'Saturday, March 26, 2022 at 10:00 AM CET – Sunday, March 27, 2022 at 5:00 PM CEST',
        'Saturday, March 26, 2022 at 2:30 PM IST – Sunday, March 27, 2022 at 8:30 PM IST',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the right date when the visitor’s day is not the event’s (Kiritimati, +14)', async () => {
      at('2022-03-01T00:00:00Z');
      // Monday 11 pm in Paris is already Tuesday noon on Kiritimati.
      const event = hrc47({ start: '2022-03-21T23:00:00+01:00', end: '2022-03-22T00:30:00+01:00' });
      const el = await card(feedWith([event]), { zone: 'Pacific/Kiritimati' });
      expect(whenTimes(el)).to.deep.equal([
        'Monday, March 21, 2022 at 11:00 PM CET – Tuesday, March 22, 2022 at 12:30 AM CET',
        'Tuesday, March 22, 2022, 12:00 – 1:30 PM GMT+14',
      ]);
    });

    it('writes dates, zone names, places and languages the visitor’s way (French)', async () => {
      const el = await card(feedWith([hrc47(), brussels()]), { zone: 'America/New_York' });
      await setLocale('fr', el, 'Commence dans 3 jours');
      expect(whenTimes(el)).to.deep.equal(['mardi 22 juin 2021, 12:00 – 13:30 UTC+2', 'mardi 22 juin 2021, 06:00 – 07:30 UTC−4']);
      expect(textOf(el, '[part=title]')).to.equal(
        'Promouvoir l’élimination de la traite des êtres humains et de l’exploitation de la prostitution',
      );
      expect(textOf(el, '[part=languages] dd')).to.equal('anglais, français, espagnol et allemand');
      expect(textOf(el, 'a[part=register]')).to.contain('S’inscrire');
      await expect(el).to.be.accessible();
    });
  });

  describe('where', () => {
    it('shows the city and the country’s name in the visitor’s language for an event in person', async () => {
      at('2023-05-01T12:00:00+02:00');
      const el = await card(feedWith([brussels()]));
      expect(textOf(el, '[part=where] dd')).to.equal('Brussels, Belgium');
      expect(shadow(el).querySelectorAll('[part=when] time').length).to.equal(1);
      expect(textOf(el, '[part=people]')).to.equal('Organised by Samilia Foundation and Stand Speak Rise Up!');
      await setLocale('de', el, 'Beginnt in 10 Tagen');
      expect(textOf(el, '[part=where] dd')).to.equal('Brussels, Belgien');
      await expect(el).to.be.accessible();
    });

    it('writes the place as an address, with commas and no "and", in every language', async () => {
      at('2023-05-01T12:00:00+02:00');
      const location = { name: 'European Parliament', city: { en: 'Brussels', fr: 'Bruxelles', ar: 'بروكسل' }, country: 'BE' };
      const el = await card(feedWith([brussels({ location })]));
      expect(textOf(el, '[part=where] dd')).to.equal('European Parliament, Brussels, Belgium');
      await setLocale('fr', el, 'Commence dans 10 jours');
      expect(textOf(el, '[part=where] dd')).to.equal('European Parliament, Bruxelles, Belgique');
      await setLocale('es', el, 'Empieza dentro de 10 días');
      expect(textOf(el, '[part=where] dd')).to.equal('European Parliament, Brussels, Bélgica');
      await setLocale('ar', el, 'بروكسل');
      expect(textOf(el, '[part=where] dd')).to.equal('European Parliament، بروكسل، بلجيكا');
      await expect(el).to.be.accessible();
    });
  });

  describe('organisers', () => {
    const many = ['CAP International', 'Samilia Foundation', 'Stand Speak Rise Up!', 'Equality Now', 'Mouvement du Nid', 'CAP Nigeria', 'Talita Asia', 'Kwanele'];

    it('shows the first five of many and the rest behind a keyboard-operable "Show all"', async () => {
      const el = await card(feedWith([hrc47({ organisers: many, speakers: undefined })]));
      const visible = () => [...shadow(el).querySelectorAll('[part=people] li')].filter((li) => li.checkVisibility()).map((li) => squash(li.textContent));
      expect(visible()).to.deep.equal(many.slice(0, 5));
      const summary = shadow(el).querySelector<HTMLElement>('[part=people] summary')!;
      expect(squash(summary.textContent)).to.equal('Show all organisers (8)');
      await expect(el).to.be.accessible();
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => visible().length === 8, 'the organisers never all showed');
      await el.updateComplete;
      expect(visible()).to.deep.equal(many);
      expect(squash(summary.textContent)).to.equal('Show fewer organisers');
      await setLocale('fr', el, 'Afficher moins d’organisateurs');
      await expect(el).to.be.accessible();
    });

    it('writes six organisers or fewer as a sentence', async () => {
      const el = await card(feedWith([hrc47({ organisers: many.slice(0, 6), speakers: undefined })]));
      expect(shadow(el).querySelector('[part=people] details')).to.equal(null);
      expect(textOf(el, '[part=people] dd')).to.equal(
        'CAP International, Samilia Foundation, Stand Speak Rise Up!, Equality Now, Mouvement du Nid, and CAP Nigeria',
      );
    });
  });

  describe('speakers', () => {
    it('shows the first three of many and the rest behind a keyboard-operable "Show all"', async () => {
      const el = await card(feedWith([hrc47()]));
      const visible = () =>
        [...shadow(el).querySelectorAll('[part=people] li')].filter((li) => li.checkVisibility()).length;
      expect(visible()).to.equal(3);
      const summary = shadow(el).querySelector<HTMLElement>('[part=people] summary')!;
      expect(squash(summary.textContent)).to.equal('Show all speakers (10)');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => visible() === 10, 'the speakers never all showed');
      await el.updateComplete;
      expect(squash(summary.textContent)).to.equal('Show fewer speakers');
      expect(textOf(el, '[part=people]')).to.contain('Delphine Borione French Ambassador-at-Large for Human Rights');
      await expect(el).to.be.accessible();
    });

    it('shows four speakers or fewer without a toggle', async () => {
      const el = await card(feedWith([hrc47({ speakers: hrc47().speakers.slice(0, 4) })]));
      expect(shadow(el).querySelectorAll('[part=people] li').length).to.equal(4);
      expect(shadow(el).querySelector('details')).to.equal(null);
    });
  });

  describe('which event', () => {
    const future = hrc47({ id: 'future', title: 'Future event', start: '2030-01-10T10:00:00Z', end: '2030-01-10T12:00:00Z' });

    it('chooses the next event that has not ended, earliest first', async () => {
      at('2022-01-01T00:00:00Z');
      const el = await card(feedWith([future, hrc47(), brussels()]));
      expect(textOf(el, '[part=title]')).to.contain('Sexual trafficking');
    });

    it('counts an event under way as not ended', async () => {
      at('2023-05-11T15:00:00+02:00');
      const el = await card(feedWith([future, brussels(), hrc47()]));
      expect(textOf(el, '[part=title]')).to.contain('Sexual trafficking');
      expect(textOf(el, '[part=status]')).to.equal('Happening now');
    });

    it('falls back to the most recent past event, marked as ended', async () => {
      at('2031-01-01T00:00:00Z');
      const el = await card(feedWith([hrc47(), future, brussels()]));
      expect(textOf(el, '[part=title]')).to.equal('Future event');
      expect(textOf(el, '[part=status]')).to.equal('This event has ended');
      await expect(el).to.be.accessible();
    });

    it('shows the event named by `event`, even a past one', async () => {
      at('2024-01-01T00:00:00Z');
      const el = await card(feedWith([hrc47(), brussels()]), { event: 'hrc47-side-event' });
      expect(textOf(el, '[part=title]')).to.contain('Championing');
    });

    it('says an unknown id was not found, translated', async () => {
      const el = await card(feedWith([hrc47()]), { event: 'no-such-event' });
      expect(textOf(el, '[part=message]')).to.equal('Event “no-such-event” was not found.');
      expect(jsonLdOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
      await setLocale('fr', el, 'introuvable');
      await expect(el).to.be.accessible();
    });

    it('says so when the feed has no events', async () => {
      const el = await card(feedWith([]));
      expect(textOf(el, '[part=message]')).to.equal('There are no events to show.');
      await expect(el).to.be.accessible();
    });
  });

  describe('Add to calendar', () => {
    it('downloads <id>.ics made in the browser, with the event in UTC', async () => {
      const create = sinon.stub(URL, 'createObjectURL').returns('blob:test-ics');
      const revoke = sinon.stub(URL, 'revokeObjectURL');
      const clicks: HTMLAnchorElement[] = [];
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        clicks.push(this);
      });
      const el = await card(feedWith([hrc47()]));
      shadow(el).querySelector<HTMLButtonElement>('button[part=calendar]')!.click();
      expect(clicks.length).to.equal(1);
      expect(clicks[0].download).to.equal('hrc47-side-event.ics');
      expect(clicks[0].getAttribute('href')).to.equal('blob:test-ics');
      expect(clicks[0].isConnected).to.equal(false);
      const blob = create.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      const ics = await blob.text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
      expect(ics).to.contain('\r\nUID:hrc47-side-event@www.cap-international.org\r\n');
      expect(ics).to.contain('\r\nDTSTAMP:20210619T100000Z\r\n');
      expect(ics).to.contain('\r\nDTSTART:20210622T100000Z\r\n');
      expect(ics).to.contain('\r\nDTEND:20210622T113000Z\r\n');
      expect(ics).to.contain('\r\nLOCATION:Online\r\n');
      expect(ics).to.contain('\r\nURL:https://www.cap-international.org/activity/hrc47-side-event/\r\n');
      expect(ics.replace(/\r\n /g, '')).to.contain(
        'SUMMARY:Championing the elimination of trafficking in human beings and the exploitation of prostitution\r\n',
      );
      expect(ics.replace(/\r\n /g, '')).to.contain(`Register: ${REGISTER_URL}`);
      await waitUntil(() => revoke.calledWith('blob:test-ics'), 'the object URL was never revoked', { timeout: 3000 });
    });

    it('writes the place of an event in person', async () => {
      const create = sinon.stub(URL, 'createObjectURL').returns('blob:test-ics');
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      at('2023-05-01T12:00:00+02:00');
      const el = await card(feedWith([brussels()], { coalition: { name: 'CAP' } }));
      shadow(el).querySelector<HTMLButtonElement>('button[part=calendar]')!.click();
      const ics = await (create.firstCall.args[0] as Blob).text();
      expect(ics).to.contain('\r\nUID:brussels-conference-2023@coalition-widgets\r\n');
      expect(ics).to.contain('\r\nLOCATION:Brussels\\, Belgium\r\n');
      expect(ics).to.contain('\r\nDTSTART:20230511T113000Z\r\n');
    });
  });

  describe('JSON-LD for search engines', () => {
    it('adds a schema.org Event to the page’s light DOM', async () => {
      const el = await card(feedWith([hrc47()]));
      const script = jsonLdOf(el)!;
      expect(script).to.not.equal(null);
      const data = JSON.parse(script.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('Event');
      expect(data.name).to.contain('Championing the elimination');
      expect(data.startDate).to.equal('2021-06-22T12:00:00+02:00');
      expect(data.endDate).to.equal('2021-06-22T13:30:00+02:00');
      expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
      expect(data.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(data.location).to.deep.equal({ '@type': 'VirtualLocation', url: REGISTER_URL });
      expect(data.organizer).to.deep.equal([{ '@type': 'Organization', name: 'CAP International' }]);
      expect(data.inLanguage).to.deep.equal(['en', 'fr', 'es', 'de']);
      // Not shown: a script is not rendered, and the card's shadow root has no slot then.
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('describes a place for an event in person', async () => {
      at('2023-05-01T12:00:00+02:00');
      const el = await card(feedWith([brussels()]));
      const data = JSON.parse(jsonLdOf(el)!.textContent!);
      expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(data.location).to.deep.equal({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Brussels', addressCountry: 'BE' },
      });
    });

    it('is replaced when the event changes and removed with the element', async () => {
      const el = await card(feedWith([hrc47(), brussels()]), { event: 'hrc47-side-event' });
      el.event = 'brussels-conference-2023';
      await el.updateComplete;
      expect(el.querySelectorAll('script').length).to.equal(1);
      expect(JSON.parse(jsonLdOf(el)!.textContent!).name).to.contain('Sexual trafficking');
      el.remove();
      expect(jsonLdOf(el)).to.equal(null);
    });

    it('is not added with no-json-ld, and goes when the attribute is set', async () => {
      const off = await card(feedWith([hrc47()]), { noJsonLd: true });
      expect(jsonLdOf(off)).to.equal(null);
      const on = await card(feedWith([hrc47()]));
      expect(jsonLdOf(on)).to.not.equal(null);
      on.setAttribute('no-json-ld', '');
      await on.updateComplete;
      expect(jsonLdOf(on)).to.equal(null);
    });

    it('cannot be closed by feed text containing </script>', async () => {
      const title = 'Side event</script><script>window.hacked = 1</script><!--';
      const el = await card(feedWith([hrc47({ title })]));
      const script = jsonLdOf(el)!;
      expect(script.textContent).to.not.contain('<');
      expect(el.innerHTML).to.not.contain('</script><script>');
      expect(JSON.parse(script.textContent!).name).to.equal(title);
    });
  });

  describe('loading and errors', () => {
    it('keeps the card’s room while the feed loads', async () => {
      const el = await fixture<CoalitionEventCard>(html`<coalition-event-card feed="/__feeds/slow"></coalition-event-card>`);
      expect(shadow(el).querySelector('[part=loading]')).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
    });

    it('shows the message and only the page’s fallback when the feed cannot be loaded', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<CoalitionEventCard>(
        html`<coalition-event-card feed="/__feeds/status/500"><a href="https://example.org/register">Register</a></coalition-event-card>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part=message]'), 'no message', { timeout: 4000 });
      expect(textOf(el, '[part=message]')).to.equal('The content could not be loaded.');
      const assigned = shadow(el).querySelector('slot')!.assignedElements();
      expect(assigned.map((a) => a.localName)).to.deep.equal(['a']);
      expect(jsonLdOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('reaches the Register link and Add to calendar with Tab, with a visible focus ring', async () => {
      // Without an event page or speakers, the Register link is the first stop.
      const el = await card(feedWith([hrc47({ url: undefined, speakers: undefined })]));
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=register]')!;
      const button = shadow(el).querySelector<HTMLButtonElement>('button[part=calendar]')!;
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(link);
        expect(link.matches(':focus-visible')).to.equal(true);
        const ring = getComputedStyle(link);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(button);
        expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      } finally {
        before.remove();
      }
    });
  });

  describe('narrow screens', () => {
    /** Every box of the card's shadow root that reaches past the card's own edges. */
    function overflowing(el: Element): string[] {
      const box = shadow(el).querySelector('[part=card]')!.getBoundingClientRect();
      return [...shadow(el).querySelectorAll('*')]
        .filter((e) => !e.closest('.visually-hidden') && e.checkVisibility())
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        })
        .map((e) => `${e.localName}.${e.className}`);
    }

    for (const lang of ['en', 'ar']) {
      it(`fits 320 px without overflow (${lang})`, async () => {
        const long = hrc47({
          title: {
            en: 'Menschenhandelsbekämpfungsgesetzgebungsvorhaben: survivors at the Council of Europe',
            ar: 'مناصرة القضاء على الاتجار بالبشر واستغلال البغاء في مجلس أوروبا',
          },
          summary: 'Register at https://zoom.us/webinar/register/WN_aVeryLongIdentifierWithoutAnySpacesAtAll1234567890',
          location: { name: 'Parlement européen, bâtiment Paul-Henri Spaak', city: 'Bruxelles', country: 'BE' },
        });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: 320px">
            <coalition-event-card .feedData=${feedWith([long])} time-zone="Pacific/Kiritimati"></coalition-event-card>
          </div>`,
        );
        const el = wrapper.querySelector('coalition-event-card')!;
        await el.updateComplete;
        if (lang === 'ar') await setLocale('ar', el, 'سجّل');
        const details = shadow(el).querySelector('details');
        if (details) details.open = true;
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(el.scrollWidth).to.be.at.most(320);
        expect(overflowing(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('right to left', () => {
    it('is translated and accessible in Arabic', async () => {
      const el = await card(feedWith([hrc47()]), { zone: 'Asia/Kolkata' });
      await setLocale('ar', el, 'سجّل');
      expect(textOf(el, '[part=title]')).to.equal('مناصرة القضاء على الاتجار بالبشر واستغلال البغاء');
      expect(textOf(el, '[part=when] dt')).to.not.equal('When');
      // The summary has no Arabic: it keeps its language for screen readers.
      expect(shadow(el).querySelector('[part=summary] [lang]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('lays the card out from the right in Arabic, and from the left in English', async () => {
      const el = await card(feedWith([hrc47({ speakers: undefined })]));
      const edges = () => {
        const box = shadow(el).querySelector('[part=card]')!.getBoundingClientRect();
        const badge = shadow(el).querySelector('[part=status] .badge')!.getBoundingClientRect();
        const link = shadow(el).querySelector('a[part=register]')!.getBoundingClientRect();
        const button = shadow(el).querySelector('button[part=calendar]')!.getBoundingClientRect();
        return {
          badgeFromLeft: badge.left - box.left,
          badgeFromRight: box.right - badge.right,
          linkFromLeft: link.left - box.left,
          linkFromRight: box.right - link.right,
          registerFirst: document.documentElement.dir === 'rtl' ? link.right > button.right : link.left < button.left,
        };
      };
      const ltr = edges();
      expect(ltr.badgeFromLeft).to.be.below(ltr.badgeFromRight);
      expect(ltr.linkFromLeft).to.be.below(ltr.linkFromRight);
      expect(ltr.registerFirst).to.equal(true);
      await setLocale('ar', el, 'سجّل');
      const rtl = edges();
      expect(rtl.badgeFromRight).to.be.below(rtl.badgeFromLeft);
      expect(rtl.linkFromRight).to.be.below(rtl.linkFromLeft);
      // The same padding on the starting side in both directions: logical properties.
      expect(rtl.linkFromRight).to.be.closeTo(ltr.linkFromLeft, 0.5);
      expect(rtl.registerFirst).to.equal(true);
    });
  });
});
