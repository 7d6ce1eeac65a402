/**
 * Forced colours (Windows High Contrast): the browser replaces the page's colours with the visitor's
 * few system colours, and backgrounds that carried meaning are gone. What a visitor relies on must
 * still show: the edges of links that look like buttons, readable text on them, status badges,
 * the focus ring, the countdown's units, and on the map which countries have members, the markers
 * and what is selected. Colours are read from the computed styles while forced colours are emulated,
 * composited over what lies behind, and judged by WCAG contrast: 4.5:1 for text, 3:1 for the edges
 * and shapes that tell things apart (1.4.11).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/countdown/define.js';
import '../../src/event-card/define.js';
import { setupLocalization } from '../../src/i18n/locale.js';
import '../../src/member-map/define.js';
import '../../src/signatory-list/define.js';
import { countdownFeed } from '../countdown/fixtures.js';
import { feedWith as eventFeed, hrc47 } from '../event-card/fixtures.js';
import { at, restorePage, resetPage, shadow } from '../helpers.js';
import { capMembers, feedWith as memberFeed } from '../member-map/fixtures.js';
import { feedWith as statementFeed, iloLetter } from '../signatory-list/fixtures.js';
import {
  backgroundOf,
  borderEdge,
  contrast,
  forcedColours,
  nameOf,
  outlineEdge,
  over,
  parseColour,
  type Rgba,
  systemColour,
  textContrast,
} from './measure.js';

setupLocalization();

const SIGN_URL = 'https://www.cap-international.org/sign-the-letter/';

/** The system colours of CSS Color 4: in forced colours, the visitor's palette. */
const SYSTEM_COLOURS = [
  'AccentColor', 'AccentColorText', 'ActiveText', 'ButtonBorder', 'ButtonFace', 'ButtonText', 'Canvas', 'CanvasText', 'Field',
  'FieldText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'Mark', 'MarkText', 'SelectedItem', 'SelectedItemText', 'VisitedText',
];

/** Text a visitor must read: 4.5:1 against what is behind it. */
function expectReadable(el: Element) {
  expect(textContrast(el), `text of ${nameOf(el)}`).to.be.at.least(4.5);
}

/** A box whose edge must show on all four sides, now that its background may not: 3:1 against its surroundings. */
function expectVisibleBorder(el: Element) {
  const edge = borderEdge(el);
  expect(edge.style, `border style of ${nameOf(el)}`).to.equal('solid');
  expect(edge.width, `border width of ${nameOf(el)}`).to.be.at.least(1);
  expect(edge.contrast, `border contrast of ${nameOf(el)}`).to.be.at.least(3);
}

/** A control that looks like a button: its text readable on it, and its edge visible around it. */
function expectButtonLike(el: Element) {
  expectReadable(el);
  expectVisibleBorder(el);
}

/** Tabs from a button placed before `el` through `stops` focusable things inside it; each must show a focus ring. */
async function expectFocusRings(el: Element, stops: number): Promise<string[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  const seen: string[] = [];
  try {
    before.focus();
    for (let i = 0; i < stops; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement;
      expect(focused, `focus left the element after ${seen.join(', ')}`).to.not.equal(null);
      seen.push(nameOf(focused!));
      expect(focused!.matches(':focus-visible'), `${nameOf(focused!)} matches :focus-visible`).to.equal(true);
      const ring = outlineEdge(focused!);
      expect(ring.style, `focus ring style of ${nameOf(focused!)}`).to.not.equal('none');
      expect(ring.width, `focus ring width of ${nameOf(focused!)}`).to.be.at.least(2);
      expect(ring.contrast, `focus ring contrast of ${nameOf(focused!)}`).to.be.at.least(3);
    }
  } finally {
    before.remove();
  }
  return seen;
}

/** The paint of an SVG shape, composited over `below`. */
function paintOf(shape: Element, below: Rgba) {
  const s = getComputedStyle(shape);
  return {
    fill: over(parseColour(s.fill), below),
    stroke: s.stroke === 'none' ? below : over(parseColour(s.stroke), below),
    strokeWidth: s.stroke === 'none' ? 0 : parseFloat(s.strokeWidth),
  };
}

/**
 * An SVG shape must stand out from `below` (3:1): by its fill, or by an outline at least `minStroke`
 * px wide.
 */
