import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    --_gap: var(--coalition-event-card-gap, 0.75rem);
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: var(--_gap);
    padding: 1rem 1.25rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card > * {
    margin: 0;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
  .upcoming .badge,
  .live .badge {
    color: var(--_accent);
  }
  .live .badge::before {
    content: '';
    inline-size: 0.55em;
    block-size: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  .summary {
    color: var(--_text);
  }
  dl {
    display: grid;
    gap: 0.5rem;
  }
  dl > div {
    display: grid;
    align-content: start;
    gap: 0.1rem;
  }
  dt,
  .label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  dd {
    margin: 0;
  }
  .local {
    display: block;
    margin-block-start: 0.25rem;
  }
  .local .label {
    display: block;
  }
  .role {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35rem;
  }
  details {
    margin-block-start: 0.35rem;
  }
  details > ul {
    margin-block-start: 0.35rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    inline-size: fit-content;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-start: 0.25rem;
  }
  .register,
  .calendar {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .register {
    background: var(--_accent);
    color: var(--_accent-text);
    border: 2px solid var(--_accent);
  }
  .register:hover {
    text-decoration: underline;
  }
  .calendar {
    background: transparent;
    color: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .calendar:hover {
    text-decoration: underline;
  }
  .closed {
    color: var(--_muted);
    font-weight: 600;
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  @container (min-width: 34rem) {
    .facts {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.75rem 1.25rem;
    }
    .facts > .when {
      grid-column: 1 / -1;
    }
  }
  .skeleton {
    min-block-size: var(--coalition-event-card-loading-size, 20rem);
    display: grid;
    align-content: start;
    gap: 0.75rem;
  }
  .bone {
    block-size: 1em;
    border-radius: 0.25rem;
    background: var(--_border);
    opacity: 0.45;
  }
  .bone.wide {
    block-size: 1.5em;
    inline-size: 85%;
  }
  .bone.half {
    inline-size: 50%;
  }
  .bone.button {
    block-size: 2.75rem;
    inline-size: 9rem;
    margin-block-start: 1rem;
  }
  @media (forced-colors: active) {
    /* A system colour given as a background stays: without a face of its own, the Register link
       would show its ButtonText on LinkText, unreadable. */
    .register {
      background: ButtonFace;
      border-color: ButtonText;
    }
    /* currentColor is no system colour: as a background it would be forced away, and the dot with it. */
    .live .badge::before {
      background: LinkText;
    }
    .bone {
      background: GrayText;
    }
  }
`;
