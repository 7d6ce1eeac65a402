/** The DOM event of `<coalition-countdown>`. */

export interface CountdownCompleteDetail {
  /** The id of the awareness day that has begun, when the countdown counts to a day. */
  day?: string;
  /** The id of the event that has started, when the countdown counts to an event. */
  event?: string;
}

/**
 * Fired once when a countdown reaches zero while the page is open: the awareness day has begun in the
 * visitor's time zone, or the event has started. Not fired when the page opens after that moment.
 */
export class CountdownCompleteEvent extends Event {
  static readonly type = 'coalition-countdown-complete';
  constructor(readonly detail: CountdownCompleteDetail) {
    super(CountdownCompleteEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-countdown-complete': CountdownCompleteEvent;
  }
}
