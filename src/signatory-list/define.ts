import { CoalitionSignatoryList } from './signatory-list.js';

// Defined once, even when two copies of the library are on one page.
if (!customElements.get('coalition-signatory-list')) customElements.define('coalition-signatory-list', CoalitionSignatoryList);

export { CoalitionSignatoryList };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-signatory-list': CoalitionSignatoryList;
  }
}
