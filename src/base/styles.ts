import { css } from 'lit';

/**
 * What every element shares: the public `--coalition-*` theme with its defaults (light and dark),
 * the host page's font, forced colours, and the message shown when the feed cannot be used.
 */
export const baseStyles = css`
  :host {
    /* light-dark() follows the element's color-scheme: the visitor's preference by default, or
       whatever the host page sets, e.g. coalition-event-card { color-scheme: dark }. */
    color-scheme: light dark;
    --_accent: var(--coalition-accent, light-dark(#0b57d0, #a8c7fa));
    --_accent-text: var(--coalition-accent-text, light-dark(#ffffff, #062e6f));
    --_text: var(--coalition-text, light-dark(#1f1f1f, #e3e3e3));
    --_surface: var(--coalition-surface, light-dark(#ffffff, #1f1f1f));
    --_muted: var(--coalition-muted, light-dark(#545454, #c4c7c5));
    --_border: var(--coalition-border, light-dark(#c4c7c5, #5e5e5e));
    --_radius: var(--coalition-radius, 0.5rem);
    --_font: var(--coalition-font, inherit);
    --_focus: var(--coalition-focus, light-dark(#0b57d0, #a8c7fa));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The heading of an element's content (an event's or a statement's title). */
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .title a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .message {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
  }
  .loading {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  /* A page (or a design preview) can ask for reduced motion itself: --coalition-motion: reduce. */
  @container style(--coalition-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_accent-text: ButtonText;
      --_text: CanvasText;
      --_surface: Canvas;
      --_muted: GrayText;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;
