// A very long list (over a thousand names shown at once, only those on screen in the document).
// It must never put an error into the host page: no `error` event on window (Chromium reports a
// "ResizeObserver loop" as one, which a page's error monitoring would blame on the element) and
// nothing logged as an error, while it renders, scrolls, is searched, switches statements and sort
// orders, and is resized. And it stays a list to screen readers and to the keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { setupLocalization } from '../../src/i18n/locale.js';
import type { CoalitionSignatoryList } from '../../src/signatory-list/define.js';
import '../../src/signatory-list/define.js';
import { resetPage, restorePage, setLocale, shadow, squash, textOf, waitForFrames } from '../helpers.js';
import { feedWith, ILO_GROUPS, petition } from './fixtures.js';
import { names, searchBox as input } from './queries.js';

setupLocalization();

const scroller = (el: Element) => shadow(el).querySelector<HTMLElement>('.virtual')!;

/** The rows that the scroll box shows (at least partly), top to bottom. */
function visibleRows(el: Element): HTMLElement[] {
  const box = scroller(el).getBoundingClientRect();
  return [...scroller(el).querySelectorAll<HTMLElement>('[role=listitem]')]
    .filter((row) => {
      const r = row.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom && r.height > 0;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

/** A 2,000-name petition whose signatories stand in the letter's three groups. */
function groupedPetition() {
  const statement = petition(2000, { id: 'grouped' });
  const ids = ILO_GROUPS.map((g) => g.id);
  statement.signatories = statement.signatories.map((s, i) => ({ ...s, group: ids[i % ids.length] }));
  return { ...statement, groups: ILO_GROUPS };
}

/** Waits until the list stops scrolling (keyboard scrolling may be animated). */
async function scrolled(el: CoalitionSignatoryList) {
  const box = scroller(el);
  let last = NaN;
  let still = 0;
  await waitForFrames(() => {
    still = box.scrollTop === last ? still + 1 : 0;
    last = box.scrollTop;
    return still >= 5;
  }, 'the list never stopped scrolling');
  await settle(el);
}

/**
 * Lets the page settle: the long-list module loaded, rows drawn, and enough frames for every resize
 * observation (and the error a loop among them would report) to have been delivered.
 */
async function settle(el: CoalitionSignatoryList) {
  await el.updateComplete;
  await waitForFrames(() => shadow(el).querySelector('.virtual [part=signatory]'), 'the long list never drew a name', { timeout: 8000 });
  for (let i = 0; i < 6; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A 2,000-name petition in three groups and a 20,000-name one, shown whole in a box `width` wide. */
async function mount(width: number) {
  const feed = feedWith([groupedPetition(), petition(20000)]);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
    <coalition-signatory-list .feedData=${feed} page-size="0"></coalition-signatory-list>
  </div>`);
  const el = wrapper.querySelector<CoalitionSignatoryList>('coalition-signatory-list')!;
  await settle(el);
  return { wrapper, el };
}

describe('<coalition-signatory-list> with a very long list: no errors in the host page', () => {
  let errors: string[];
  let consoleError: sinon.SinonSpy;
  const onError = (e: ErrorEvent) => errors.push(`window error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);

  beforeEach(() => {
    resetPage();
    errors = [];
    // Capture, on window: what a host page's error monitoring sees first.
    window.addEventListener('error', onError, true);
    window.addEventListener('unhandledrejection', onRejection);
    consoleError = sinon.spy(console, 'error');
  });

  afterEach(async () => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection);
    await restorePage();
  });

  /** Every error the page saw, window's and the console's. */
  const reported = () => [...errors, ...consoleError.getCalls().map((c) => `console.error: ${c.args.map(String).join(' ')}`)];

  it('renders 2,000 names in groups and scrolls them by keyboard and by scrollTop', async () => {
    const { el } = await mount(900);
    expect(textOf(el, '[part=count]')).to.equal('2,000 signatories');
    expect(squash(visibleRows(el)[0].textContent)).to.equal('CAP International and its members (667)');
    expect(names(el)[0]).to.equal('CAP International 1');

    const box = scroller(el);
    box.focus();
    for (const key of ['PageDown', 'PageDown', 'ArrowDown', 'End', 'PageUp', 'Home']) {
      await sendKeys({ press: key });
      await scrolled(el);
    }
    expect(box.scrollTop).to.equal(0);
    expect(names(el)[0]).to.equal('CAP International 1');

    for (const top of [5000, box.scrollHeight / 2, box.scrollHeight, 0]) {
      box.scrollTop = top;
      await settle(el);
      expect(visibleRows(el).length, `rows on screen at scrollTop ${top}`).to.be.greaterThan(3);
    }
    expect(reported()).to.deep.equal([]);
  });

  it('renders 20,000 names, and scrolls them to the end and back', async () => {
    const { el } = await mount(900);
    el.statement = 'petition-20000';
    await settle(el);
    expect(textOf(el, '[part=count]')).to.equal('20,000 signatories');
    const box = scroller(el);
    for (const top of [box.scrollHeight / 3, box.scrollHeight, 0]) {
      box.scrollTop = top;
      await settle(el);
      expect(visibleRows(el).length, `rows on screen at scrollTop ${top}`).to.be.greaterThan(3);
    }
    box.focus();
    for (const key of ['End', 'PageUp', 'Home', 'PageDown']) {
      await sendKeys({ press: key });
      await scrolled(el);
    }
    box.scrollTop = box.scrollHeight;
    await settle(el);
    expect(names(el).at(-1)).to.equal(petition(20000).signatories.at(-1)!.name);
    expect(reported()).to.deep.equal([]);
  });

  it('filters the long list by a keystroke in its search box, and clears it', async () => {
    const { el } = await mount(900);
    el.statement = 'petition-20000';
    await settle(el);
    scroller(el).scrollTop = 40000;
    await settle(el);
    input(el).focus();
    // Numbered names: "1" and then "12" match those whose number holds them.
    const matching = (digits: string) => petition(20000).signatories.filter((s) => s.name.includes(digits)).length.toLocaleString('en');
    await sendKeys({ type: '1' });
    await settle(el);
    expect(textOf(el, '[part=result]')).to.equal(`${matching('1')} signatories match`);
    await sendKeys({ type: '2' });
    await settle(el);
    expect(textOf(el, '[part=result]')).to.equal(`${matching('12')} signatories match`);
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(input(el).value).to.equal('');
    expect(names(el).length).to.be.greaterThan(3);
    expect(reported()).to.deep.equal([]);
  });

  it('switches between statements with and without groups, and between sort orders', async () => {
    const { el } = await mount(900);
    const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
    const steps: [string, CoalitionSignatoryList['sort'], string][] = [
      ['petition-20000', 'feed', '20,000 signatories'],
      ['grouped', 'name', '2,000 signatories'],
      ['petition-20000', 'name', '20,000 signatories'],
      ['grouped', 'feed', '2,000 signatories'],
    ];
    for (const [statement, sort, count] of steps) {
      el.statement = statement;
      el.sort = sort;
      await settle(el);
      scroller(el).scrollTop = 1500;
      await settle(el);
      expect(textOf(el, '[part=count]')).to.equal(count);
      const shown = visibleRows(el).filter((row) => row.matches('[part=signatory]')).map((row) => squash(row.querySelector('bdi')!.textContent));
      expect(shown.length, `${statement}, ${sort}`).to.be.greaterThan(3);
      if (sort === 'name') expect(shown, `${statement}, by name`).to.deep.equal([...shown].sort(byName));
    }
    expect(reported()).to.deep.equal([]);
  });

  it('keeps its place when the page scrolls it out of view and back, and when it is hidden and shown', async () => {
    const { wrapper, el } = await mount(900);
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    wrapper.after(spacer);
    try {
      scroller(el).scrollTop = 4000;
      await settle(el);
      const before = squash(visibleRows(el)[0].textContent);
      for (const away of [() => window.scrollTo(0, 2500), () => (wrapper.style.display = 'none')]) {
        away();
        await settle(el);
        window.scrollTo(0, 0);
        wrapper.style.display = '';
        await settle(el);
        expect(scroller(el).scrollTop).to.equal(4000);
        expect(squash(visibleRows(el)[0].textContent)).to.equal(before);
      }
    } finally {
      spacer.remove();
    }
    expect(reported()).to.deep.equal([]);
  });

  it('keeps its rows apart when its text grows and shrinks (the host page restyles it)', async () => {
    const { el } = await mount(900);
    scroller(el).scrollTop = 2000;
    await settle(el);
    for (const size of ['24px', '12px', '']) {
      el.style.fontSize = size;
      await settle(el);
      const rows = visibleRows(el);
      expect(rows.length, `rows on screen at ${size || 'the page\'s size'}`).to.be.greaterThan(2);
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i].getBoundingClientRect().top + 0.5).to.be.at.least(rows[i - 1].getBoundingClientRect().bottom);
      }
    }
    expect(reported()).to.deep.equal([]);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`keeps its rows in place when its container narrows and widens (320 px ↔ 900 px), ${dir}`, async () => {
      document.documentElement.dir = dir;
      const { wrapper, el } = await mount(900);
      for (const statement of ['grouped', 'petition-20000']) {
        el.statement = statement;
        await settle(el);
        scroller(el).scrollTop = 3000;
        await settle(el);
        for (const width of [320, 900, 320, 600, 900]) {
          wrapper.style.inlineSize = `${width}px`;
          await settle(el);
          const rows = visibleRows(el);
          expect(rows.length, `rows on screen at ${width} px`).to.be.greaterThan(3);
          // The rows are as wide as the box's content, and do not overlap.
          for (let i = 1; i < rows.length; i++) {
            expect(rows[i].getBoundingClientRect().top + 0.5).to.be.at.least(rows[i - 1].getBoundingClientRect().bottom);
          }
          expect(rows[0].getBoundingClientRect().width).to.be.at.most(scroller(el).getBoundingClientRect().width);
        }
      }
      expect(reported()).to.deep.equal([]);
    });
  }
});

