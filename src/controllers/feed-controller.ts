import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';
import { feedDataState, feedSource, type FeedSource, type FeedState } from '../feed/loader.js';
import { setFallbackLocale } from '../i18n/locale.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  feed?: string;
  feedData?: unknown;
}

/**
 * Gives its host the state of the feed it names (`feedData`, else `feed`), re-rendering it on every
 * change and firing `coalition-feed-load` / `coalition-feed-error`. The request itself is shared by
 * all elements naming the same feed and is not cancelled when one of them leaves the page.
 */
export class FeedController implements ReactiveController {
  /** `idle` while the element names no feed. */
  state: FeedState | { status: 'idle' } = { status: 'idle' };
  #source?: FeedSource;
  #unsubscribe?: () => void;
  #data?: unknown;
  #connected = false;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  /** Loads the feed again (the page's other elements naming it follow). */
  reload(): Promise<void> {
    return this.#source?.load() ?? Promise.resolve();
  }

  get #ref(): string | null {
    return this.host.feedData !== undefined ? null : (this.#source?.key ?? this.host.feed ?? null);
  }

  /** Follows the host's `feedData` and `feed`, which may change at any time. */
  #sync(): void {
    if (!this.#connected) return;
    const { feedData, feed } = this.host;
    if (feedData !== undefined) {
      if (feedData === this.#data) return;
      this.#detach();
      this.#data = feedData;
      this.#receive(feedDataState(feedData));
      return;
    }
    this.#data = undefined;
    let source: FeedSource | undefined;
    try {
      source = feed ? feedSource(feed.trim()) : undefined;
    } catch {
      source = undefined; // an unusable URL reads as no feed; the fallback content stays
    }
    if (source === this.#source && this.#unsubscribe) return;
    this.#detach();
    this.#source = source;
    if (!source) {
      this.state = { status: 'idle' };
      return;
    }
    this.#unsubscribe = source.subscribe((state) => this.#receive(state));
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #receive(state: FeedState): void {
    const before = this.state;
    this.state = state;
    if (state === before) return;
    if (state.status === 'ready') {
      setFallbackLocale(state.feed.defaultLocale);
      this.host.dispatchEvent(new FeedLoadEvent({ feed: this.#ref, data: state.feed, warnings: state.warnings }));
    } else if (state.status === 'error') {
      this.host.dispatchEvent(new FeedErrorEvent({ feed: this.#ref, error: state.error }));
    }
    this.host.requestUpdate();
  }
}
