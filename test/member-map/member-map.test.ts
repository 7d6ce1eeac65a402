import { msg } from '@lit/localize';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { setupLocalization } from '../../src/i18n/locale.js';
import type { CoalitionMemberMap } from '../../src/member-map/define.js';
import '../../src/member-map/define.js';
import { CoalitionMemberMap as MemberMapClass } from '../../src/member-map/member-map.js';
import { restorePage, resetPage, setLocale, shadow, squash } from '../helpers.js';
import { capMembers, feedWith, type MemberInput } from './fixtures.js';

setupLocalization();

const headline = (el: Element) => squash(shadow(el).querySelector('[part=headline]')?.textContent);
const countries = (el: Element) => [...shadow(el).querySelectorAll('[part=country] h4 .name')].map((h) => squash(h.textContent));
const markers = (el: Element) => [...shadow(el).querySelectorAll<SVGCircleElement>('[part=marker]')];
const geometryRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/member-map/geometry') || e.name.includes('countries-110m'));

async function map(feed: unknown, country?: string) {
  return fixture<CoalitionMemberMap>(html`<coalition-member-map .feedData=${feed} country=${ifDefined(country)}></coalition-member-map>`);
}

/** A map once its geometry is drawn. */
async function drawnMap(feed: unknown, country?: string) {
  const el = await map(feed, country);
  await waitUntil(() => shadow(el).querySelector('svg path'), 'the map was never drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Language changes wait for the headline itself to change. */
const inHeadline = { read: headline };

function members(n: number, countryCodes: string[]): MemberInput[] {
  return Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `Member ${i}`, country: countryCodes[i % countryCodes.length] }));
}

