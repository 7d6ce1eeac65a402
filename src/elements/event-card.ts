/**
 * `dist/elements/event-card.js`: the event card alone, for a page that shows only
 * `<coalition-event-card>`. Lit included, translations set up, the tag defined. Each file of
 * `dist/elements/` is complete in itself; a page with two or more elements loads `coalition-widgets.js`
 * instead.
 */
export { CoalitionEventCard } from '../event-card/define.js';
export * from './common.js';
