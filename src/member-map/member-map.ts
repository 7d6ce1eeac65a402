import { html } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import type { Feed } from '../feed/schema.js';

/**
 * @summary Work in progress.
 */
export class CoalitionMemberMap extends CoalitionElement {
  protected renderFeed(feed: Feed) {
    return html`${feed.members.map((x) => this.renderText(x.name, feed))}`;
  }
}
