/**
 * `dist/elements/signatory-list.js`: the signatory list alone, for a page that shows only
 * `<coalition-signatory-list>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
export { CoalitionSignatoryList } from '../signatory-list/define.js';
export * from './common.js';
