import { CoalitionMemberMap } from './member-map.js';

// Defined once, even when two copies of the library are on one page.
if (!customElements.get('coalition-member-map')) customElements.define('coalition-member-map', CoalitionMemberMap);

export { CoalitionMemberMap };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-member-map': CoalitionMemberMap;
  }
}
