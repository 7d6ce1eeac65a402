import { html } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import type { Feed } from '../feed/schema.js';

/**
 * @summary Work in progress.
 */
export class CoalitionSignatoryList extends CoalitionElement {
  protected renderFeed(feed: Feed) {
    return html`${feed.statements.map((x) => this.renderText(x.title, feed))}`;
  }
}
