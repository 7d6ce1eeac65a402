/**
 * `dist/elements/event-card.js`: the event card alone, for a page that shows only
 * `<coalition-event-card>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
export { CoalitionEventCard } from '../event-card/define.js';
export * from './common.js';
