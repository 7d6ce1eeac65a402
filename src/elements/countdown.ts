/**
 * `dist/elements/countdown.js`: the countdown alone, for a page that shows only
 * `<coalition-countdown>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
export { CoalitionCountdown } from '../countdown/define.js';
export * from './common.js';
export { CountdownCompleteEvent, type CountdownCompleteDetail } from '../countdown/events.js';
