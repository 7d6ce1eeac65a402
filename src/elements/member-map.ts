/**
 * `dist/elements/member-map.js`: the member map alone, for a page that shows only
 * `<coalition-member-map>`. Lit included, translations set up, the tag defined. Each file of
 * `dist/elements/` is complete in itself; a page with two or more elements loads `coalition-widgets.js`
 * instead.
 */
export { CoalitionMemberMap } from '../member-map/define.js';
export * from './common.js';
