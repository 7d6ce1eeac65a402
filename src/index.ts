/**
 * The classes, for bundler users. Importing this module defines no tag: import
 * `coalition-widgets/event-card.js` (and the others) for that, or define the classes yourself.
 * Call `setupLocalization()` once unless your app configures @lit/localize itself.
 */
export { CoalitionElement } from './base/coalition-element.js';
export { CoalitionEventCard } from './event-card/event-card.js';
export { CoalitionCountdown } from './countdown/countdown.js';
export { CoalitionMemberMap } from './member-map/member-map.js';
export { CoalitionSignatoryList } from './signatory-list/signatory-list.js';
export { setupLocalization, LOCALES, type Locale } from './i18n/locale.js';
export { configureFeeds, clearFeedCache, type FeedOptions, type FeedState } from './feed/loader.js';
export { parseFeed, FeedError, type FeedProblem, type FeedErrorReason, type ParseResult } from './feed/parse.js';
export { resolveText, type ResolvedText } from './feed/text.js';
export { setNow } from './controllers/clock.js';
export * from './events.js';
export { CountdownCompleteEvent, type CountdownCompleteDetail } from './countdown/events.js';
export type * from './feed/types.js';
