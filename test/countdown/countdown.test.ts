import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { clockRunning, setNow } from '../../src/controllers/clock.js';
import type { CoalitionCountdown } from '../../src/countdown/define.js';
import '../../src/countdown/define.js';
import type { CountdownCompleteEvent } from '../../src/countdown/events.js';
import type { FeedErrorEvent } from '../../src/events.js';
import { setupLocalization } from '../../src/i18n/locale.js';
import { at, restorePage, resetPage, setLocale, shadow, squash, textOf, waitForFrames } from '../helpers.js';
import { countdownFeed, sideEvent, WORLD_DAY_URL, worldDay } from './fixtures.js';

setupLocalization();

/** The units as a sighted visitor reads them: "2 days", "14 hours", "0 minutes". */
const unitsOf = (el: Element) => [...shadow(el).querySelectorAll('[part=unit]')].map((u) => squash(u.textContent));
/** What a screen reader reads in the timer. */
const spokenOf = (el: Element) => textOf(el, '[role=timer] .visually-hidden');

const NAME = 'World Day against Trafficking in Persons';

/** The International Day for the Elimination of Violence against Women: after the autumn clock change. */
const violenceDay = { id: 'elimination-violence-against-women', name: { en: 'International Day for the Elimination of Violence against Women' }, date: '--11-25' };
/** The International Day for the Abolition of Slavery. */
const abolitionDay = { id: 'abolition-of-slavery', name: { en: 'International Day for the Abolition of Slavery', fr: 'Journée internationale pour l’abolition de l’esclavage' }, date: '--12-02' };
/** Rare Disease Day is the last day of February: 29 February in leap years, else 28. */
const rareDiseaseDay = { id: 'rare-disease-day', name: 'Rare Disease Day', date: '--02-29' };

interface Options {
  day?: string;
  event?: string;
  zone?: string;
}

async function countdown(feed: unknown = countdownFeed(), { day, event, zone }: Options = { day: worldDay.id }) {
  return fixture<CoalitionCountdown>(
    html`<coalition-countdown .feedData=${feed} day=${ifDefined(day)} event=${ifDefined(event)} time-zone=${ifDefined(zone)}></coalition-countdown>`,
  );
}

/** Countdown tests wait frame by frame: some run on a fake clock. */
const waitUntil = waitForFrames;
const frames = { wait: waitForFrames };

async function rerender(el: CoalitionCountdown) {
  el.requestUpdate();
  await el.updateComplete;
}

