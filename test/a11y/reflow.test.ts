/**
 * Reflow and zoom. WCAG 1.4.10: at 400 % zoom of a 1280 px window (or 200 % of 640 px) a page is
 * 320 CSS px wide, and its content must still read without scrolling sideways, nothing cut off.
 * WCAG 2.5.8: pointer targets of at least 24 × 24 px, or far enough apart. WCAG 1.4.4: with text
 * twice as large at desktop width, nothing overlaps or spills out. Each element is shown with a
 * realistic feed, in English and in Arabic (right to left).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/countdown/define.js';
import '../../src/event-card/define.js';
import { setupLocalization } from '../../src/i18n/locale.js';
import '../../src/member-map/define.js';
import '../../src/signatory-list/define.js';
import { countdownFeed, sideEvent, worldDay } from '../countdown/fixtures.js';
import { brussels, feedWith as eventFeed, hrc47, REGISTER_URL } from '../event-card/fixtures.js';
import { at, restorePage, resetPage, setLocale, shadow } from '../helpers.js';
import { capMembers, feedWith as memberFeed } from '../member-map/fixtures.js';
import { feedWith as statementFeed, iloLetter } from '../signatory-list/fixtures.js';
import { DEFAULT_VIEWPORT, nameOf, seen, viewport } from './measure.js';

setupLocalization();

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Half a pixel either way: layout rounds boxes to fractions of a pixel. */
const EPS = 0.5;

const isInline = (e: Element) => getComputedStyle(e).display === 'inline';

/** The block box that holds `e` (itself when it is not inline). */
function blockOf(e: Element): Element {
  let b: Element = e;
  while (isInline(b) && b.parentElement) b = b.parentElement;
  return b;
}

/** Sideways overflow: the host, and every box of its shadow root, scrolls no wider than it is. */
function wideBoxes(el: Element): string[] {
  const found: string[] = [];
  if (el.scrollWidth > el.clientWidth) found.push(`the host: ${el.scrollWidth} > ${el.clientWidth}`);
  for (const e of seen(el)) {
    if (isInline(e) || e.localName === 'svg') continue;
    if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) found.push(`${nameOf(e)}: ${e.scrollWidth} > ${e.clientWidth}`);
  }
  return found;
}

/** Boxes and lines of text that reach past the host's left or right edge. */
function outsideHost(el: Element): string[] {
  const host = el.getBoundingClientRect();
  const out = (r: DOMRect) => r.width > 0 && (r.left < host.left - EPS || r.right > host.right + EPS);
  const found = seen(el)
    .filter((e) => out(e.getBoundingClientRect()))
    .map((e) => nameOf(e));
  for (const { node, rects } of textRuns(el)) {
    if (rects.some(out)) found.push(`text "${node.data.trim().slice(0, 30)}"`);
  }
  return found;
}

/** The rendered runs of text of the shadow root (not the screen-reader-only text), with their line boxes. */
function textRuns(el: Element): { node: Text; rects: DOMRect[] }[] {
  const runs: { node: Text; rects: DOMRect[] }[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!n.data.trim() || !parent || parent.closest('.visually-hidden, select, style, svg') || !parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    runs.push({ node: n, rects: [...range.getClientRects()].filter((r) => r.width > 0) });
  }
  return runs;
}

/**
 * Text cut off: text that spills out of the box it is set in, and boxes that hide or scroll part of
 * their content sideways (or hide it downwards).
 */
function clippedText(el: Element): string[] {
  const found: string[] = [];
  for (const { node, rects } of textRuns(el)) {
    const box = blockOf(node.parentElement!).getBoundingClientRect();
    if (rects.some((r) => r.left < box.left - EPS || r.right > box.right + EPS)) {
      found.push(`text "${node.data.trim().slice(0, 30)}" spills out of ${nameOf(blockOf(node.parentElement!))}`);
    }
  }
  for (const e of seen(el)) {
    if (e.localName === 'svg' || e.localName === 'input' || e.localName === 'select') continue;
    const s = getComputedStyle(e);
    const hidesX = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
    const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
    if (hidesX && e.scrollWidth > e.clientWidth + 1) found.push(`${nameOf(e)} hides ${e.scrollWidth - e.clientWidth}px sideways`);
    if (hidesY && e.scrollHeight > e.clientHeight + 1) found.push(`${nameOf(e)} hides ${e.scrollHeight - e.clientHeight}px below`);
  }
  return found;
}