describe('<coalition-signatory-list> with a very long list: screen readers and keyboard', () => {
  beforeEach(resetPage);
  afterEach(() => restorePage());

  it('is a named list of list items: group headings, and each name with its country', async () => {
    const { el } = await mount(900);
    const list = scroller(el);
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Signatories');
    const rows = [...list.children].filter((child) => !child.hasAttribute('virtualizer-sizer'));
    expect(rows.length).to.be.greaterThan(5);
    expect(rows.every((row) => row.getAttribute('role') === 'listitem')).to.equal(true);
    expect(squash(rows[0].querySelector('h4')!.textContent)).to.equal('CAP International and its members (667)');
    expect(squash(rows[1].textContent)).to.equal('CAP International 1');
    expect(squash(rows[2].textContent)).to.equal('Embrace Dignity 4, South Africa');
    await expect(el).to.be.accessible();
  });

  it('announces the number of matches of a search that leaves it long', async () => {
    const { el } = await mount(900);
    input(el).focus();
    await sendKeys({ type: '1' });
    await settle(el);
    const matching = groupedPetition().signatories.filter((s) => s.name.includes('1')).length;
    expect(matching).to.be.greaterThan(1000);
    const expected = `${matching.toLocaleString('en')} signatories match`;
    expect(textOf(el, '[part=result]')).to.equal(expected);
    const status = shadow(el).querySelector('[role=status]')!;
    await waitUntil(() => squash(status.textContent) === expected, 'the count was not announced');
    expect(scroller(el).getAttribute('role')).to.equal('list');
  });

  it('takes focus with Tab after the sort menu, and scrolls with End, Home and Page Down', async () => {
    const { el } = await mount(900);
    shadow(el).querySelector<HTMLSelectElement>('select[part=sort]')!.focus();
    await sendKeys({ press: 'Tab' });
    const list = scroller(el);
    expect(shadow(el).activeElement).to.equal(list);

    await sendKeys({ press: 'End' });
    await scrolled(el);
    const last = groupedPetition().signatories.filter((_, i) => i % 3 === 2).at(-1)!.name;
    expect(squash(visibleRows(el).at(-1)!.querySelector('bdi')!.textContent)).to.equal(last);

    await sendKeys({ press: 'Home' });
    await scrolled(el);
    expect(squash(visibleRows(el)[0].textContent)).to.equal('CAP International and its members (667)');

    const before = visibleRows(el)[0];
    await sendKeys({ press: 'PageDown' });
    await scrolled(el);
    expect(visibleRows(el)).to.not.include(before);
    expect(shadow(el).activeElement).to.equal(list);
  });

  it('keeps a focused name in its own element while the list scrolls on (a screen reader is not moved)', async () => {
    const { el } = await mount(900);
    scroller(el).scrollTop = 3000;
    await settle(el);
    const row = visibleRows(el).find((r) => r.matches('[part=signatory]'))!;
    const name = squash(row.textContent);
    row.tabIndex = -1;
    row.focus();
    // Far enough that the rows drawn above the view change, not so far that this one leaves.
    scroller(el).scrollTop += 500;
    await settle(el);
    expect(shadow(el).activeElement, 'the focused row is still the focused element').to.equal(row);
    expect(row.isConnected).to.equal(true);
    expect(squash(row.textContent), 'and still shows the same name').to.equal(name);
    expect(names(el)[0], 'the first rows drawn are others now').to.not.equal('CAP International 1');
  });

  it('draws the rows again in the page\'s new language, where they are', async () => {
    const { el } = await mount(900);
    scroller(el).scrollTop = 3000;
    await settle(el);
    const row = visibleRows(el).find((r) => r.querySelector('[part=country]'))!;
    expect(squash(row.querySelector('[part=country]')!.textContent)).to.match(/^[A-Z][a-z]/);
    await setLocale('fr', el, 'signataires');
    await settle(el);
    expect(scroller(el).scrollTop, 'the list stays where it was').to.equal(3000);
    const shown = visibleRows(el).filter((r) => r.querySelector('[part=country]'));
    expect(shown.length).to.be.greaterThan(3);
    for (const r of shown) {
      const n = squash(r.querySelector('bdi')!.textContent);
      const c = groupedPetition().signatories.find((s) => s.name === n)!.country!;
      expect(squash(r.textContent)).to.equal(`${n}, ${new Intl.DisplayNames(['fr'], { type: 'region' }).of(c)}`);
    }
  });

  for (const width of [900, 320]) {
    it(`shows long names whole at ${width} px, wrapped when narrow, each row below the one before`, async () => {
      const { el } = await mount(width);
      const rows = [...scroller(el).querySelectorAll<HTMLElement>('[role=listitem]')];
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i].getBoundingClientRect().top + 0.5).to.be.at.least(rows[i - 1].getBoundingClientRect().bottom);
      }
      const long = rows.find((row) => squash(row.textContent).startsWith('Coalition Against Trafficking in Women (CATW) 25'));
      expect(long, 'the long name is drawn').to.exist;
      const box = long!.getBoundingClientRect();
      const lines = [...long!.querySelector('bdi')!.getClientRects()];
      expect(lines.length).to.equal(width === 320 ? 2 : 1);
      for (const line of lines) {
        expect(line.top).to.be.at.least(box.top - 0.5);
        expect(line.bottom).to.be.at.most(box.bottom + 0.5);
        expect(line.right).to.be.at.most(box.right + 0.5);
      }
    });
  }
});

