import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { setupLocalization } from '../../src/i18n/locale.js';
import type { CoalitionSignatoryList } from '../../src/signatory-list/define.js';
import '../../src/signatory-list/define.js';
import { fold } from '../../src/signatory-list/model.js';
import { englishPage, resetPage, setLocale, shadow, squash, textOf } from '../helpers.js';
import { feedWith, ILO_URL, iloLetter, petition } from './fixtures.js';
import { names, searchBox as input } from './queries.js';

setupLocalization();

const allText = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => squash(n.textContent));
const headings = (el: Element) => allText(el, '[part=group-heading]');

interface Options {
  statement?: string;
  sort?: string;
  pageSize?: number;
}

async function list(feed: unknown, { statement, sort, pageSize }: Options = {}) {
  return fixture<CoalitionSignatoryList>(
    html`<coalition-signatory-list
      .feedData=${feed}
      statement=${ifDefined(statement)}
      sort=${ifDefined(sort)}
      page-size=${ifDefined(pageSize)}
    ></coalition-signatory-list>`,
  );
}

async function type(el: CoalitionSignatoryList, text: string) {
  const box = input(el);
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<coalition-signatory-list>', () => {
  beforeEach(resetPage);

  afterEach(async () => {
    sinon.restore();
    // The next test starts once the English strings are back.
    const changed = document.documentElement.lang !== 'en';
    let ready = false;
    const onStatus = (e: Event) => {
      const { detail } = e as CustomEvent<{ status: string; readyLocale?: string }>;
      if (detail.status === 'ready' && detail.readyLocale === 'en') ready = true;
    };
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
    englishPage();
    if (changed) await waitUntil(() => ready, 'the locale never went back to en');
    window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
  });

  describe('the letter of 85 NGOs to the ILO (seed 004)', () => {
    it('shows the title linked to the letter, its date and the number of signatories', async () => {
      const el = await list(feedWith([iloLetter()]));
      expect(textOf(el, '[part=title]')).to.equal('Letter from 85 NGOs to the ILO Standard Setting Committee');
      expect(shadow(el).querySelector('[part=title] a')!.getAttribute('href')).to.equal(ILO_URL);
      expect(textOf(el, '[part=meta]')).to.equal('May 30, 2018 · 85 signatories');
      expect(shadow(el).querySelector('[part=meta] time')!.getAttribute('datetime')).to.equal('2018-05-30');
      expect(shadow(el).querySelector('[part=sign]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('puts the signatories under their three groups, in the feed order, with the group sizes', async () => {
      const el = await list(feedWith([iloLetter()]));
      expect(headings(el)).to.deep.equal([
        'CAP International and its members (24)',
        'International networks (7)',
        'Domestic NGOs (54)',
      ]);
      const groups = [...shadow(el).querySelectorAll('[part=group]')];
      expect(groups.map((g) => g.querySelectorAll('[part=signatory]').length)).to.deep.equal([24, 7, 54]);
      const first = groups[0].querySelectorAll('[part=signatory]');
      expect(squash(first[0].textContent)).to.equal('CAP International');
      expect(squash(first[1].textContent)).to.equal('Apne Aap, India');
      expect(squash(groups[2].querySelector('[part=signatory]')!.textContent)).to.equal('1000 Möjligheter, Sweden');
      // A heading names its list for screen readers.
      expect(groups[1].getAttribute('aria-labelledby')).to.equal(groups[1].querySelector('h4')!.id);
    });

    it('uses the first statement without `statement`, and the named one with it', async () => {
      const other = petition(3, { id: 'other' });
      const first = await list(feedWith([iloLetter(), other]));
      expect(textOf(first, '[part=count]')).to.equal('85 signatories');
      const named = await list(feedWith([iloLetter(), other]), { statement: 'other' });
      expect(textOf(named, '[part=title]')).to.equal('A petition of 3 signatories');
      expect(textOf(named, '[part=count]')).to.equal('3 signatories');
    });

    it('shows group names, countries, date and number in French', async () => {
      const el = await list(feedWith([iloLetter()]));
      await setLocale('fr', el, '85 signataires');
      expect(textOf(el, '[part=meta]')).to.equal('30 mai 2018 · 85 signataires');
      expect(headings(el)[0]).to.equal('CAP International et ses membres (24)');
      expect(headings(el)[2]).to.equal('ONG nationales (54)');
      expect(names(el)[1]).to.equal('Apne Aap');
      expect(allText(el, '[part=country]')[0]).to.equal('Inde');
      expect(shadow(el).querySelector('label[for=search]')!.textContent).to.equal('Rechercher un signataire');
      await expect(el).to.be.accessible();
    });

    it('shows the letter in Arabic, right to left', async () => {
      const el = await list(feedWith([iloLetter()]));
      await setLocale('ar', el, 'ابحث في الموقّعين');
      expect(textOf(el, '[part=title]')).to.equal('رسالة من 85 منظمة غير حكومية إلى لجنة وضع المعايير في منظمة العمل الدولية');
      expect(allText(el, '[part=country]')[0]).to.equal('الهند');
      expect(getComputedStyle(shadow(el).querySelector('[part=list]')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('links to the signing page when the statement has signUrl', async () => {
      const el = await list(feedWith([iloLetter({ signUrl: 'https://www.cap-international.org/sign/' })]));
      const sign = shadow(el).querySelector<HTMLAnchorElement>('a[part=sign]')!;
      expect(sign.getAttribute('href')).to.equal('https://www.cap-international.org/sign/');
      expect(squash(sign.textContent)).to.equal('Sign this statement: Letter from 85 NGOs to the ILO Standard Setting Committee');
    });
  });

  describe('groups', () => {
    it('puts signatories of a group the statement does not declare under "Other signatories", last', async () => {
      const statement = iloLetter({
        signatories: [
          { name: 'Ruhama', country: 'IE', group: 'members' },
          { name: 'Space Allies', country: 'JP', group: 'unknown' },
          { name: 'Equality Now', group: 'networks' },
          { name: 'Realstars', country: 'SE' },
        ],
      });
      const el = await list(feedWith([statement]));
      expect(headings(el)).to.deep.equal(['CAP International and its members (1)', 'International networks (1)', 'Other signatories (2)']);
      expect(names(el)).to.deep.equal(['Ruhama', 'Equality Now', 'Space Allies', 'Realstars']);
      await setLocale('de', el, 'Weitere Unterzeichnende (2)');
    });

    it('shows one list without headings when the statement has no groups', async () => {
      const el = await list(feedWith([petition(5)]));
      expect(headings(el)).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('ul[part=signatories]').length).to.equal(1);
      expect(names(el)).to.deep.equal(['CAP International 1', 'Apne Aap 2', 'Breaking Free 3', 'Embrace Dignity 4', 'EVA Center 5']);
      await expect(el).to.be.accessible();
    });
  });

  describe('plurals', () => {
    // Arabic digits as this browser writes them for `ar` (Latin or Arabic-Indic, by its CLDR version).
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
    const cases: [string, number, string][] = [
      ['en', 1, '1 signatory'],
      ['en', 2, '2 signatories'],
      ['fr', 0, '0 signataire'],
      ['fr', 1, '1 signataire'],
      ['fr', 2, '2 signataires'],
      ['es', 1, '1 firmante'],
      ['de', 1, '1 Unterschrift'],
      ['de', 3, '3 Unterschriften'],
      ['ar', 0, `${ar(0)} موقّع`],
      ['ar', 1, `موقّع واحد (${ar(1)})`],
      ['ar', 2, `موقّعان (${ar(2)})`],
      ['ar', 3, `${ar(3)} موقّعين`],
      ['ar', 11, `${ar(11)} موقّعًا`],
      ['ar', 100, `${ar(100)} موقّع`],
    ];
    for (const [lang, n, expected] of cases) {
      it(`${lang}, ${n}: "${expected}"`, async () => {
        const el = await list(feedWith([petition(n)]));
        if (lang !== 'en') await setLocale(lang, el, expected);
        expect(textOf(el, '[part=count]')).to.equal(expected);
      });
    }

    it('says that no one has signed yet, and offers the Sign link', async () => {
      const el = await list(feedWith([iloLetter({ signatories: [], signUrl: 'https://www.cap-international.org/sign/' })]));
      expect(textOf(el, '[part=count]')).to.equal('0 signatories');
      expect(textOf(el, '.empty')).to.equal('No one has signed this statement yet.');
      expect(shadow(el).querySelector('input[part=search]')).to.equal(null);
      expect(shadow(el).querySelector('a[part=sign]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('has a visible label and finds "Medicos del Mundo" by "medicos", "MÉDICOS" and "médicos"', async () => {
      const el = await list(feedWith([iloLetter()]));
      const label = shadow(el).querySelector<HTMLLabelElement>('label[for=search]')!;
      expect(label.textContent).to.equal('Search signatories');
      expect(label.checkVisibility()).to.equal(true);
      for (const query of ['medicos', 'MÉDICOS', 'médicos']) {
        await type(el, query);
        expect(names(el)).to.deep.equal(['Medicos del Mundo']);
        expect(textOf(el, '[part=result]')).to.equal('1 signatory matches');
      }
    });

    it('ignores accents and case in names: "mojligheter", "FEMINISTE", "l\'amicale", "memoire"', async () => {
      const el = await list(feedWith([iloLetter()]));
      const found: [string, string][] = [
        ['mojligheter', '1000 Möjligheter'],
        ['FEMINISTE', 'Initiative Féministe Euromed IFE-EFI'],
        ["l'amicale", 'L’Amicale du Nid'],
        ['memoire trauma', 'Mémoire Traumatique et Victimologie'],
      ];
      for (const [query, name] of found) {
        await type(el, query);
        expect(names(el), query).to.deep.equal([name]);
      }
    });

    it('finds by country name, updates the headings and counts, and announces the count', async () => {
      const el = await list(feedWith([iloLetter()]));
      await type(el, 'france');
      expect(textOf(el, '[part=result]')).to.equal('8 signatories match');
      expect(headings(el)).to.deep.equal(['CAP International and its members (2)', 'Domestic NGOs (6)']);
      expect(names(el).slice(0, 2)).to.deep.equal(['Fondation Scelles', 'Mouvement du Nid']);
      const status = shadow(el).querySelector('[role=status]')!;
      await waitUntil(() => squash(status.textContent) === '8 signatories match', 'the count was not announced');
      await expect(el).to.be.accessible();
    });

    it('searches country names in the visitor\'s language', async () => {
      const el = await list(feedWith([iloLetter()]));
      await setLocale('de', el, '85 Unterschriften');
      await type(el, 'spanien');
      expect(names(el)).to.deep.equal(['Malos Tratos', 'Medicos del Mundo']);
      expect(textOf(el, '[part=result]')).to.equal('2 Treffer');
    });

    it('says when nothing matches, and Escape clears the search', async () => {
      const el = await list(feedWith([iloLetter()]));
      input(el).focus();
      await sendKeys({ type: 'zzz' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal([]);
      expect(headings(el)).to.deep.equal([]);
      expect(textOf(el, '[part=result]')).to.equal('No signatory matches “zzz”.');
      await waitUntil(() => squash(shadow(el).querySelector('[role=status]')!.textContent) === 'No signatory matches “zzz”.');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(names(el).length).to.equal(85);
      expect(shadow(el).querySelector<HTMLElement>('[part=result]')!.hidden).to.equal(true);
      expect(shadow(el).activeElement).to.equal(input(el));
    });

    it('matches Arabic names without their vowel marks, hamza or tatweel', async () => {
      const statement = {
        id: 'arabic',
        title: { ar: 'نداء المنظمات العربية' },
        signatories: [
          { name: 'جمعية كَفَى', country: 'LB' },
          { name: 'مؤسسة أبعاد', country: 'LB' },
          { name: 'جمعية النساء العربيات', country: 'JO' },
        ],
      };
      const el = await list(feedWith([statement]));
      await setLocale('ar', el, 'ابحث في الموقّعين');
      await type(el, 'كفي');
      expect(names(el)).to.deep.equal(['جمعية كَفَى']);
      await type(el, 'ابعاد');
      expect(names(el)).to.deep.equal(['مؤسسة أبعاد']);
      await type(el, 'العـربيات');
      expect(names(el)).to.deep.equal(['جمعية النساء العربيات']);
      await type(el, 'لبنان');
      expect(names(el)).to.deep.equal(['جمعية كَفَى', 'مؤسسة أبعاد']);
      expect(textOf(el, '[part=result]')).to.equal(`يطابق موقّعان (${new Intl.NumberFormat('ar').format(2)})`);
    });

    it('folds text the same way for every script', () => {
      expect(fold('Médicos ŒUVRE Straße Łódź')).to.equal('medicos oeuvre strasse lodz');
      expect(fold('كَفَى')).to.equal('كفي');
      expect(fold('L’Amicale')).to.equal("l'amicale");
    });
  });

  describe('sorting', () => {
    const small = () =>
      iloLetter({
        groups: undefined,
        signatories: [
          { name: 'Realstars', country: 'SE' },
          { name: 'Équipes d’Action contre le Proxénétisme', country: 'FR' },
          { name: 'Abolition 2014', country: 'DE' },
          { name: 'Equality Now' },
          { name: 'Eva Center', country: 'US' },
          { name: 'Institute for Gender, Law and Development', country: 'AR' },
        ],
      });

    it('keeps the feed order by default', async () => {
      const el = await list(feedWith([small()]));
      expect(names(el)[0]).to.equal('Realstars');
      expect(shadow(el).querySelector<HTMLSelectElement>('select[part=sort]')!.value).to.equal('feed');
    });

    for (const lang of ['en', 'fr']) {
      it(`sorts by name in the ${lang} collation, accents as their letter`, async () => {
        const el = await list(feedWith([small()]), { sort: 'name' });
        if (lang !== 'en') await setLocale(lang, el, 'signataires');
        expect(names(el)).to.deep.equal([
          'Abolition 2014',
          'Equality Now',
          'Équipes d’Action contre le Proxénétisme',
          'Eva Center',
          'Institute for Gender, Law and Development',
          'Realstars',
        ]);
      });
    }

    it('sorts by country name in the visitor\'s language, those without a country last', async () => {
      const el = await list(feedWith([small()]), { sort: 'country' });
      expect(allText(el, '[part=country]')).to.deep.equal(['Argentina', 'France', 'Germany', 'Sweden', 'United States']);
      expect(names(el).at(-1)).to.equal('Equality Now');
      await setLocale('fr', el, 'signataires');
      expect(allText(el, '[part=country]')).to.deep.equal(['Allemagne', 'Argentine', 'États-Unis', 'France', 'Suède']);
    });

    it('sorts within each group from the menu, and by keyboard', async () => {
      const el = await list(feedWith([iloLetter()]));
      const select = shadow(el).querySelector<HTMLSelectElement>('select[part=sort]')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select.value).to.equal('name');
      expect(el.sort).to.equal('name');
      expect(el.getAttribute('sort')).to.equal('name');
      const groups = [...shadow(el).querySelectorAll('[part=group]')];
      expect(squash(groups[0].querySelector('bdi')!.textContent)).to.equal('Apne Aap');
      // The collation puts a dash before a parenthesis.
      expect(squash(groups[1].querySelector('bdi')!.textContent)).to.equal('Coalition Against Trafficking in Women – Asia Pacific (CATW-AP)');
      expect(squash(groups[2].querySelector('bdi')!.textContent)).to.equal('1000 Möjligheter');
      expect(headings(el)).to.deep.equal([
        'CAP International and its members (24)',
        'International networks (7)',
        'Domestic NGOs (54)',
      ]);
    });
  });

  describe('long lists', () => {
    it('shows a page, then more with focus on the first new name, then all', async () => {
      const el = await list(feedWith([iloLetter()]), { pageSize: 10 });
      expect(names(el).length).to.equal(10);
      expect(headings(el)).to.deep.equal(['CAP International and its members (24)']);
      expect(textOf(el, '[part=more] .shown')).to.equal('Showing 10 of 85');
      const [more, all] = shadow(el).querySelectorAll<HTMLButtonElement>('[part=more-button]');
      expect(squash(more.textContent)).to.equal('Show 10 more');
      expect(squash(all.textContent)).to.equal('Show all 85');

      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el).length).to.equal(20);
      const focused = shadow(el).activeElement as HTMLElement;
      expect(squash(focused.textContent)).to.equal('La CLES, Canada');
      expect(focused.dataset.i).to.equal('10');

      (shadow(el).querySelectorAll<HTMLButtonElement>('[part=more-button]')[1]).click();
      await el.updateComplete;
      expect(names(el).length).to.equal(85);
      expect(shadow(el).querySelector('[part=more]')).to.equal(null);
      expect(squash(shadow(el).activeElement!.textContent)).to.equal('Ruhama, Ireland');
      await expect(el).to.be.accessible();
    });

    it('pages the matches of a search, and starts again at one page for a new search', async () => {
      const el = await list(feedWith([petition(300)]), { pageSize: 8 });
      await type(el, 'sweden');
      expect(textOf(el, '[part=result]')).to.equal('20 signatories match');
      expect(names(el).length).to.equal(8);
      shadow(el).querySelector<HTMLButtonElement>('[part=more-button]')!.click();
      await el.updateComplete;
      expect(names(el).length).to.equal(16);
      await type(el, 'sweden 1');
      expect(textOf(el, '[part=result]')).to.equal('10 signatories match');
      expect(names(el).length).to.equal(8);
    });

    it('after "Show all" on a long list, focuses the first new name in the virtualised list', async () => {
      const el = await list(feedWith([petition(1500)]));
      expect(names(el).length).to.equal(100);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part=more-button]')[1].click();
      await waitUntil(() => (shadow(el).activeElement as HTMLElement | null)?.dataset.i === '100', 'the 101st name never got focus', {
        timeout: 5000,
      });
      expect(squash(shadow(el).activeElement!.textContent)).to.equal('Mouvement du Nid 101, France');
      expect(shadow(el).querySelectorAll('[part=signatory]').length).to.be.lessThan(500);
      expect(shadow(el).querySelector('[part=more]')).to.equal(null);
    });

    it('shows 5,000 names at once with only those on screen in the document', async () => {
      const el = await list(feedWith([petition(5000)]), { pageSize: 0 });
      await waitUntil(() => shadow(el).querySelector('.virtual [part=signatory]'), 'the long list never rendered', { timeout: 5000 });
      const rendered = shadow(el).querySelectorAll('[part=signatory]').length;
      expect(rendered).to.be.greaterThan(5);
      expect(rendered).to.be.lessThan(500);
      expect(textOf(el, '[part=count]')).to.equal('5,000 signatories');
      expect(names(el)[0]).to.equal('CAP International 1');
      await expect(el).to.be.accessible();
      await type(el, 'möjligheter 4');
      expect(textOf(el, '[part=result]')).to.equal('22 signatories match');
      expect(names(el).length).to.equal(22);
    });
  });

  describe('odd attributes', () => {
    it('keeps the feed order for an unknown sort, and pages of 100 for a page size that is not a number', async () => {
      const el = await list(feedWith([petition(150)]), { sort: 'shoe-size' });
      el.setAttribute('page-size', 'many');
      await el.updateComplete;
      expect(names(el).length).to.equal(100);
      expect(names(el)[0]).to.equal('CAP International 1');
      expect(shadow(el).querySelector<HTMLSelectElement>('select[part=sort]')!.value).to.equal('feed');
    });
  });

  describe('unsafe and odd content', () => {
    it('links names only to https:, http: or mailto: addresses', async () => {
      const warn = sinon.stub(console, 'warn');
      const statement = iloLetter({
        groups: undefined,
        signatories: [
          { name: 'Ruhama', country: 'IE', url: 'https://www.ruhama.ie' },
          { name: 'Apne Aap', country: 'IN', url: 'javascript:alert(1)' },
          { name: 'KAFA', country: 'LB', url: 'mailto:info@kafa.org.lb' },
        ],
      });
      const el = await list(feedWith([statement]));
      const links = [...shadow(el).querySelectorAll('[part=signatory] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://www.ruhama.ie', 'mailto:info@kafa.org.lb']);
      expect(names(el)).to.deep.equal(['Ruhama', 'Apne Aap', 'KAFA']);
      expect(warn.called).to.equal(true);
    });

    it('shows HTML in names and titles as text', async () => {
      const statement = iloLetter({
        title: '<b>Letter</b>',
        groups: undefined,
        signatories: [{ name: '<img src=x onerror="window.hacked=1">Ruhama', country: 'IE' }],
      });
      const el = await list(feedWith([statement]));
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(names(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">Ruhama']);
      expect(textOf(el, '[part=title]')).to.equal('<b>Letter</b>');
    });

    it('names an unknown statement id', async () => {
      const el = await list(feedWith([iloLetter()]), { statement: 'no-such-letter' });
      expect(textOf(el, '[part=message]')).to.equal('Statement “no-such-letter” was not found.');
      await setLocale('fr', el, 'introuvable');
      await expect(el).to.be.accessible();
    });

    it('says when the feed has no statements', async () => {
      const el = await list(feedWith([]));
      expect(textOf(el, '[part=message]')).to.equal('There are no statements to show.');
    });

    it('shows a message and the fallback when the feed cannot be loaded', async () => {
      sinon.stub(console, 'error');
      sinon.stub(console, 'warn');
      const el = await fixture<CoalitionSignatoryList>(
        html`<coalition-signatory-list feed="/__feeds/status/500"><a href="https://www.cap-international.org">The letter</a></coalition-signatory-list>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part=message]'), 'no message', { timeout: 5000 });
      expect(textOf(el, '[part=message]')).to.equal('The content could not be loaded.');
      expect(shadow(el).querySelector('slot')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