/** Boxes that stand over one another: siblings laid out in the flow, and boxes that reach out of their parent. */
function overlaps(el: Element): string[] {
  const found: string[] = [];
  const laidOut = (e: Element) => {
    const s = getComputedStyle(e);
    return !isInline(e) && s.position !== 'absolute' && s.position !== 'fixed' && e.getBoundingClientRect().width > 0;
  };
  const boxes = seen(el).filter(laidOut);
  const meet = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS;
  for (const parent of new Set(boxes.map((b) => b.parentElement).filter((p): p is HTMLElement => !!p))) {
    const children = [...parent.children].filter((c) => boxes.includes(c));
    for (let i = 0; i < children.length; i++) {
      for (let j = i + 1; j < children.length; j++) {
        if (meet(children[i].getBoundingClientRect(), children[j].getBoundingClientRect())) {
          found.push(`${nameOf(children[i])} overlaps ${nameOf(children[j])}`);
        }
      }
    }
  }
  for (const box of boxes) {
    const parent = box.parentElement;
    if (!parent || !boxes.includes(parent)) continue;
    const [r, p] = [box.getBoundingClientRect(), blockOf(parent).getBoundingClientRect()];
    if (r.left < p.left - EPS || r.right > p.right + EPS) found.push(`${nameOf(box)} reaches out of ${nameOf(parent)}`);
  }
  return found;
}

