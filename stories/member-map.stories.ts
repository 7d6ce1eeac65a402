import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CoalitionMemberMap } from '../src/member-map/member-map.js';
import { capMembers, feedWith, manyMembers, type MemberInput } from '../test/member-map/fixtures.js';

/**
 * `<coalition-member-map>`: CAP International's members as seed 004 lists them (23 organisations in
 * 18 countries, from Apne Aap in Kolkata to Ruhama in Dublin and KAFA in Beirut).
 */
const meta: Meta = {
  title: 'Member map',
  component: 'coalition-member-map',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const memberMap = (members: MemberInput[] = capMembers, country?: string) =>
  html`<coalition-member-map .feedData=${feedWith(members)} country=${ifDefined(country)}></coalition-member-map>`;

/** A map whose geometry never arrives: the list works and the map's room is kept. */
class PendingGeometryMap extends CoalitionMemberMap {
  static override importGeometry = () => new Promise<never>(() => {});
}
/** A map whose geometry cannot be loaded: the list alone. */
class FailingGeometryMap extends CoalitionMemberMap {
  static override importGeometry = () => Promise.reject(new Error('The map could not be loaded (story).'));
}
if (!customElements.get('story-member-map-pending')) customElements.define('story-member-map-pending', PendingGeometryMap);
if (!customElements.get('story-member-map-failing')) customElements.define('story-member-map-failing', FailingGeometryMap);

/** Every member: "23 member organisations in 18 countries", countries shaded, a marker per member. */
export const AllMembers: Story = { render: () => memberMap() };

/** A few members. */
export const FewMembers: Story = { render: () => memberMap(capMembers.filter((m) => ['IN', 'LB', 'IE'].includes(m.country))) };

/** 500 made-up members: markers that share a spot spread around it. */
export const ManyMembers: Story = { render: () => memberMap(manyMembers(500)) };

/** European members only: the map shows Europe, not the whole world. */
export const Europe: Story = {
  render: () => memberMap(capMembers.filter((m) => ['FR', 'DE', 'IE', 'ES', 'SE', 'DK', 'LV', 'FI', 'GB'].includes(m.country))),
};

/** `country="FR"`: the members in France, the map around France. */
export const OneCountry: Story = { render: () => memberMap(capMembers, 'FR') };

/** `country="IS"`: no member in Iceland, a translated message. */
export const CountryWithoutMembers: Story = { render: () => memberMap(capMembers, 'IS') };

/** No members in the feed at all. */
export const NoMembers: Story = { render: () => memberMap([]) };

/** No member has coordinates: each marker at its country's centre (small countries too, e.g. Malta). */
export const WithoutCoordinates: Story = {
  render: () =>
    memberMap([
      ...capMembers.map(({ coordinates: _, ...m }) => m),
      { id: 'malta-member', name: 'A member in Malta', country: 'MT', city: 'Valletta' },
    ]),
};

export const English: Story = { render: () => memberMap(), globals: { locale: 'en' } };
export const French: Story = { render: () => memberMap(), globals: { locale: 'fr' } };
export const Spanish: Story = { render: () => memberMap(), globals: { locale: 'es' } };
export const German: Story = { render: () => memberMap(), globals: { locale: 'de' } };
export const Arabic: Story = { render: () => memberMap(), globals: { locale: 'ar' } };

/** Arabic plurals: one, two, few (3–10), many (11–99), other (100+). */
export const ArabicPlurals: Story = {
  render: () => html`${[1, 2, 5, 33, 100].map(
    (n) =>
      html`<coalition-member-map
        style="margin-block-end: 2rem"
        .feedData=${feedWith(manyMembers(n).map((m, i) => ({ ...m, country: ['FR', 'DE', 'IN', 'LB'][i % 4] })))}
      ></coalition-member-map>`,
  )}`,
  globals: { locale: 'ar' },
};

/** Right to left: the text and the list run right to left, the map stays as it is. */
export const RightToLeft: Story = { render: () => memberMap(), globals: { locale: 'ar', dir: 'rtl' } };

/** Dark colour scheme. */
export const Dark: Story = { render: () => memberMap(), globals: { scheme: 'dark' } };

/** Colours set by the host page through the `--coalition-map-*` properties. */
export const Themed: Story = {
  render: () => html`<coalition-member-map
    style="--coalition-map-land: #e8e1d5; --coalition-map-member-land: #c9a227; --coalition-map-marker: #5b2a86; --coalition-map-border: #fffaf0; --coalition-map-ocean: #dbe9f4"
    .feedData=${feedWith()}
  ></coalition-member-map>`,
};

/** The feed is loading: the room of the map is kept. */
export const Loading: Story = { render: () => html`<coalition-member-map feed="./never-answers.json"></coalition-member-map>` };

/** The map's geometry is loading: the list already works. */
export const MapLoading: Story = { render: () => html`<story-member-map-pending .feedData=${feedWith()}></story-member-map-pending>` };

/** The map's geometry cannot be loaded: the list alone. */
export const MapError: Story = { render: () => html`<story-member-map-failing .feedData=${feedWith()}></story-member-map-failing>` };

/** The feed cannot be loaded: a translated message and the page's own content. */
export const FeedError: Story = {
  render: () =>
    html`<coalition-member-map feed="./no-such-feed.json"
      ><p><a href="https://www.cap-international.org/">CAP International’s members</a></p></coalition-member-map
    >`,
};
