/**
 * A page per locale: all four elements from the demo feed, in en, fr, es, de and ar. In every locale
 * but English no English interface string may be left, and every element passes axe, in light and
 * dark colour schemes. Arabic pages are laid out right to left.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { setNow } from '../../src/controllers/clock.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import '../../src/coalition-widgets.js';

const TAGS = ['coalition-event-card', 'coalition-countdown', 'coalition-member-map', 'coalition-signatory-list'];
/** A fixed moment, so that every page shows the same states: Monday 23 November 2026, noon in Paris. */
const NOW = Date.parse('2026-11-23T12:00:00+01:00');

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The English interface strings, as the static fragments between their placeholders. */
async function englishFragments(locale: string): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  const fragments = new Set<string>();
  for (const unit of xliff.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    if (!source) continue;
    const pieces = [...source.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim());
    const translated = target?.textContent ?? '';
    for (const piece of pieces) {
      // Words a translation may keep as they are (e.g. "Online" in German) are not English left behind.
      if (/[A-Za-z]{4,}/.test(piece) && !translated.includes(piece)) fragments.add(piece);
    }
  }
  return [...fragments];
}

/** The interface text of an element: text and labels, leaving out feed text marked as another language. */
function interfaceText(root: ShadowRoot | Element, pageLang: string, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(attr);
        if (value && langOf(node, pageLang) === pageLang) out.push(value);
      }
      if (node.shadowRoot) interfaceText(node.shadowRoot, pageLang, out);
      continue;
    }
    const parent = node.parentElement;
    if (parent && ['STYLE', 'SCRIPT'].includes(parent.tagName)) continue;
    if (parent && langOf(parent, pageLang) !== pageLang) continue;
    out.push(node.textContent ?? '');
  }
  return out;
}

function langOf(el: Element, pageLang: string): string {
  const tagged = el.closest('[lang]');
  return tagged ? tagged.getAttribute('lang')!.split('-')[0] : pageLang;
}

async function renderPage(lang: string): Promise<HTMLElement> {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const page = await fixture<HTMLElement>(html`
    <main style="max-width: 60rem">
      <coalition-event-card feed="/demo/feed.json" event="hrc47-side-event" no-json-ld></coalition-event-card>
      <coalition-countdown feed="/demo/feed.json" day="world-day-against-trafficking"></coalition-countdown>
      <coalition-member-map feed="/demo/feed.json"></coalition-member-map>
      <coalition-signatory-list feed="/demo/feed.json" statement="ilo-letter-2018"></coalition-signatory-list>
    </main>
  `);
  for (const tag of TAGS) {
    const el = page.querySelector(tag) as Widget;
    await waitUntil(
      () => el.shadowRoot && !el.shadowRoot.querySelector('.loading') && el.shadowRoot.textContent!.trim().length > 0,
      `${tag} never rendered the demo feed`,
      { timeout: 10_000 },
    );
    await el.updateComplete;
  }
  // The map draws its geometry after a lazy import.
  const map = page.querySelector('coalition-member-map')!;
  await waitUntil(() => map.shadowRoot!.querySelector('svg path'), 'the map was never drawn', { timeout: 10_000 });
  return page;
}

describe('a page per locale, from the demo feed', () => {
  before(() => setNow(() => NOW));
  after(async () => {
    setNow();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    await emulateMedia({ colorScheme: 'light' });
  });
  beforeEach(() => clearFeedCache());

  for (const lang of ['en', 'fr', 'es', 'de', 'ar']) {
    describe(lang, () => {
      it('renders all four elements, with no English interface string left', async () => {
        const page = await renderPage(lang);
        if (lang === 'en') {
          expect(page.querySelector('coalition-countdown')!.shadowRoot!.textContent).to.contain('World Day against Trafficking in Persons');
          return;
        }
        const english = await englishFragments(lang);
        expect(english.length, 'English strings read from the XLIFF file').to.be.greaterThan(20);
        for (const tag of TAGS) {
          const text = interfaceText(page.querySelector(tag)!.shadowRoot!, lang).join(' ').replace(/\s+/g, ' ');
          const left = english.filter((fragment) => text.includes(fragment));
          expect(left, `English left in <${tag}> on the ${lang} page`).to.deep.equal([]);
        }
      });

      it('passes axe in light and dark colour schemes', async () => {
        for (const scheme of ['light', 'dark'] as const) {
          await emulateMedia({ colorScheme: scheme });
          const page = await renderPage(lang);
          for (const tag of TAGS) await expect(page.querySelector(tag)).to.be.accessible();
          page.remove();
        }
      });
    });
  }

  it('lays the Arabic page out right to left', async () => {
    const page = await renderPage('ar');
    for (const tag of TAGS) {
      const el = page.querySelector(tag)!;
      expect(getComputedStyle(el).direction, tag).to.equal('rtl');
    }
    // The event card's title: its last (shorter) line ends at the right edge of the card, not the left.
    const card = page.querySelector('coalition-event-card')!;
    const heading = card.shadowRoot!.querySelector('h2, h3, [part~="title"]') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const lines = [...range.getClientRects()];
    const last = lines[lines.length - 1];
    const box = heading.getBoundingClientRect();
    expect(box.right - last.right, 'last line of the title against the right edge').to.be.lessThan(2);
    expect(last.left - box.left, 'room left on the left of the last line').to.be.greaterThan(20);
  });

  it('re-renders every element in the new language when <html lang> changes', async () => {
    const page = await renderPage('en');
    const countdown = page.querySelector('coalition-countdown')!;
    expect(countdown.shadowRoot!.textContent).to.contain('World Day against Trafficking in Persons');
    document.documentElement.lang = 'fr';
    await waitUntil(() => countdown.shadowRoot!.textContent!.includes('Journée mondiale'), 'the countdown stayed in English');
    const fragments = await englishFragments('fr');
    // Each element switches when its own update runs; on a busy machine one may come a frame or two
    // after the countdown, so each is waited for (an element that never switches still fails here).
    const englishLeft = (tag: string) => {
      const el = page.querySelector(tag) as Widget;
      const text = interfaceText(el.shadowRoot!, 'fr').join(' ');
      return fragments.filter((f) => text.includes(f));
    };
    for (const tag of TAGS) {
      await waitUntil(() => englishLeft(tag).length === 0, `<${tag}> still shows English after the switch`, {
        timeout: 4000,
      }).catch(() => undefined);
      expect(englishLeft(tag), `<${tag}> after the switch`).to.deep.equal([]);
    }
  });
});
