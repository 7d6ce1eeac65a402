import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * What every element shows before and instead of the feed: while it loads, and the short message
 * with the page's own fallback content when the feed cannot be used.
 */
const meta: Meta = {
  title: 'Feed states',
};
export default meta;

const all = (feed: string) => html`
  <div style="display: grid; gap: 1rem">
    <coalition-event-card feed=${feed}><a href="https://www.cap-international.org">Register on our site</a></coalition-event-card>
    <coalition-countdown feed=${feed}>30 July: World Day against Trafficking in Persons</coalition-countdown>
    <coalition-member-map feed=${feed}><a href="https://www.cap-international.org">Our members</a></coalition-member-map>
    <coalition-signatory-list feed=${feed}><a href="https://www.cap-international.org">The letter and its signatories</a></coalition-signatory-list>
  </div>
`;

/** The feed cannot be reached: a translated message, then the fallback content written in the page. */
export const Unreachable: StoryObj = { render: () => all('https://feeds.invalid/feed.json') };

/** The feed is not JSON: the same, with "could not be read". */
export const NotJson: StoryObj = { render: () => all('./demo/demo.css') };

/** The feed is loading (this one never answers, so the loading state stays). */
export const Loading: StoryObj = { render: () => all('./never-answers.json') };
