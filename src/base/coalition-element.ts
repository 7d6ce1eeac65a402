import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedController } from '../controllers/feed-controller.js';
import type { FeedErrorReason } from '../feed/parse.js';
import type { Feed, LocalizedText } from '../feed/types.js';
import { resolveText, type ResolvedText } from '../feed/text.js';
import { intlLocale, LocaleController, uiLocale } from '../i18n/locale.js';
import { dateTimeFormat, visitorTimeZone } from '../i18n/intl.js';
import { baseStyles } from './styles.js';

/**
 * What every Coalition Widgets element shares: the `feed` / `feedData` inputs, the loading and error
 * states with the light-DOM fallback, the page's locale and the visitor's time zone. Subclasses
 * implement {@link renderFeed}.
 *
 * @slot - Fallback content, shown when no feed is named or the feed cannot be loaded.
 * @fires {FeedLoadEvent} coalition-feed-load - The feed has loaded (again). `detail: { feed, data, warnings }`.
 * @fires {FeedErrorEvent} coalition-feed-error - The feed cannot be used; a message and the fallback content show. `detail: { feed, error }`.
 * @csspart message - The short message shown when the feed cannot be used or an id is not found.
 * @csspart loading - What shows while the feed loads.
 * @cssprop [--coalition-accent=#0b57d0] - Links, buttons and highlights (dark scheme: #a8c7fa).
 * @cssprop [--coalition-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--coalition-text=#1f1f1f] - Text (dark scheme: #e3e3e3).
 * @cssprop [--coalition-surface=#ffffff] - Background (dark scheme: #1f1f1f).
 * @cssprop [--coalition-muted=#545454] - Secondary text (dark scheme: #c4c7c5).
 * @cssprop [--coalition-border=#c4c7c5] - Borders and rules.
 * @cssprop [--coalition-focus=#0b57d0] - The focus ring.
 * @cssprop [--coalition-radius=0.5rem] - Corner radius.
 * @cssprop [--coalition-font=inherit] - Font family; the host page's by default.
 * @cssprop [--coalition-motion] - Set to `reduce` to turn animations off as if the visitor asked for reduced motion (they are off anyway when the visitor does).
 */
export abstract class CoalitionElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The reactive properties, here and in every element: Lit's `static properties` rather than
   * decorators, which would add their own code to every bundle. Each has a `declare` field with its
   * type and documentation, and its default, if any, is set in the constructor rather than by a field
   * initializer: compiled as a standard class field, that would hide the accessor Lit defines.
   */
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    feedData: { attribute: false },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

  /** @internal */
  protected readonly feedController = new FeedController(this);
  /** @internal */
  protected readonly localeController = new LocaleController(this);

  /**
   * The feed: a URL (absolute, or relative to the page) or `#id` of an inline
   * `<script type="application/json">`.
   */
  declare feed?: string;

  /** A feed object, instead of `feed`. */
  declare feedData?: unknown;

  /** The IANA time zone to show times in, instead of the visitor's own (e.g. `America/New_York`). */
  declare timeZone?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Loads the feed again; every element naming the same feed follows. */
  reload(): Promise<void> {
    return this.feedController.reload();
  }

  /** The locale of the user interface (`en`, `fr`, `es`, `de` or `ar`). */
  protected get locale(): string {
    return uiLocale();
  }

  /** The locale tag for `Intl` formatters (may carry a region, e.g. `fr-CA`). */
  protected get intlLocale(): string {
    return intlLocale();
  }

  /** The time zone to show times in: `time-zone` when valid, else the visitor's. */
  protected get zone(): string {
    if (this.timeZone) {
      try {
        return dateTimeFormat('en', { timeZone: this.timeZone }).resolvedOptions().timeZone;
      } catch {
        /* not a zone: the visitor's */
      }
    }
    return visitorTimeZone();
  }

  /** Feed text in the visitor's language, with the language it is really in. */
  protected text(value: LocalizedText | undefined, feed: Feed): ResolvedText {
    return resolveText(value, this.locale, feed.defaultLocale);
  }

  /**
   * Feed text as a template: a `lang` attribute is added when the text is in another language than
   * the page's, so that screen readers pronounce it right.
   */
  protected renderText(value: LocalizedText | undefined, feed: Feed, tag: 'span' | 'div' = 'span'): TemplateResult {
    const { text, lang } = this.text(value, feed);
    const other = lang && lang.split('-')[0] !== this.locale ? lang : undefined;
    return tag === 'div'
      ? html`<div lang=${other ?? nothing} dir=${other ? 'auto' : nothing}>${text}</div>`
      : html`<span lang=${other ?? nothing} dir=${other ? 'auto' : nothing}>${text}</span>`;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.feedController.state;
    if (state.status === 'idle') return html`<slot></slot>`;
    if (state.feed) {
      try {
        return this.renderFeed(state.feed);
      } catch (e) {
        // A bug or an unforeseen feed must not break the host page: show the fallback instead.
        console.error('coalition-widgets: could not render', e);
        return this.renderMessage(errorMessage('network'));
      }
    }
    if (state.status === 'error') return this.renderMessage(errorMessage(state.error.reason));
    this.#prepareSoon();
    return this.renderLoading();
  }

  #prepared = false;

  /** Runs {@link prepare} once, when the page is idle, unless the feed has come first. */
  #prepareSoon(): void {
    if (this.#prepared) return;
    this.#prepared = true;
    const run = () => {
      const { state } = this.feedController;
      if (('feed' in state && state.feed) || !this.isConnected) return;
      try {
        this.prepare();
      } catch {
        // Only ever a head start: the render does the same work if this could not.
      }
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 50);
  }

  /**
   * Builds, while the feed is on its way, what the first render will need and takes long to make the
   * first time: the `Intl` formatters for the visitor's language and time zone (cached for the page).
   */
  protected prepare(): void {}

  /** The element's content once the feed is here. */
  protected abstract renderFeed(feed: Feed): TemplateResult;

  /** Shown while the feed loads; subclasses reserve their size here so the page does not jump. */
  protected renderLoading(): TemplateResult {
    return html`<div class="loading" part="loading" role="status">${msg('Loading…', { id: 'base.loading' })}</div>`;
  }

  /** A short message, then the page's own content of the element as fallback. */
  protected renderMessage(message: string): TemplateResult {
    return html`<p class="message" part="message">${message}</p>
      <slot></slot>`;
  }

  /** The message for an id the feed does not have. */
  protected renderNotFound(kind: 'event' | 'day' | 'statement', id: string): TemplateResult {
    const message =
      kind === 'event'
        ? msg(str`Event “${id}” was not found.`, { id: 'base.not-found-event' })
        : kind === 'day'
          ? msg(str`Awareness day “${id}” was not found.`, { id: 'base.not-found-day' })
          : msg(str`Statement “${id}” was not found.`, { id: 'base.not-found-statement' });
    return this.renderMessage(message);
  }
}

/** A short, translated message for why the feed could not be used. */
export function errorMessage(reason: FeedErrorReason): string {
  switch (reason) {
    case 'not-json':
    case 'not-object':
    case 'version':
      return msg('The content could not be read.', { id: 'base.error-invalid' });
    default:
      return msg('The content could not be loaded.', { id: 'base.error-unavailable' });
  }
}