describe('<coalition-countdown>', () => {
  beforeEach(() => {
    resetPage();
    at('2026-07-27T10:00:00+02:00');
  });

  afterEach(() => restorePage({ clock: true }));

  describe('counting down to 30 July (seed 001)', () => {
    it('shows the day’s name, its date, and days, hours and minutes to the start of the day', async () => {
      const el = await countdown();
      expect(textOf(el, '[part=name]')).to.equal(NAME);
      expect(textOf(el, '[part=date]')).to.equal('July 30, 2026');
      expect(shadow(el).querySelector('[part=date] time')!.getAttribute('datetime')).to.equal('2026-07-30');
      expect(unitsOf(el)).to.deep.equal(['2 days', '14 hours', '0 minutes']);
      expect(spokenOf(el)).to.equal(`2 days and 14 hours until ${NAME}`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=link]')!;
      expect(link.getAttribute('href')).to.equal(WORLD_DAY_URL);
      expect(squash(link.textContent)).to.equal('Learn more');
      expect(shadow(el).querySelector('[part=today]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says one day, one hour and one minute in the singular', async () => {
      at('2026-07-28T22:59:00+02:00');
      const el = await countdown();
      expect(unitsOf(el)).to.deep.equal(['1 day', '1 hour', '1 minute']);
      expect(spokenOf(el)).to.equal(`1 day, 1 hour, and 1 minute until ${NAME}`);
    });

    it('counts the last minute before midnight as one minute, never zero too early', async () => {
      at('2026-07-29T23:59:30+02:00');
      const el = await countdown();
      expect(unitsOf(el)).to.deep.equal(['0 days', '0 hours', '1 minute']);
      expect(spokenOf(el)).to.equal(`1 minute until ${NAME}`);
    });

    it('shows feed text containing HTML as text', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, name: '<img src=x onerror="window.hacked=1">World <b>Day</b>' }]));
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(textOf(el, '[part=name]')).to.equal('<img src=x onerror="window.hacked=1">World <b>Day</b>');
    });

    it('keeps days, hours and minutes on one row in a narrow column, numbers whole', async () => {
      at('2026-11-23T12:00:00+01:00');
      const el = await countdown();
      el.style.inlineSize = '16rem';
      await rerender(el);
      expect(unitsOf(el)).to.deep.equal(['248 days', '12 hours', '0 minutes']);
      const units = [...shadow(el).querySelectorAll<HTMLElement>('[part=unit]')];
      const tops = units.map((u) => u.getBoundingClientRect().top);
      expect(new Set(tops).size).to.equal(1);
      for (const unit of units) {
        const number = unit.querySelector<HTMLElement>('[part=number]')!;
        expect(number.getClientRects().length, number.textContent!).to.equal(1);
        expect(number.scrollWidth).to.be.at.most(unit.clientWidth);
      }
    });

    it('has no link when the feed gives the day none', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, url: undefined }]));
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(unitsOf(el)).to.deep.equal(['2 days', '14 hours', '0 minutes']);
    });
  });

  describe('in the visitor’s time zone', () => {
    // One instant, 28 July 2026 06:15 UTC; each visitor counts to the start of 30 July where they are.
    const cases: [string, string[]][] = [
      ['Europe/Paris', ['1 day', '15 hours', '45 minutes']],
      ['America/New_York', ['1 day', '21 hours', '45 minutes']],
      ['Asia/Kolkata', ['1 day', '12 hours', '15 minutes']],
      ['Pacific/Kiritimati', ['1 day', '3 hours', '45 minutes']],
      ['Australia/Adelaide', ['1 day', '8 hours', '15 minutes']],
    ];
    for (const [zone, units] of cases) {
      it(`in ${zone}, from the browser’s zone`, async () => {
        at('2026-07-28T06:15:00Z');
        await executeServerCommand('emulate-timezone', { zone });
        const el = await countdown();
        expect(unitsOf(el)).to.deep.equal(units);
        expect(textOf(el, '[part=date]')).to.equal('July 30, 2026');
      });

      it(`in ${zone}, from the time-zone attribute`, async () => {
        at('2026-07-28T06:15:00Z');
        const el = await countdown(countdownFeed(), { day: worldDay.id, zone });
        expect(unitsOf(el)).to.deep.equal(units);
      });
    }

    it('is already the day in Kiritimati while Paris still counts', async () => {
      at('2026-07-29T12:00:00Z');
      const paris = await countdown(countdownFeed(), { day: worldDay.id, zone: 'Europe/Paris' });
      const kiritimati = await countdown(countdownFeed(), { day: worldDay.id, zone: 'Pacific/Kiritimati' });
      expect(unitsOf(paris)).to.deep.equal(['0 days', '10 hours', '0 minutes']);
      expect(textOf(kiritimati, '[part=today]')).to.equal(`Today is ${NAME}. Learn more`);
    });

    it('ignores a time-zone that is not one and counts in the browser’s', async () => {
      const el = await countdown(countdownFeed(), { day: worldDay.id, zone: 'Mars/Olympus_Mons' });
      expect(unitsOf(el)).to.deep.equal(['2 days', '14 hours', '0 minutes']);
    });
  });

  describe('in the visitor’s language', () => {
    const cases: [string, string, string, string[], string, string[], string][] = [
      // locale, name, date, units at 1 day 2 hours 1 minute, spoken, units at 2 days 1 hour 2 minutes, spoken
      [
        'fr',
        'Journée mondiale de la lutte contre la traite d’êtres humains',
        '30 juillet 2026',
        ['1 jour', '2 heures', '1 minute'],
        'Journée mondiale de la lutte contre la traite d’êtres humains : dans 1 jour, 2 heures et 1 minute',
        ['2 jours', '1 heure', '2 minutes'],
        'Journée mondiale de la lutte contre la traite d’êtres humains : dans 2 jours, 1 heure et 2 minutes',
      ],
      [
        'de',
        'Welttag gegen Menschenhandel',
        '30. Juli 2026',
        ['1 Tag', '2 Stunden', '1 Minute'],
        'Welttag gegen Menschenhandel: noch 1 Tag, 2 Stunden und 1 Minute',
        ['2 Tage', '1 Stunde', '2 Minuten'],
        'Welttag gegen Menschenhandel: noch 2 Tage, 1 Stunde und 2 Minuten',
      ],
      [
        'es',
        'Día Mundial contra la Trata de Personas',
        '30 de julio de 2026',
        ['1 día', '2 horas', '1 minuto'],
        'Tiempo restante para Día Mundial contra la Trata de Personas: 1 día, 2 horas y 1 minuto',
        ['2 días', '1 hora', '2 minutos'],
        'Tiempo restante para Día Mundial contra la Trata de Personas: 2 días, 1 hora y 2 minutos',
      ],
      [
        'ar',
        'اليوم العالمي لمناهضة الاتجار بالأشخاص',
        '30 يوليو 2026',
        // Arabic says 1 and 2 in the word itself: "يوم" (a day), "ساعتان" (two hours).
        ['1 يوم', '2 ساعتان', '1 دقيقة'],
        'الوقت المتبقي حتى اليوم العالمي لمناهضة الاتجار بالأشخاص: يوم وساعتان ودقيقة',
        ['2 يومان', '1 ساعة', '2 دقيقتان'],
        'الوقت المتبقي حتى اليوم العالمي لمناهضة الاتجار بالأشخاص: يومان وساعة ودقيقتان',
      ],
    ];
    for (const [locale, name, date, units1, spoken1, units2, spoken2] of cases) {
      it(`in ${locale}: name, date and plural forms`, async () => {
        at('2026-07-28T21:59:00+02:00');
        const el = await countdown();
        // Wait for the translated sentence: the name, from the feed, shows before the translations load.
        await setLocale(locale, el, spoken1, frames);
        expect(textOf(el, '[part=name]')).to.equal(name);
        expect(textOf(el, '[part=date]')).to.equal(date);
        expect(unitsOf(el)).to.deep.equal(units1);
        expect(spokenOf(el)).to.equal(spoken1);
        at('2026-07-27T22:58:00+02:00');
        await rerender(el);
        expect(unitsOf(el)).to.deep.equal(units2);
        expect(spokenOf(el)).to.equal(spoken2);
        await expect(el).to.be.accessible();
      });
    }

    it('uses Arabic’s plural for 3 to 10 and its singular from 11', async () => {
      at('2026-07-20T10:00:00+02:00');
      const el = await countdown();
      await setLocale('ar', el, 'اليوم العالمي', frames);
      expect(unitsOf(el)[0]).to.equal('9 أيام');
      at('2026-07-10T10:00:00+02:00');
      await rerender(el);
      expect(unitsOf(el)[0]).to.equal('19 يومًا');
    });

    it('lays out right to left in Arabic', async () => {
      const el = await countdown();
      await setLocale('ar', el, 'اليوم العالمي', frames);
      const [days, , minutes] = [...shadow(el).querySelectorAll('[part=unit]')].map((u) => u.getBoundingClientRect());
      expect(days.left).to.be.greaterThan(minutes.left);
      await expect(el).to.be.accessible();
    });

    it('falls back to the feed’s default language for a name without the visitor’s, and marks its language', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, name: { en: 'World Day against Trafficking in Persons' } }]));
      await setLocale('de', el, 'noch', frames);
      expect(textOf(el, '[part=name]')).to.equal(NAME);
      expect(shadow(el).querySelector('[part=name] span')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('on the day itself', () => {
    for (const time of ['00:00:00', '12:00:00', '23:59:59']) {
      it(`says today is the day at ${time}, with the day’s link`, async () => {
        at(`2026-07-30T${time}+02:00`);
        const el = await countdown();
        expect(textOf(el, '[part=today]')).to.equal(`Today is ${NAME}. Learn more`);
        expect(shadow(el).querySelector('[part=today] a')!.getAttribute('href')).to.equal(WORLD_DAY_URL);
        expect(textOf(el, '[part=date]')).to.equal('July 30, 2026');
        expect(shadow(el).querySelector('[role=timer]')).to.equal(null);
        expect(unitsOf(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the name and date as they look on other days; only the message stands out', async () => {
      const counting = await countdown();
      at('2026-07-30T09:00:00+02:00');
      const today = await countdown();
      const style = (el: Element, part: string) => getComputedStyle(shadow(el).querySelector(`[part=${part}]`)!);
      expect(style(today, 'name').fontSize).to.equal(style(counting, 'name').fontSize);
      expect(style(today, 'date').fontWeight).to.equal(style(counting, 'date').fontWeight);
      expect(getComputedStyle(shadow(today).querySelector('[part=countdown]')!, '::before').content).to.equal('none');
      expect(parseFloat(style(today, 'today').fontSize)).to.be.greaterThan(parseFloat(style(today, 'name').fontSize));
    });

    it('says it in the visitor’s language', async () => {
      at('2026-07-30T09:00:00+02:00');
      const el = await countdown();
      await setLocale('fr', el, 'C’est aujourd’hui', frames);
      expect(textOf(el, '[part=today]')).to.equal('C’est aujourd’hui : Journée mondiale de la lutte contre la traite d’êtres humains. En savoir plus');
      await setLocale('ar', el, 'اليوم:', frames);
      expect(textOf(el, '[part=today]')).to.equal('اليوم: اليوم العالمي لمناهضة الاتجار بالأشخاص. اعرف المزيد');
      await expect(el).to.be.accessible();
    });

    it('says it without a link when the day has none', async () => {
      at('2026-07-30T09:00:00+02:00');
      const el = await countdown(countdownFeed([{ ...worldDay, url: undefined }]));
      expect(textOf(el, '[part=today]')).to.equal(`Today is ${NAME}.`);
      expect(shadow(el).querySelector('a')).to.equal(null);
    });

    it('then counts to next year’s date', async () => {
      at('2026-07-31T00:00:00+02:00');
      const el = await countdown();
      expect(shadow(el).querySelector('[part=today]')).to.equal(null);
      expect(textOf(el, '[part=date]')).to.equal('July 30, 2027');
      expect(unitsOf(el)).to.deep.equal(['364 days', '0 hours', '0 minutes']);
    });

    it('rolls over by itself at midnight at the end of the day', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-30T23:58:30+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      expect(textOf(el, '[part=today]')).to.contain('Today is');
      await clock.tickAsync(3 * 60_000);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=today]')).to.equal(null);
      expect(textOf(el, '[part=date]')).to.equal('July 30, 2027');
      expect(unitsOf(el)).to.deep.equal(['363 days', '23 hours', '59 minutes']);
    });

    it('rolls over at the end of the year (a day of 1 January)', async () => {
      const newYear = { id: 'new-year', name: 'New Year', date: '--01-01' };
      at('2026-12-31T18:00:00+01:00');
      const el = await countdown(countdownFeed([newYear]), { day: 'new-year' });
      expect(textOf(el, '[part=date]')).to.equal('January 1, 2027');
      expect(unitsOf(el)).to.deep.equal(['0 days', '6 hours', '0 minutes']);
      at('2027-01-01T00:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=today]')).to.equal('Today is New Year.');
      at('2027-01-02T00:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=date]')).to.equal('January 1, 2028');
      expect(unitsOf(el)).to.deep.equal(['364 days', '0 hours', '0 minutes']);
    });
  });

  describe('a one-off date', () => {
    it('counts down to it', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, date: '2027-07-30' }]));
      expect(textOf(el, '[part=date]')).to.equal('July 30, 2027');
      expect(unitsOf(el)).to.deep.equal(['367 days', '14 hours', '0 minutes']);
    });

    it('says that it has passed, and stops the clock', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, date: '2025-07-30' }]));
      expect(textOf(el, '[part=today]')).to.equal('July 30, 2025 has passed.');
      expect(shadow(el).querySelector('[part=date], [role=timer], a')).to.equal(null);
      expect(clockRunning()).to.equal(false);
      await setLocale('de', el, 'vorbei', frames);
      expect(textOf(el, '[part=today]')).to.equal('Der 30. Juli 2025 ist vorbei.');
      await expect(el).to.be.accessible();
    });
  });

  describe('a day of 29 February', () => {
    it('falls on 28 February in a year without one', async () => {
      at('2027-02-27T12:00:00+01:00');
      const el = await countdown(countdownFeed([rareDiseaseDay]), { day: rareDiseaseDay.id });
      expect(textOf(el, '[part=date]')).to.equal('February 28, 2027');
      expect(unitsOf(el)).to.deep.equal(['0 days', '12 hours', '0 minutes']);
      at('2027-02-28T10:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=today]')).to.equal('Today is Rare Disease Day.');
      at('2027-03-01T00:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=date]')).to.equal('February 29, 2028');
      expect(unitsOf(el)).to.deep.equal(['365 days', '0 hours', '0 minutes']);
    });

    it('falls on 29 February in a leap year', async () => {
      at('2028-02-28T00:00:00+01:00');
      const el = await countdown(countdownFeed([rareDiseaseDay]), { day: rareDiseaseDay.id });
      expect(textOf(el, '[part=date]')).to.equal('February 29, 2028');
      expect(unitsOf(el)).to.deep.equal(['1 day', '0 hours', '0 minutes']);
    });
  });

  describe('across a daylight-saving change', () => {
    it('counts calendar days, and the hours of the visitor’s clock (Paris, 29 March)', async () => {
      at('2026-03-28T12:00:00+01:00');
      const el = await countdown();
      // 123 days and 11 real hours: the clocks lose an hour on 29 March, the visitor's evening starts all the same.
      expect(unitsOf(el)).to.deep.equal(['123 days', '12 hours', '0 minutes']);
    });

    it('counts over the autumn change (Paris, 25 October; New York, 1 November)', async () => {
      at('2026-10-24T12:00:00+02:00');
      const paris = await countdown(countdownFeed([violenceDay]), { day: violenceDay.id, zone: 'Europe/Paris' });
      expect(unitsOf(paris)).to.deep.equal(['31 days', '12 hours', '0 minutes']);
      at('2026-10-24T12:00:00-04:00');
      const newYork = await countdown(countdownFeed([violenceDay]), { day: violenceDay.id, zone: 'America/New_York' });
      expect(unitsOf(newYork)).to.deep.equal(['31 days', '12 hours', '0 minutes']);
    });

    it('counts the night of the change in real hours', async () => {
      const day = { ...violenceDay, id: 'day-after-change', date: '--10-26' };
      at('2026-10-25T00:30:00+02:00');
      const el = await countdown(countdownFeed([day]), { day: day.id, zone: 'Europe/Paris' });
      expect(unitsOf(el)).to.deep.equal(['0 days', '24 hours', '30 minutes']);
      at('2026-10-25T03:30:00+01:00');
      await rerender(el);
      expect(unitsOf(el)).to.deep.equal(['0 days', '20 hours', '30 minutes']);
    });
  });

  describe('with event="ID"', () => {
    const feed = () => countdownFeed([worldDay], [sideEvent]);

    it('counts down to the event’s start, dated in the visitor’s zone', async () => {
      at('2021-06-19T12:00:00+02:00');
      const el = await countdown(feed(), { event: sideEvent.id });
      expect(textOf(el, '[part=name]')).to.equal('Championing the elimination of trafficking in human beings');
      expect(textOf(el, '[part=date]')).to.equal('June 22, 2021 at 12:00 PM');
      expect(shadow(el).querySelector('[part=date] time')!.getAttribute('datetime')).to.equal(sideEvent.start);
      expect(unitsOf(el)).to.deep.equal(['3 days', '0 hours', '0 minutes']);
      expect(shadow(el).querySelector('a[part=link]')!.getAttribute('href')).to.equal(sideEvent.url);
      await expect(el).to.be.accessible();
    });

    it('gives the start in New York time to a visitor there', async () => {
      at('2021-06-19T12:00:00+02:00');
      await executeServerCommand('emulate-timezone', { zone: 'America/New_York' });
      const el = await countdown(feed(), { event: sideEvent.id });
      expect(textOf(el, '[part=date]')).to.equal('June 22, 2021 at 6:00 AM');
      expect(unitsOf(el)).to.deep.equal(['3 days', '0 hours', '0 minutes']);
    });

    it('says "Happening now" between start and end, with the event’s link', async () => {
      at('2021-06-22T12:30:00+02:00');
      const el = await countdown(feed(), { event: sideEvent.id });
      expect(textOf(el, '[part=today]')).to.equal('Happening now Learn more');
      expect(shadow(el).querySelector('[part=today] a')!.getAttribute('href')).to.equal(sideEvent.url);
      expect(shadow(el).querySelector('[role=timer]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says that it has ended, and stops the clock', async () => {
      at('2021-06-22T13:30:00+02:00');
      const el = await countdown(feed(), { event: sideEvent.id });
      expect(textOf(el, '[part=today]')).to.equal('This event has ended.');
      expect(shadow(el).querySelector('[part=date], [role=timer], a')).to.equal(null);
      expect(clockRunning()).to.equal(false);
      await setLocale('es', el, 'terminado', frames);
      expect(textOf(el, '[part=today]')).to.equal('Este evento ha terminado.');
      await expect(el).to.be.accessible();
    });

    it('takes an event without an end to last one hour', async () => {
      at('2021-06-22T12:59:00+02:00');
      const el = await countdown(countdownFeed([], [{ ...sideEvent, end: undefined }]), { event: sideEvent.id });
      expect(textOf(el, '[part=today]')).to.contain('Happening now');
      at('2021-06-22T13:00:00+02:00');
      await rerender(el);
      expect(textOf(el, '[part=today]')).to.equal('This event has ended.');
    });
  });

  describe('without day or event', () => {
    const feed = () => countdownFeed([worldDay, abolitionDay, { id: 'old', name: 'A one-off day long ago', date: '2020-01-01' }]);

    it('counts to the nearest upcoming awareness day', async () => {
      at('2026-11-23T12:00:00+01:00');
      const el = await countdown(feed(), {});
      expect(textOf(el, '[part=name]')).to.equal('International Day for the Abolition of Slavery');
      expect(textOf(el, '[part=date]')).to.equal('December 2, 2026');
      expect(unitsOf(el)).to.deep.equal(['8 days', '12 hours', '0 minutes']);
      at('2026-12-02T12:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=today]')).to.equal('Today is International Day for the Abolition of Slavery.');
      at('2026-12-03T00:00:00+01:00');
      await rerender(el);
      expect(textOf(el, '[part=name]')).to.equal(NAME);
      expect(textOf(el, '[part=date]')).to.equal('July 30, 2027');
    });

    it('says so when every day of the feed has passed', async () => {
      const el = await countdown(countdownFeed([{ ...worldDay, date: '2020-07-30' }]), {});
      expect(textOf(el, '[part=message]')).to.equal('There is no awareness day to count down to.');
      await expect(el).to.be.accessible();
    });
  });

  describe('coalition-countdown-complete', () => {
    it('fires once when the countdown reaches zero', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-29T23:58:30+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      const fired: CountdownCompleteEvent[] = [];
      const onComplete = (e: CountdownCompleteEvent) => fired.push(e);
      el.addEventListener('coalition-countdown-complete', onComplete);
      try {
        expect(unitsOf(el)).to.deep.equal(['0 days', '0 hours', '2 minutes']);
        await clock.tickAsync(60_000);
        await el.updateComplete;
        expect(unitsOf(el)).to.deep.equal(['0 days', '0 hours', '1 minute']);
        expect(fired).to.have.length(0);
        await clock.tickAsync(60_000);
        await el.updateComplete;
        expect(textOf(el, '[part=today]')).to.contain('Today is');
        expect(fired).to.have.length(1);
        expect(fired[0].detail).to.deep.equal({ day: worldDay.id });
        expect(fired[0].bubbles && fired[0].composed).to.equal(true);
        await clock.tickAsync(30 * 60_000);
        await el.updateComplete;
        expect(fired).to.have.length(1);
      } finally {
        el.removeEventListener('coalition-countdown-complete', onComplete);
      }
    });

    it('fires for an event when it starts', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2021-06-22T11:59:10+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown(countdownFeed(), { event: sideEvent.id });
      const fired = oneEvent(el, 'coalition-countdown-complete');
      await clock.tickAsync(61_000);
      const event = (await fired) as CountdownCompleteEvent;
      expect(event.detail).to.deep.equal({ event: sideEvent.id });
      expect(textOf(el, '[part=today]')).to.contain('Happening now');
    });

    it('does not fire when the page opens after the moment', async () => {
      at('2026-07-30T00:00:30+02:00');
      const listener = sinon.spy();
      document.addEventListener('coalition-countdown-complete', listener);
      const el = await countdown();
      await rerender(el);
      document.removeEventListener('coalition-countdown-complete', listener);
      expect(textOf(el, '[part=today]')).to.contain('Today is');
      expect(listener.called).to.equal(false);
    });
  });

  describe('reading the clock, not counting ticks', () => {
    it('is right at once after the tab slept for hours', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-27T10:00:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      expect(unitsOf(el)).to.deep.equal(['2 days', '14 hours', '0 minutes']);
      // Thirty hours pass without a single timer running, then one tick.
      clock.setSystemTime(Date.parse('2026-07-28T16:00:00+02:00'));
      await clock.tickAsync(61_000);
      await el.updateComplete;
      expect(unitsOf(el)).to.deep.equal(['1 day', '7 hours', '59 minutes']);
    });

    it('follows the computer’s clock when it is set back', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-29T12:00:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      expect(unitsOf(el)).to.deep.equal(['0 days', '12 hours', '0 minutes']);
      clock.setSystemTime(Date.parse('2026-07-20T12:00:00+02:00'));
      await clock.tickAsync(61_000);
      await el.updateComplete;
      expect(unitsOf(el)).to.deep.equal(['9 days', '11 hours', '59 minutes']);
    });

    it('updates once a minute, no more', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-27T10:00:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      const render = sinon.spy(el, 'render');
      await clock.tickAsync(10 * 60_000 + 1_000);
      await el.updateComplete;
      expect(render.callCount).to.equal(10);
      expect(unitsOf(el)).to.deep.equal(['2 days', '13 hours', '50 minutes']);
    });

    it('spends nothing while the tab is hidden, and is right when it is shown again', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-27T10:00:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      expect(clockRunning()).to.equal(true);
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clockRunning()).to.equal(false);
      clock.setSystemTime(Date.parse('2026-07-29T10:00:00+02:00'));
      visibility.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clockRunning()).to.equal(true);
      expect(unitsOf(el)).to.deep.equal(['0 days', '14 hours', '0 minutes']);
    });

    it('spends nothing while it is off screen', async () => {
      const wrapper = await fixture(html`<div style="margin-block-start: 300vh">
        <coalition-countdown .feedData=${countdownFeed()} day=${worldDay.id}></coalition-countdown>
      </div>`);
      const el = wrapper.querySelector('coalition-countdown')!;
      await waitUntil(() => !clockRunning(), 'the clock kept running off screen', { timeout: 2000 });
      el.scrollIntoView();
      await waitUntil(() => clockRunning(), 'the clock did not start on screen', { timeout: 2000 });
      window.scrollTo(0, 0);
    });
  });

  describe('for screen readers', () => {
    it('gives the remaining time as a sentence in a timer that is not announced at every update', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-27T10:00:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      const timer = shadow(el).querySelector('[role=timer]')!;
      // A timer is aria-live="off" unless told otherwise; nothing around it is live.
      expect(timer.getAttribute('aria-live')).to.equal(null);
      expect(timer.closest('[aria-live]')).to.equal(null);
      expect(squash(timer.textContent)).to.contain(`2 days and 14 hours until ${NAME}`);
      expect(shadow(el).querySelector('[part=units]')!.getAttribute('aria-hidden')).to.equal('true');
      const live = shadow(el).querySelector('[aria-live=polite]')!;
      expect(squash(live.textContent)).to.equal('');
      await clock.tickAsync(3 * 60_000 + 1_000);
      await el.updateComplete;
      expect(spokenOf(el)).to.equal(`2 days, 13 hours, and 57 minutes until ${NAME}`);
      expect(squash(live.textContent)).to.equal('');
    });

    it('announces "today" once, in a polite live region', async () => {
      at('2026-07-30T08:00:00+02:00');
      const el = await countdown();
      const live = shadow(el).querySelector('[aria-live=polite]')!;
      expect(live.querySelector('[part=today]')).to.not.equal(null);
    });

    // The message fades in when the day comes while the visitor is there (not on every page load).
    async function arrive() {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-07-29T23:59:30+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setNow();
      const el = await countdown();
      await clock.tickAsync(31_000);
      await el.updateComplete;
      return getComputedStyle(shadow(el).querySelector('[part=today]')!).animationName;
    }

    it('fades the message in when the day comes', async () => {
      expect(await arrive()).to.equal('arrive');
    });

    it('respects prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(await arrive()).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('when something is wrong', () => {
    it('names an unknown day', async () => {
      const el = await countdown(countdownFeed(), { day: 'no-such-day' });
      expect(textOf(el, '[part=message]')).to.equal('Awareness day “no-such-day” was not found.');
      await setLocale('fr', el, 'introuvable', frames);
      expect(textOf(el, '[part=message]')).to.contain('no-such-day');
      await expect(el).to.be.accessible();
    });

    it('names an unknown event', async () => {
      const el = await countdown(countdownFeed(), { event: 'no-such-event' });
      expect(textOf(el, '[part=message]')).to.equal('Event “no-such-event” was not found.');
      await expect(el).to.be.accessible();
    });

    it('shows a message, the page’s fallback and fires coalition-feed-error when the feed cannot be loaded', async () => {
      const errors: FeedErrorEvent[] = [];
      const onError = (e: Event) => errors.push(e as FeedErrorEvent);
      document.addEventListener('coalition-feed-error', onError);
      sinon.stub(console, 'error');
      sinon.stub(console, 'warn');
      try {
        const el = await fixture<CoalitionCountdown>(html`<coalition-countdown feed="/__feeds/status/500" day=${worldDay.id}>
          <a href=${WORLD_DAY_URL}>30 July: World Day against Trafficking in Persons</a>
        </coalition-countdown>`);
        await waitUntil(() => shadow(el).querySelector('[part=message]'), 'no message', { timeout: 4000 });
        expect(textOf(el, '[part=message]')).to.equal('The content could not be loaded.');
        const slot = shadow(el).querySelector('slot')!;
        expect(slot.assignedElements().map((a) => a.getAttribute('href'))).to.deep.equal([WORLD_DAY_URL]);
        expect(errors).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('coalition-feed-error', onError);
      }
    });

    it('keeps its room while the feed loads', async () => {
      const el = await fixture<CoalitionCountdown>(html`<coalition-countdown feed="/__feeds/slow" day=${worldDay.id}></coalition-countdown>`);
      expect(textOf(el, '[part=loading]')).to.equal('Loading…');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  });
});
