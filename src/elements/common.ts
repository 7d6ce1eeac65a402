/**
 * What every file of `dist/elements/` exports besides its element, and the set-up each does:
 * translations (each file has its own copy of Lit and lit-localize).
 */
import { setupLocalization } from '../i18n/locale.js';

export { configureFeeds, clearFeedCache, type FeedOptions, type FeedState } from '../feed/loader.js';
export { setNow } from '../controllers/clock.js';
export * from '../events.js';

setupLocalization();
