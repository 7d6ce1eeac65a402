/**
 * `dist/elements/countdown.js`: the countdown alone, for a page that shows only
 * `<coalition-countdown>`. Lit included, translations set up, the tag defined. Each file of
 * `dist/elements/` is complete in itself; a page with two or more elements loads `coalition-widgets.js`
 * instead.
 */
export { CoalitionCountdown } from '../countdown/define.js';
export * from './common.js';
export { CountdownCompleteEvent, type CountdownCompleteDetail } from '../countdown/events.js';