function expectStandsOut(shape: Element, below: Rgba, what: string, minStroke = 1) {
  const p = paintOf(shape, below);
  const fill = contrast(p.fill, below);
  const outline = p.strokeWidth >= minStroke ? contrast(p.stroke, below) : 1;
  expect(Math.max(fill, outline), `${what}: fill ${fill.toFixed(2)}:1, outline ${p.strokeWidth}px ${contrast(p.stroke, below).toFixed(2)}:1`).to.be.at.least(3);
}

describe('forced colours (Windows High Contrast)', () => {
  before(() => forcedColours(true));
  after(() => forcedColours(false));

  beforeEach(resetPage);
  afterEach(() => restorePage({ clock: true }));

  it('is on: the page’s own colours give way to the system palette', async () => {
    const probe = await fixture<HTMLParagraphElement>(html`<p style="color: rgb(255, 0, 0); background: rgb(0, 128, 0)">forced</p>`);
    expect(parseColour(getComputedStyle(probe).color)).to.deep.equal(systemColour('CanvasText'));
    expect(backgroundOf(probe)).to.deep.equal(systemColour('Canvas'));
  });

  describe('<coalition-event-card>', () => {
    const card = () => fixture(html`<coalition-event-card .feedData=${eventFeed([hrc47()])}></coalition-event-card>`);

    it('keeps the Register link readable, with a visible edge', async () => {
      at('2021-06-19T12:00:00+02:00');
      const el = await card();
      expectButtonLike(shadow(el).querySelector('a[part=register]')!);
    });

    it('keeps Add to calendar readable, with a visible edge', async () => {
      at('2021-06-19T12:00:00+02:00');
      const el = await card();
      expectButtonLike(shadow(el).querySelector('button[part=calendar]')!);
    });

    it('keeps the border of the status badge, and the dot of “Happening now”', async () => {
      at('2021-06-19T12:00:00+02:00');
      const upcoming = await card();
      const badge = shadow(upcoming).querySelector('[part=status] .badge')!;
      expectButtonLike(badge);
      at('2021-06-22T12:30:00+02:00');
      const live = await card();
      const liveBadge = shadow(live).querySelector('.live [part=status] .badge')!;
      expect(liveBadge.textContent).to.contain('Happening now');
      expectButtonLike(liveBadge);
      const dot = getComputedStyle(liveBadge, '::before');
      expect(parseFloat(dot.width)).to.be.greaterThan(4);
      const behind = backgroundOf(liveBadge);
      expect(contrast(over(parseColour(dot.backgroundColor), behind), behind), 'the dot against the badge').to.be.at.least(3);
    });

    it('shows a focus ring on each stop of the keyboard: title, speakers, Register, Add to calendar', async () => {
      at('2021-06-19T12:00:00+02:00');
      const el = await card();
      const stops = await expectFocusRings(el, 4);
      expect(stops.map((s) => s.split(' ')[0])).to.deep.equal(['a', 'summary', 'a[part=register].register', 'button[part=calendar].calendar']);
    });

    it('keeps the text of the card readable', async () => {
      at('2021-06-19T12:00:00+02:00');
      const el = await card();
      for (const selector of ['[part=title] a', '[part=summary]', 'dt', 'dd', '.role', 'summary']) {
        expectReadable(shadow(el).querySelector(selector)!);
      }
      expectVisibleBorder(shadow(el).querySelector('[part=card]')!);
    });
  });

  describe('<coalition-countdown>', () => {
    const countdown = () =>
      fixture(html`<coalition-countdown .feedData=${countdownFeed()} day="world-day-against-trafficking"></coalition-countdown>`);

    it('keeps each unit a box of its own, its number and word readable and whole', async () => {
      at('2026-07-27T10:00:00+02:00');
      const el = await countdown();
      const units = [...shadow(el).querySelectorAll('[part=unit]')];
      expect(units).to.have.length(3);
      for (const unit of units) {
        expectVisibleBorder(unit);
        const number = unit.querySelector('[part=number]')!;
        const label = unit.querySelector('[part=label]')!;
        expectReadable(number);
        expectReadable(label);
        const box = unit.getBoundingClientRect();
        for (const part of [number, label]) {
          const r = part.getBoundingClientRect();
          expect(r.left, `${nameOf(part)} within its unit`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${nameOf(part)} within its unit`).to.be.at.most(box.right + 0.5);
        }
      }
    });

    it('keeps the name, the date and the Learn more link readable', async () => {
      at('2026-07-27T10:00:00+02:00');
      const el = await countdown();
      for (const selector of ['[part=name]', '[part=date]', '[part=link]']) expectReadable(shadow(el).querySelector(selector)!);
      expectVisibleBorder(shadow(el).querySelector('[part=countdown]')!);
    });

    it('keeps the dot before “Today is …”', async () => {
      at('2026-07-30T10:00:00+02:00');
      const el = await countdown();
      const today = shadow(el).querySelector('[part=today]')!;
      expect(today.textContent).to.contain('Today is World Day against Trafficking in Persons.');
      expectReadable(today);
      const dot = getComputedStyle(today, '::before');
      expect(dot.display).to.not.equal('none');
      const behind = backgroundOf(today);
      expect(contrast(over(parseColour(dot.backgroundColor), behind), behind)).to.be.at.least(3);
    });
  });

  describe('<coalition-member-map>', () => {
    async function drawnMap() {
      const el = await fixture(html`<coalition-member-map .feedData=${memberFeed(capMembers)}></coalition-member-map>`);
      await waitUntil(() => shadow(el).querySelector('svg path'), 'the map was never drawn', { timeout: 5000 });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return el as HTMLElement & { updateComplete: Promise<unknown> };
    }
    const sea = (el: Element) => backgroundOf(shadow(el).querySelector('[part=map]')!);
    const land = (el: Element, selector: string) => paintOf(shadow(el).querySelector(selector)!, sea(el)).fill;

    it('paints the map, which opts out of forcing, in the visitor’s system colours only', async () => {
      const el = await drawnMap();
      // Every kind of shape at once: a chosen country, and a highlighted marker.
      shadow(el).querySelector('path.land.member[data-country=FR]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      shadow(el).querySelector<HTMLAnchorElement>('[part=member] a')!.focus();
      await el.updateComplete;
      const palette = SYSTEM_COLOURS.map((name) => ({ name, rgba: systemColour(name) }));
      const nameInPalette = (value: string) => {
        const c = parseColour(value);
        return palette.find((p) => p.rgba.every((v, i) => Math.abs(v - c[i]) <= (i === 3 ? 0.01 : 1)))?.name;
      };
      const shapes = [...shadow(el).querySelectorAll('path.land, circle[part=marker]')];
      expect(shapes.some((s) => s.matches('.land.active'))).to.equal(true);
      expect(shapes.some((s) => s.matches('.marker.active'))).to.equal(true);
      const foreign = new Set<string>();
      for (const shape of shapes) {
        const s = getComputedStyle(shape);
        if (s.forcedColorAdjust !== 'none') continue; // the browser forces its colours itself
        for (const [prop, value] of [['fill', s.fill], ['stroke', s.stroke]]) {
          if (value !== 'none' && !nameInPalette(value)) foreign.add(`${shape.getAttribute('class')} ${prop}: ${value}`);
        }
      }
      expect([...foreign]).to.deep.equal([]);
    });

    it('shows which countries have members, apart from the others and the sea', async () => {
      const el = await drawnMap();
      const member = land(el, 'path.land.member[data-country=FR]');
      const other = land(el, 'path.land:not(.member)');
      expect(contrast(member, other), 'member against other country').to.be.at.least(3);
      expect(contrast(member, sea(el)), 'member country against the sea').to.be.at.least(3);
    });

    it('shows every marker against the member country under it and against the sea', async () => {
      const el = await drawnMap();
      const member = land(el, 'path.land.member');
      const markers = [...shadow(el).querySelectorAll('circle[part=marker]')];
      expect(markers).to.have.length(capMembers.length);
      for (const marker of markers) {
        const name = marker.getAttribute('data-member');
        expectStandsOut(marker, member, `${name} on its country`);
        expectStandsOut(marker, sea(el), `${name} on the sea`);
      }
    });

    it('sets a country chosen on the map apart from the other member countries', async () => {
      const el = await drawnMap();
      shadow(el).querySelector<SVGPathElement>('path.land.member[data-country=FR]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('.selection [role=status]')!.textContent).to.contain('France');
      const chosen = shadow(el).querySelector('path.land.active')!;
      expect(chosen.getAttribute('data-country')).to.equal('FR');
      const member = land(el, 'path.land.member:not(.active)');
      const other = land(el, 'path.land:not(.member)');
      // Every country has a hairline border: an outline that tells the chosen one apart must be wider.
      expectStandsOut(chosen, member, 'chosen country against the other member countries', 2);
      expectStandsOut(chosen, other, 'chosen country against countries without members', 2);
      expectButtonLike(shadow(el).querySelector('.selection button')!);
    });

    it('sets the marker of the member in focus in the list apart from the other markers', async () => {
      const el = await drawnMap();
      const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=member] a')].find((a) => a.textContent!.includes('Fondation Scelles'))!;
      link.focus();
      await el.updateComplete;
      const active = shadow(el).querySelector('circle[part=marker].active')!;
      expect(active.getAttribute('data-member')).to.equal('fondation-scelles');
      const others = [...shadow(el).querySelectorAll('circle[part=marker]:not(.active)')];
      const member = land(el, 'path.land.member:not(.active)');
      for (const other of others) {
        expect(contrast(paintOf(active, member).fill, paintOf(other, member).fill), `against ${other.getAttribute('data-member')}`).to.be.at.least(3);
      }
      expectStandsOut(active, member, 'on its country');
      expectStandsOut(active, sea(el), 'on the sea');
    });

    it('marks the member in focus in the list with a bar, and no other', async () => {
      const el = await drawnMap();
      const items = [...shadow(el).querySelectorAll('[part=member]')];
      const scelles = items.find((li) => li.textContent!.includes('Fondation Scelles'))!;
      scelles.querySelector('a')!.focus();
      await el.updateComplete;
      const bar = (li: Element) => {
        const s = getComputedStyle(li);
        const behind = backgroundOf(li);
        return {
          width: parseFloat(s.getPropertyValue('border-inline-start-width')),
          contrast: contrast(over(parseColour(s.getPropertyValue('border-inline-start-color')), behind), behind),
        };
      };
      expect(scelles.classList.contains('active')).to.equal(true);
      expect(bar(scelles).width).to.be.at.least(3);
      expect(bar(scelles).contrast).to.be.at.least(3);
      for (const li of items.filter((i) => i !== scelles)) {
        expect(bar(li).contrast, `no bar beside ${nameOf(li)}`).to.be.below(1.1);
      }
    });

    it('keeps the list readable and shows a focus ring on the members’ links', async () => {
      const el = await drawnMap();
      for (const selector of ['[part=headline]', '[part=country] h4', '.count', '[part=member] a', '.city']) {
        expectReadable(shadow(el).querySelector(selector)!);
      }
      const stops = await expectFocusRings(el, 3);
      expect(stops.every((s) => s.startsWith('a '))).to.equal(true);
    });
  });

  describe('<coalition-signatory-list>', () => {
    const list = () =>
      fixture(
        html`<coalition-signatory-list .feedData=${statementFeed([iloLetter({ signUrl: SIGN_URL })])} page-size="50"></coalition-signatory-list>`,
      );

    it('keeps the Sign link readable, with a visible edge', async () => {
      const el = await list();
      expectButtonLike(shadow(el).querySelector('a[part=sign]')!);
    });

    it('keeps Show more and Show all readable, with a visible edge', async () => {
      const el = await list();
      const buttons = [...shadow(el).querySelectorAll('button[part=more-button]')];
      expect(buttons).to.have.length(2);
      buttons.forEach(expectButtonLike);
    });

    it('keeps the edges of the search box and the sort menu', async () => {
      const el = await list();
      expectVisibleBorder(shadow(el).querySelector('input[part=search]')!);
      expectVisibleBorder(shadow(el).querySelector('select[part=sort]')!);
      for (const selector of ['label[for=search]', 'label[for=sort]', '[part=group-heading]', '[part=signatory]', '[part=country]']) {
        expectReadable(shadow(el).querySelector(selector)!);
      }
    });

    it('shows a focus ring on each stop of the keyboard: title, Sign, search, sort, Show more, Show all', async () => {
      const el = await list();
      const stops = await expectFocusRings(el, 6);
      expect(stops.map((s) => s.split(' ')[0])).to.deep.equal([
        'a',
        'a[part=sign].sign',
        'input[part=search]',
        'select[part=sort]',
        'button[part=more-button].more-button',
        'button[part=more-button].more-button',
      ]);
    });
  });
});