describe('<coalition-member-map>', () => {
  beforeEach(resetPage);

  afterEach(async () => {
    await restorePage();
    // The next test starts with the English strings back in place.
    await waitUntil(() => msg('Loading…', { id: 'base.loading' }) === 'Loading…', 'English never came back');
  });

  // These two come first: the geometry is loaded once per page.
  describe('the geometry chunk', () => {
    it('is not loaded while no map is on the page', async () => {
      await map(feedWith([]));
      await map(feedWith(), 'IS');
      expect(geometryRequests()).to.have.length(0);
    });

    it('failing to load leaves a working list and no empty map box', async () => {
      const importGeometry = MemberMapClass.importGeometry;
      const error = sinon.stub(console, 'error');
      MemberMapClass.importGeometry = () => Promise.reject(new Error('offline'));
      try {
        const el = await map(feedWith());
        await waitUntil(() => shadow(el).querySelector('.map.failed'), 'the map never gave up');
        expect(getComputedStyle(shadow(el).querySelector('.map')!).display).to.equal('none');
        expect(headline(el)).to.equal('23 member organisations in 18 countries');
        expect(shadow(el).querySelectorAll('[part=member]')).to.have.length(23);
        expect(error.calledOnce).to.equal(true);
        expect(String(error.firstCall.args[0])).to.contain('map could not be loaded');
      } finally {
        MemberMapClass.importGeometry = importGeometry;
      }
    });

    it('is loaded, from the page’s own server, once a map is on the page', async () => {
      const el = await map(feedWith());
      // While the geometry loads, the map's box keeps its room.
      const box = shadow(el).querySelector<HTMLElement>('[part=map]')!;
      expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
      await waitUntil(() => shadow(el).querySelector('svg path'), 'the map was never drawn', { timeout: 5000 });
      expect(geometryRequests().length).to.be.greaterThan(0);
      const foreign = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
      expect(foreign.map((e) => e.name)).to.deep.equal([]);
    });
  });

  describe('the headline', () => {
    it('counts members and countries, with English plurals', async () => {
      expect(headline(await map(feedWith()))).to.equal('23 member organisations in 18 countries');
      expect(headline(await map(feedWith(members(1, ['FR']))))).to.equal('1 member organisation in 1 country');
      expect(headline(await map(feedWith(members(2, ['FR', 'DE']))))).to.equal('2 member organisations in 2 countries');
    });

    it('says the plurals of French, Spanish and German', async () => {
      const el = await map(feedWith());
      await setLocale('fr', el, 'pays', inHeadline);
      expect(headline(el)).to.equal('23 organisations membres dans 18 pays');
      expect(headline(await map(feedWith(members(1, ['FR']))))).to.equal('1 organisation membre dans 1 pays');
      await setLocale('es', el, 'organizaciones', inHeadline);
      expect(headline(el)).to.equal('23 organizaciones miembro en 18 países');
      expect(headline(await map(feedWith(members(1, ['FR']))))).to.equal('1 organización miembro en 1 país');
      await setLocale('de', el, 'Mitglieds', inHeadline);
      expect(headline(el)).to.equal('23 Mitgliedsorganisationen in 18 Ländern');
      expect(headline(await map(feedWith(members(1, ['FR']))))).to.equal('1 Mitgliedsorganisation in 1 Land');
    });

    it('says the six plural forms of Arabic', async () => {
      const n = (x: number) => new Intl.NumberFormat('ar').format(x);
      const el = await map(feedWith());
      await setLocale('ar', el, 'منظمة', inHeadline);
      expect(headline(el)).to.equal(`${n(23)} منظمة عضوًا في ${n(18)} بلدًا`); // many
      expect(headline(await map(feedWith(members(1, ['FR']))))).to.equal('منظمة عضو واحدة في بلد واحد'); // one
      expect(headline(await map(feedWith(members(2, ['FR', 'DE']))))).to.equal('منظمتان عضوان في بلدين'); // two
      expect(headline(await map(feedWith(members(5, ['FR', 'DE', 'IN']))))).to.equal(`${n(5)} منظمات أعضاء في ${n(3)} بلدان`); // few
      expect(headline(await map(feedWith(members(100, ['FR']))))).to.equal(`${n(100)} منظمة عضو في بلد واحد`); // other
    });

    it('names the country when narrowed to one', async () => {
      const el = await map(feedWith(), 'fr');
      expect(headline(el)).to.equal('France: 2 member organisations');
      await setLocale('de', el, 'Mitglieds', inHeadline);
      expect(headline(el)).to.equal('Frankreich: 2 Mitgliedsorganisationen');
    });
  });

  describe('the list', () => {
    it('groups members by country, sorted by the visitor’s names and collation', async () => {
      const el = await map(feedWith());
      expect(countries(el)).to.deep.equal([
        'Canada', 'Colombia', 'Denmark', 'Finland', 'France', 'Germany', 'India', 'Ireland', 'Latvia',
        'Lebanon', 'Malawi', 'Mexico', 'Nepal', 'South Africa', 'Spain', 'Sweden', 'United Kingdom', 'United States',
      ]);
      const spain = [...shadow(el).querySelectorAll('[part=country]')].find((s) => s.querySelector('h4')!.textContent!.includes('Spain'))!;
      expect([...spain.querySelectorAll('[part=member]')].map((li) => squash(li.textContent))).to.deep.equal([
        'Malos Tratos, Madrid',
        'Médicos del Mundo, Madrid',
      ]);
      expect(squash(spain.querySelector('h4')!.textContent)).to.equal('Spain (2)');
      // A heading per country, under the headline.
      expect(shadow(el).querySelector('h3')!.textContent).to.contain('23 member organisations');
      expect(shadow(el).querySelectorAll('h4')).to.have.length(18);
    });

    it('names and sorts countries in French and Arabic', async () => {
      const el = await map(feedWith());
      await setLocale('fr', el, 'pays', inHeadline);
      expect(countries(el)).to.deep.equal([
        'Afrique du Sud', 'Allemagne', 'Canada', 'Colombie', 'Danemark', 'Espagne', 'États-Unis', 'Finlande', 'France',
        'Inde', 'Irlande', 'Lettonie', 'Liban', 'Malawi', 'Mexique', 'Népal', 'Royaume-Uni', 'Suède',
      ]);
      await setLocale('ar', el, 'منظمة', inHeadline);
      const names = countries(el);
      expect(names).to.include('لبنان');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('ar').compare));
      // Cities in the visitor's language when the feed has them.
      expect(shadow(el).textContent).to.contain('بيروت');
    });

    it('links members only to https:, http: and mailto: addresses', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await map(
        feedWith([
          { id: 'a', name: 'Secure', country: 'FR', url: 'https://example.org/a' },
          { id: 'b', name: 'Plain', country: 'FR', url: 'http://example.org/b' },
          { id: 'c', name: 'Mail', country: 'FR', url: 'mailto:contact@example.org' },
          { id: 'd', name: 'Script', country: 'FR', url: 'javascript:alert(1)' },
          { id: 'e', name: 'Data', country: 'FR', url: 'data:text/html,<b>x</b>' },
          { id: 'f', name: 'None', country: 'FR' },
        ]),
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=member] a')];
      expect(links.map((a) => [squash(a.textContent), a.getAttribute('href')])).to.deep.equal([
        ['Mail', 'mailto:contact@example.org'],
        ['Plain', 'http://example.org/b'],
        ['Secure', 'https://example.org/a'],
      ]);
      expect(squash(shadow(el).querySelector('[part=list]')!.textContent)).to.contain('Script').and.contain('Data').and.contain('None');
      expect(warn.called).to.equal(true);
    });

    it('shows feed text as text, never as markup', async () => {
      const el = await map(feedWith([{ id: 'x', name: '<img src=x onerror=alert(1)>Evil', country: 'FR', city: '<b>Lyon</b>' }]));
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(squash(shadow(el).querySelector('[part=member]')!.textContent)).to.equal('<img src=x onerror=alert(1)>Evil, <b>Lyon</b>');
    });
  });

  describe('the map', () => {
    it('has a marker per member, with or without coordinates, and shades their countries', async () => {
      const el = await drawnMap(feedWith());
      expect(markers(el)).to.have.length(capMembers.length);
      const shaded = new Set([...shadow(el).querySelectorAll('path.member')].map((p) => p.getAttribute('data-country')));
      expect([...shaded].sort()).to.deep.equal([...new Set(capMembers.map((m) => m.country))].sort());
      // Every other country is drawn too, in one path under them.
      const rest = shadow(el).querySelectorAll('path.land:not(.member)');
      expect(rest).to.have.length(1);
      expect(rest[0].getAttribute('d')!.match(/M/g)!.length).to.be.above(150);
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Map: 23 member organisations in 18 countries');
    });

    it('puts a member without coordinates in its country', async () => {
      const el = await drawnMap(feedWith());
      const malawi = shadow(el).querySelector<SVGPathElement>('path[data-country=MW]')!;
      const marker = shadow(el).querySelector<SVGCircleElement>('[part=marker][data-member=psgr]')!;
      const box = malawi.getBBox();
      const [x, y] = [marker.cx.baseVal.value, marker.cy.baseVal.value];
      expect(x).to.be.within(box.x, box.x + box.width);
      expect(y).to.be.within(box.y, box.y + box.height);
      expect(malawi.isPointInFill(new DOMPoint(x, y))).to.equal(true);
    });

    it('places members of countries too small for the atlas, and no marker where nothing is known', async () => {
      const el = await drawnMap(
        feedWith([
          { id: 'malta', name: 'Malta member', country: 'MT' },
          { id: 'nowhere', name: 'Unknown country', country: 'XX' },
          { id: 'kosovo', name: 'Kosovo member', country: 'XK' },
        ]),
      );
      expect(markers(el).map((m) => m.dataset.member).sort()).to.deep.equal(['kosovo', 'malta']);
      expect(shadow(el).querySelectorAll('[part=member]')).to.have.length(3);
    });

    it('spreads members that share a spot', async () => {
      const el = await drawnMap(feedWith());
      const [a, b] = ['fondation-scelles', 'mouvement-du-nid'].map((id) => shadow(el).querySelector<SVGCircleElement>(`[data-member=${id}]`)!);
      const distance = Math.hypot(a.cx.baseVal.value - b.cx.baseVal.value, a.cy.baseVal.value - b.cy.baseVal.value);
      expect(distance).to.be.greaterThan(a.r.baseVal.value);
    });

    it('zooms to the members shown: Europe for a European coalition, one country when narrowed', async () => {
      const world = await drawnMap(feedWith());
      const widthOf = (el: Element) => Number(shadow(el).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
      expect(widthOf(world)).to.equal(1000);
      const europe = await drawnMap(feedWith(capMembers.filter((m) => ['FR', 'DE', 'IE', 'ES', 'SE', 'DK', 'LV', 'FI'].includes(m.country))));
      expect(widthOf(europe)).to.be.below(400);
      const france = await drawnMap(feedWith(), 'FR');
      expect(widthOf(france)).to.be.below(200);
      expect(markers(france)).to.have.length(2);
    });

    it('is drawn left to right in a right-to-left page', async () => {
      const el = await drawnMap(feedWith());
      await setLocale('ar', el, 'منظمة', inHeadline);
      expect(shadow(el).querySelector('[part=map]')!.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(shadow(el).querySelector('[part=list]')!).direction).to.equal('rtl');
    });
  });

  describe('interaction', () => {
    it('highlights a member’s marker while its link has focus', async () => {
      const el = await drawnMap(feedWith());
      const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=member] a')].find((a) => a.textContent!.includes('Ruhama'))!;
      link.focus();
      await el.updateComplete;
      expect(shadow(el).querySelector('[data-member=ruhama]')!.classList.contains('active')).to.equal(true);
      expect(shadow(el).querySelectorAll('[part=marker].active')).to.have.length(1);
      link.blur();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part=marker].active')).to.have.length(0);
    });

    it('highlights a country’s markers and land while the pointer is on it in the list', async () => {
      const el = await drawnMap(feedWith());
      const india = shadow(el).querySelector('[part=country][aria-labelledby=country-IN]')!;
      india.dispatchEvent(new MouseEvent('mouseenter'));
      await el.updateComplete;
      expect(markers(el).filter((m) => m.classList.contains('active')).map((m) => m.dataset.member).sort()).to.deep.equal(['apne-aap', 'hamari-muskan']);
      expect(shadow(el).querySelector('path[data-country=IN]')!.classList.contains('active')).to.equal(true);
      india.dispatchEvent(new MouseEvent('mouseleave'));
      await el.updateComplete;
      expect(markers(el).filter((m) => m.classList.contains('active'))).to.have.length(0);
    });

    it('narrows the list to a country chosen on the map, and back with a button', async () => {
      const el = await drawnMap(feedWith());
      shadow(el).querySelector('path[data-country=IN]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(countries(el)).to.deep.equal(['India']);
      expect(squash(shadow(el).querySelector('.selection [role=status]')!.textContent)).to.equal('Country shown: India');
      const button = shadow(el).querySelector<HTMLButtonElement>('.selection button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(countries(el)).to.have.length(18);
      // A marker chooses its country too; a country without members (all in one path) shows them all again.
      shadow(el).querySelector('[data-member=kafa]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(countries(el)).to.deep.equal(['Lebanon']);
      expect(shadow(el).querySelector('path[data-country=BR]')).to.equal(null);
      shadow(el).querySelector('path.land:not(.member)')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(countries(el)).to.have.length(18);
    });
  });

  describe('messages', () => {
    it('says so when a country has no members, in the visitor’s language', async () => {
      const el = await map(feedWith(), 'is');
      expect(squash(shadow(el).querySelector('[part=message]')!.textContent)).to.equal('No member organisation is listed for Iceland.');
      expect(shadow(el).querySelector('[part=map]')).to.equal(null);
      document.documentElement.lang = 'fr';
      await waitUntil(() => shadow(el).textContent!.includes('ce pays'), 'no French', { timeout: 4000 });
      expect(squash(shadow(el).querySelector('[part=message]')!.textContent)).to.equal(
        'Aucune organisation membre n’est répertoriée pour ce pays : Islande.',
      );
    });

    it('says so when the feed has no members', async () => {
      const el = await map(feedWith([]));
      expect(squash(shadow(el).querySelector('[part=message]')!.textContent)).to.equal('There are no member organisations to show.');
    });

    it('keeps room while the feed loads, and shows the fallback when it cannot be loaded', async () => {
      const loading = await fixture<CoalitionMemberMap>(html`<coalition-member-map feed="/__feeds/slow"></coalition-member-map>`);
      expect(shadow(loading).querySelector('[part=loading]')).to.not.equal(null);
      expect(shadow(loading).querySelector<HTMLElement>('.loading-map')!.getBoundingClientRect().height).to.be.greaterThan(100);
      sinon.stub(console, 'error');
      sinon.stub(console, 'warn');
      const el = await fixture<CoalitionMemberMap>(
        html`<coalition-member-map feed="/__feeds/status/500"><a href="https://www.cap-international.org/">Our members</a></coalition-member-map>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part=message]'), 'no message', { timeout: 5000 });
      expect(squash(shadow(el).querySelector('[part=message]')!.textContent)).to.equal('The content could not be loaded.');
      expect(shadow(el).querySelector('slot')!.assignedElements()[0].textContent).to.equal('Our members');
    });
  });

  describe('accessibility', () => {
    it('passes axe in English and in Arabic', async () => {
      const el = await drawnMap(feedWith());
      await expect(el).to.be.accessible();
      await setLocale('ar', el, 'منظمة', inHeadline);
      await expect(el).to.be.accessible();
    });

    it('passes axe when narrowed to a country chosen on the map', async () => {
      const el = await drawnMap(feedWith());
      shadow(el).querySelector('path[data-country=FR]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