const TARGETS = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * WCAG 2.5.8: targets smaller than 24 × 24 px, unless inline in a line of text, or so placed that
 * a 24 px circle on each meets no other target (nor another small target's circle). The map's
 * countries and markers are left out: where they are is what they say (the "essential" exception),
 * and the list beside the map offers the same members.
 */
function smallTargets(el: Element): string[] {
  const targets = seen(el, TARGETS).filter((t) => !t.closest('svg'));
  const rects = new Map(targets.map((t) => [t, t.getBoundingClientRect()] as const));
  const big = (r: DOMRect) => r.width >= 24 - 0.01 && r.height >= 24 - 0.01;
  const inText = (t: Element) => {
    if (!isInline(t)) return false;
    const block = blockOf(t);
    const own = t.textContent ?? '';
    const around = [...block.childNodes].map((n) => (n === t || n.contains(t) ? '' : n.textContent ?? '')).join('');
    return block !== t && around.replace(own, '').trim().length > 0;
  };
  const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
  const circleMeetsRect = ([x, y]: number[], r: DOMRect) => {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    return dx * dx + dy * dy < 12 * 12;
  };
  const small = targets.filter((t) => !big(rects.get(t)!) && !inText(t));
  const found: string[] = [];
  for (const t of small) {
    const c = centre(rects.get(t)!);
    const crowded = targets.some((o) => {
      if (o === t || o.contains(t) || t.contains(o)) return false;
      if (circleMeetsRect(c, rects.get(o)!)) return true;
      if (!small.includes(o)) return false;
      const [x, y] = centre(rects.get(o)!);
      return Math.hypot(x - c[0], y - c[1]) < 24;
    });
    if (crowded) {
      const r = rects.get(t)!;
      found.push(`${nameOf(t)}: ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px, too close to another target`);
    }
  }
  return found;
}

function expectReflows(el: Element, width: number) {
  expect(Math.round(el.getBoundingClientRect().width), 'the element takes the width it is given').to.equal(width);
  expect(wideBoxes(el), 'boxes wider than they are').to.deep.equal([]);
  expect(outsideHost(el), 'past the element’s edges').to.deep.equal([]);
  expect(clippedText(el), 'text cut off').to.deep.equal([]);
  expect(overlaps(el), 'boxes over one another').to.deep.equal([]);
  expect(smallTargets(el), 'small targets').to.deep.equal([]);
}

interface Case {
  name: string;
  /** The clock of the page, for the elements that tell time. */
  now: string;
  /** The elements, in a container of the given width. */
  render: (width: string) => Promise<HTMLElement>;
  /** A text that shows once the Arabic strings are in. */
  arabic: string;
  /** Brings the element to a further state to check (a country chosen, details opened…). */
  more?: (el: Lit) => Promise<void>;
}

const SIGN_URL = 'https://www.cap-international.org/sign-the-letter/';

const COUNTDOWNS = countdownFeed(
  [worldDay],
  [{ ...sideEvent, id: 'hrc63-side-event', start: '2026-09-22T12:00:00+02:00', end: '2026-09-22T13:30:00+02:00' }],
);

const EVENTS = eventFeed([
  hrc47({
    summary: {
      en: `Side event parallel to the 47th Human Rights Council and the 79th CEDAW sessions. Registration: ${REGISTER_URL}`,
      ar: `فعالية جانبية موازية للدورة السابعة والأربعين لمجلس حقوق الإنسان. التسجيل: ${REGISTER_URL}`,
    },
  }),
  brussels(),
]);

const cases: Case[] = [
  {
    name: '<coalition-event-card>',
    now: '2021-06-19T12:00:00+02:00',
    // Online with ten speakers, a Register link and its address in the summary, and in person in
    // Brussels; the visitor in New York.
    render: (width) =>
      fixture(html`<div style="inline-size: ${width}">
        <coalition-event-card .feedData=${EVENTS} event="hrc47-side-event" time-zone="America/New_York"></coalition-event-card>
        <coalition-event-card .feedData=${EVENTS} event="brussels-conference-2023" time-zone="America/New_York"></coalition-event-card>
      </div>`),
    arabic: 'سجّل',
    more: async (el) => {
      shadow(el).querySelector('details')!.open = true;
      await waitUntil(() => shadow(el).querySelectorAll('.people li').length === 10, 'the speakers never all showed');
    },
  },
  {
    name: '<coalition-countdown>',
    // 363 days, 23 hours and 30 minutes to the next 30 July: the widest numbers; and an event of
    // the September session, with its date and time.
    now: '2026-07-31T00:30:00+02:00',
    render: (width) =>
      fixture(html`<div style="inline-size: ${width}">
        <coalition-countdown .feedData=${COUNTDOWNS} day="world-day-against-trafficking"></coalition-countdown>
        <coalition-countdown .feedData=${COUNTDOWNS} event="hrc63-side-event"></coalition-countdown>
      </div>`),
    arabic: 'اليوم العالمي لمناهضة الاتجار بالأشخاص',
  },
  {
    name: '<coalition-member-map>',
    now: '2026-07-27T10:00:00+02:00',
    render: async (width) => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}">
        <coalition-member-map .feedData=${memberFeed(capMembers)}></coalition-member-map>
      </div>`);
      const el = wrapper.firstElementChild!;
      await waitUntil(() => shadow(el).querySelector('svg path'), 'the map was never drawn', { timeout: 5000 });
      return wrapper;
    },
    arabic: 'منظمة',
    more: async (el) => {
      shadow(el).querySelector('path.land.member[data-country=FR]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('.selection button'), 'the button that shows every country again').to.not.equal(null);
    },
  },
  {
    name: '<coalition-signatory-list>',
    now: '2026-07-27T10:00:00+02:00',
    // The 85 signatories of the letter to the ILO, 50 at first: the Sign link, search, sort and "more" buttons all show.
    render: (width) =>
      fixture(html`<div style="inline-size: ${width}">
        <coalition-signatory-list .feedData=${statementFeed([iloLetter({ signUrl: SIGN_URL })])} page-size="50"></coalition-signatory-list>
      </div>`),
    arabic: 'رسالة من 85',
  },
];

/** Renders a case, in Arabic when asked, and returns its elements once they show their content. */
async function show(c: Case, width: string, lang: 'en' | 'ar'): Promise<Lit[]> {
  at(c.now);
  const wrapper = await c.render(width);
  const elements = [...wrapper.children] as Lit[];
  for (const el of elements) await el.updateComplete;
  if (lang === 'ar') {
    // The first element carries the expected text; the others follow the same switch of language.
    await setLocale('ar', elements[0], c.arabic);
    for (const el of elements) await el.updateComplete;
    expect(getComputedStyle(elements[0]).direction).to.equal('rtl');
  }
  return elements;
}

describe('reflow: 320 CSS px wide (1280 px at 400 %, 640 px at 200 %)', () => {
  // The element takes the whole width of the window, as on a phone or at 400 % zoom.
  before(async () => {
    document.body.style.margin = '0';
    await viewport(320, 256);
  });
  after(async () => {
    document.body.style.margin = '';
    await viewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
  });
  beforeEach(resetPage);
  afterEach(() => restorePage({ clock: true }));

  for (const c of cases) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${c.name} in ${lang === 'en' ? 'English' : 'Arabic'}: no sideways scrolling, nothing cut off or overlapping, targets of 24 px`, async () => {
        const elements = await show(c, '320px', lang);
        expect(document.documentElement.scrollWidth, 'the page itself').to.be.at.most(320);
        for (const el of elements) expectReflows(el, 320);
        if (c.more) {
          await c.more(elements[0]);
          expectReflows(elements[0], 320);
        }
      });
    }
  }
});

describe('text twice as large at desktop width (root font size 200 %)', () => {
  before(() => viewport(1280, 800));
  after(() => viewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height));
  beforeEach(() => {
    resetPage();
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    return restorePage({ clock: true });
  });

  for (const c of cases) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${c.name} in ${lang === 'en' ? 'English' : 'Arabic'}: nothing overlaps, spills out or is cut off`, async () => {
        const elements = await show(c, '100%', lang);
        const width = Math.round(elements[0].parentElement!.getBoundingClientRect().width);
        expect(width).to.be.greaterThan(1200);
        expect(parseFloat(getComputedStyle(elements[0]).fontSize), 'text is twice the default size').to.equal(32);
        for (const el of elements) expectReflows(el, width);
        if (c.more) {
          await c.more(elements[0]);
          expectReflows(elements[0], width);
        }
      });
    }
  }
});
