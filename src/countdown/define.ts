import { CoalitionCountdown } from './countdown.js';

// Defined once, even when two copies of the library are on one page.
if (!customElements.get('coalition-countdown')) customElements.define('coalition-countdown', CoalitionCountdown);

export { CoalitionCountdown };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-countdown': CoalitionCountdown;
  }
}
