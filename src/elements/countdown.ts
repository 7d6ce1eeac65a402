/**
 * `dist/elements/countdown.js`: the countdown alone, for a page that shows only
 * `<coalition-countdown>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
import { setupLocalization } from '../i18n/locale.js';

export { CoalitionCountdown } from '../countdown/define.js';
export { configureFeeds, clearFeedCache, type FeedOptions, type FeedState } from '../feed/loader.js';
export { setNow } from '../controllers/clock.js';
export * from '../events.js';
export { CountdownCompleteEvent, type CountdownCompleteDetail } from '../countdown/events.js';

setupLocalization();
