import { CoalitionEventCard } from './event-card.js';

// Defined once, even when two copies of the library are on one page.
if (!customElements.get('coalition-event-card')) customElements.define('coalition-event-card', CoalitionEventCard);

export { CoalitionEventCard };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-event-card': CoalitionEventCard;
  }
}
