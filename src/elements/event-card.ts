/**
 * `dist/elements/event-card.js`: the event card alone, for a page that shows only
 * `<coalition-event-card>`. Lit included, translations set up, the tag defined. The four files in
 * `dist/elements/` share their common code, so a page with two of them loads it once; a page with every
 * element loads `coalition-widgets.js`.
 */
import { setupLocalization } from '../i18n/locale.js';

export { CoalitionEventCard } from '../event-card/define.js';
export { configureFeeds, clearFeedCache, type FeedOptions, type FeedState } from '../feed/loader.js';
export { setNow } from '../controllers/clock.js';
export * from '../events.js';

setupLocalization();
