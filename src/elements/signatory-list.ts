/**
 * `dist/elements/signatory-list.js`: the signatory list alone, for a page that shows only
 * `<coalition-signatory-list>`. Lit included, translations set up, the tag defined. Each file of
 * `dist/elements/` is complete in itself; a page with two or more elements loads `coalition-widgets.js`
 * instead.
 */
export { CoalitionSignatoryList } from '../signatory-list/define.js';
export * from './common.js';
