import { css } from 'lit';

export const signatoryListStyles = css`
  :host {
    --_column: var(--coalition-signatory-list-column-width, 15rem);
    container-type: inline-size;
  }
  .list {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .list > *,
  .header > * {
    margin: 0;
  }
  .header {
    display: grid;
    gap: 0.35rem;
  }
  .meta {
    color: var(--_muted);
  }
  .count {
    font-weight: 600;
    white-space: nowrap;
  }
  .actions {
    margin-block-start: 0.35rem;
  }
  .sign,
  .more-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .sign {
    background: var(--_accent);
    color: var(--_accent-text);
    border: 2px solid var(--_accent);
    text-decoration: none;
  }
  .sign:hover,
  .more-button:hover {
    text-decoration: underline;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    min-inline-size: 0;
  }
  .search-field {
    flex: 1 1 14rem;
  }
  label {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .result {
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: 0.4rem;
  }
  .group + .group {
    margin-block-start: 0.5rem;
  }
  .group-heading {
    margin: 0;
    padding-block-end: 0.25rem;
    border-block-end: 1px solid var(--_border);
    font-size: 1em;
    font-weight: 700;
  }
  .size {
    color: var(--_muted);
    font-weight: 400;
  }
  .signatories {
    margin: 0;
    padding: 0;
    list-style: none;
    columns: var(--_column);
    column-gap: 1.5rem;
  }
  .signatory {
    break-inside: avoid;
    padding-block: 0.2rem;
  }
  .signatory:focus-visible,
  .signatory:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .country {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .virtual {
    block-size: var(--coalition-signatory-list-scroll-height, min(40rem, 80vh));
    overflow: auto;
    padding-inline-end: 0.5rem;
    border-block: 1px solid var(--_border);
    /* Room for the scroll bar from the start: its appearing would resize every row again. */
    scrollbar-gutter: stable;
  }
  .virtual > * {
    inline-size: 100%;
  }
  .row-heading {
    padding-block-start: 0.75rem;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .shown {
    margin: 0;
    flex-basis: 100%;
    color: var(--_muted);
  }
  .more-button {
    background: transparent;
    color: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .skeleton {
    min-block-size: var(--coalition-signatory-list-loading-size, 16rem);
    align-content: start;
  }
  .empty {
    color: var(--_muted);
  }
  [hidden] {
    display: none !important;
  }
  /* Narrow (a phone, a sidebar): less room lost around the names. */
  @container (max-width: 24rem) {
    .list {
      padding: 0.75rem 0.75rem 1rem;
    }
    .title {
      font-size: 1.125em;
    }
  }
  @media (forced-colors: active) {
    /* A system colour given as a background stays: without a face of its own, the Sign link would
       show its ButtonText on LinkText, unreadable. */
    .sign {
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
