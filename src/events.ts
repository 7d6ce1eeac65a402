/** The DOM events of Coalition Widgets: all bubble and cross shadow roots. */
import type { FeedError, FeedProblem } from './feed/parse.js';
import type { Feed } from './feed/types.js';

export interface FeedLoadDetail {
  /** The feed as named by the element: its absolute URL, `#id`, or `null` for `feedData`. */
  feed: string | null;
  /** The parsed feed, every entry valid. */
  data: Feed;
  /** What was left out of the feed, with paths. */
  warnings: FeedProblem[];
}

export interface FeedErrorDetail {
  /** The feed as named by the element: its absolute URL, `#id`, or `null` for `feedData`. */
  feed: string | null;
  error: FeedError;
}

export interface RegisterDetail {
  /** The id of the event. */
  event: string;
  /** The registration URL the visitor follows. */
  url: string;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when an element's feed has loaded (or loaded again). */
export class FeedLoadEvent extends Event {
  static readonly type = 'coalition-feed-load';
  constructor(readonly detail: FeedLoadDetail) {
    super(FeedLoadEvent.type, init);
  }
}

/** Fired when an element's feed cannot be used; the element shows a message and its fallback content. */
export class FeedErrorEvent extends Event {
  static readonly type = 'coalition-feed-error';
  constructor(readonly detail: FeedErrorDetail) {
    super(FeedErrorEvent.type, init);
  }
}

/** Fired when a visitor follows a Register link, for the host page's analytics. */
export class RegisterEvent extends Event {
  static readonly type = 'coalition-register';
  constructor(readonly detail: RegisterDetail) {
    super(RegisterEvent.type, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-feed-load': FeedLoadEvent;
    'coalition-feed-error': FeedErrorEvent;
    'coalition-register': RegisterEvent;
  }
}