describe('<coalition-signatory-list> with a very long list: removed from the page', () => {
  beforeEach(resetPage);
  afterEach(() => restorePage());

  it('stops listening to scrolling and resizing, and starts again when put back', async () => {
    const added = sinon.spy(window, 'addEventListener');
    const removed = sinon.spy(window, 'removeEventListener');
    const observed = sinon.spy(ResizeObserver.prototype, 'observe');
    const disconnected = sinon.spy(ResizeObserver.prototype, 'disconnect');
    const { wrapper, el } = await mount(900);
    // The scroll listeners on window now: added and not removed since (adding one twice adds it once).
    const listening = () => {
      const live = new Set<unknown>();
      const calls = [...added.getCalls().map((c) => [c, true] as const), ...removed.getCalls().map((c) => [c, false] as const)];
      for (const [c, add] of calls.filter(([c]) => c.args[0] === 'scroll').sort(([a], [b]) => (a.calledBefore(b) ? -1 : 1))) {
        if (add) live.add(c.args[1]);
        else live.delete(c.args[1]);
      }
      return live.size;
    };
    expect(listening(), 'the list listens to the page scrolling').to.be.greaterThan(0);
    expect(observed.callCount).to.be.greaterThan(0);

    wrapper.remove();
    expect(listening(), 'every scroll listener on window removed').to.equal(0);
    expect(disconnected.callCount, 'its resize observers disconnected').to.be.greaterThan(0);

    document.body.append(wrapper);
    scroller(el).scrollTop = 6000;
    await settle(el);
    expect(listening(), 'listening again').to.be.greaterThan(0);
    const rows = visibleRows(el);
    expect(rows.length, 'rows on screen after scrolling, once back').to.be.greaterThan(3);
    expect(squash(rows[0].textContent)).to.not.equal('CAP International and its members (667)');
    wrapper.remove();
  });
});
