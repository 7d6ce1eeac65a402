import { css } from 'lit';

export const countdownStyles = css`
  :host {
    /* cqi: the width of the countdown itself, so that three numbers fit side by side in a narrow column. */
    --_number-size: var(--coalition-countdown-number-size, clamp(1.5rem, 9cqi, 3rem));
    --_gap: var(--coalition-countdown-gap, 0.75rem);
  }
  .countdown {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding: var(--_gap) calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  p {
    margin: 0;
  }
  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  .date {
    color: var(--_muted);
  }
  /* Three columns alike in width, side by side even in a narrow column (the numbers scale with it). */
  .units {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 7.5rem));
    gap: var(--_gap);
    margin-block: calc(var(--_gap) / 2);
    padding: 0;
    list-style: none;
  }
  .unit {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: 0.5rem 0.25rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .number {
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow-wrap: normal;
    color: var(--_text);
  }
  .label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .today {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_text);
  }
  /* Only when the moment comes while the visitor is there, not on every page load. */
  .arrived .today {
    animation: arrive 0.4s ease-out;
  }
  .today::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
    vertical-align: 0.1em;
  }
  .state-ended .today,
  .state-passed .today {
    font-size: 1em;
    font-weight: 400;
  }
  .state-ended .today::before,
  .state-passed .today::before {
    display: none;
  }
  .link {
    font-weight: 600;
  }
  .skeleton {
    min-block-size: var(--coalition-countdown-loading-size, 11rem);
  }
  @keyframes arrive {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .arrived .today {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .unit {
      border: 1px solid CanvasText;
    }
    .today::before {
      background: CanvasText;
    }
  }
`;
