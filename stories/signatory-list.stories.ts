import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { iloLetter, petition } from '../test/signatory-list/fixtures.js';

/**
 * `<coalition-signatory-list>`: the letter of 30 May 2018 from 85 NGOs to the ILO Standard Setting
 * Committee, in its three groups, and petitions of thousands of names. Try searching "medicos",
 * "reseau", "france" or a country's name in the visitor's language.
 */
const meta: Meta = {
  title: 'Signatory list',
  component: 'coalition-signatory-list',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const feed = (...statements: object[]) => ({
  version: 1,
  defaultLocale: 'en',
  coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
  statements,
});

const SIGN_URL = 'https://www.cap-international.org/take-action/';

interface Options {
  statement?: string;
  pageSize?: number;
}

const list = (data: object, { statement, pageSize }: Options = {}) =>
  html`<coalition-signatory-list
    style="max-inline-size: 60rem"
    .feedData=${data}
    statement=${ifDefined(statement)}
    page-size=${ifDefined(pageSize)}
  ></coalition-signatory-list>`;

/** Types `query` into the search box once the list has rendered, as a visitor would. */
async function search(canvasElement: HTMLElement, query: string) {
  const el = canvasElement.querySelector('coalition-signatory-list')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('input'); i++) await new Promise((r) => setTimeout(r, 50));
  const input = el.shadowRoot?.querySelector('input');
  if (!input) return;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The letter of 85 NGOs in its three groups, each signatory with its country, and a Sign link. */
export const Letter: Story = { name: 'The letter of 85 NGOs', render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))) };

/** A search: "france" finds the eight French signatories by their country, in two groups. */
export const Search: Story = {
  render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))),
  play: ({ canvasElement }) => search(canvasElement, 'france'),
};

/** A search that finds no one: the list says so. */
export const SearchWithNoResult: Story = {
  render: () => list(feed(iloLetter())),
  play: ({ canvasElement }) => search(canvasElement, 'zzz'),
};

/** Without a Sign link (the statement has no `signUrl`), nor a date or link to its text. */
export const NoSignLink: Story = { render: () => list(feed(iloLetter({ url: undefined, date: undefined }))) };

/** No groups: one list. */
export const NoGroups: Story = { render: () => list(feed(iloLetter({ groups: undefined, signUrl: SIGN_URL }))) };

/** Five thousand names: the first hundred, with "Show more" and "Show all". */
export const Petition5000: Story = { name: '5,000 signatories', render: () => list(feed(petition(5000, { signUrl: SIGN_URL }))) };

/** Twenty thousand names all at once: only those on screen are in the page. */
export const Petition20000AllAtOnce: Story = {
  name: '20,000 signatories, all at once',
  render: () => list(feed(petition(20000, { signUrl: SIGN_URL })), { pageSize: 0 }),
};

/** Small pages of ten. */
export const SmallPages: Story = { render: () => list(feed(iloLetter()), { pageSize: 10 }) };

/** A statement that no one has signed yet. */
export const Empty: Story = { render: () => list(feed(iloLetter({ signatories: [], signUrl: SIGN_URL }))) };

export const French: Story = { render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))), globals: { locale: 'fr' } };
export const Spanish: Story = { render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))), globals: { locale: 'es' } };
export const German: Story = { render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))), globals: { locale: 'de' } };
export const Arabic: Story = { render: () => list(feed(iloLetter({ signUrl: SIGN_URL }))), globals: { locale: 'ar' } };

/** Right to left with Arabic names, some with vowel marks: search "كفي" finds "جمعية كَفَى". */
export const RightToLeft: Story = {
  render: () =>
    list(
      feed({
        id: 'arab-ngos',
        title: { ar: 'نداء من منظمات المجتمع المدني العربية لإنهاء الاستغلال الجنسي', en: 'A call from Arab civil society organisations' },
        date: '2024-07-30',
        signUrl: SIGN_URL,
        groups: [
          { id: 'lb', name: { ar: 'منظمات من لبنان', en: 'Organisations from Lebanon' } },
          { id: 'other', name: { ar: 'منظمات أخرى', en: 'Other organisations' } },
        ],
        signatories: [
          { name: 'جمعية كَفَى (عنف واستغلال)', country: 'LB', group: 'lb' },
          { name: 'مؤسسة أبعاد', country: 'LB', group: 'lb' },
          { name: 'KAFA (enough) Violence & Exploitation', country: 'LB', group: 'lb' },
          { name: 'جمعية النساء العربيات', country: 'JO', group: 'other' },
          { name: 'Mouvement du Nid', country: 'FR', group: 'other' },
          { name: 'اتحاد العمل النسائي', country: 'MA' },
        ],
      }),
    ),
  globals: { locale: 'ar', dir: 'rtl' },
};

/** While the feed loads (this one never answers). */
export const Loading: Story = {
  render: () => html`<coalition-signatory-list style="max-inline-size: 60rem" feed="./never-answers.json"></coalition-signatory-list>`,
};

/** The feed cannot be loaded: a message and the page's own fallback link. */
export const FeedError: Story = {
  name: 'Error',
  render: () =>
    html`<coalition-signatory-list style="max-inline-size: 60rem" feed="https://feeds.invalid/feed.json">
      <a href="https://www.cap-international.org/">The letter and its 85 signatories</a>
    </coalition-signatory-list>`,
};

/** An id the feed does not have: the translated "not found" message. */
export const NotFound: Story = { render: () => list(feed(iloLetter()), { statement: 'no-such-letter' }) };
