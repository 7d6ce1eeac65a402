/**
 * `dist/elements/member-map.js`: the member map alone, for a page that shows only
 * `<coalition-member-map>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
export { CoalitionMemberMap } from '../member-map/define.js';
export * from './common.js';
