import { css } from 'lit';

export const memberMapStyles = css`
  :host {
    --_land: var(--coalition-map-land, light-dark(#dde3ea, #3c4043));
    --_member-land: var(--coalition-map-member-land, light-dark(#a8c7fa, #30507a));
    --_marker: var(--coalition-map-marker, light-dark(#b3261e, #f2b8b5));
    --_map-border: var(--coalition-map-border, light-dark(#ffffff, #1f1f1f));
    --_ocean: var(--coalition-map-ocean, light-dark(#f3f6fb, #171b21));
    container-type: inline-size;
    /* Its own surface, like the other elements: light text of a dark scheme stays readable on a light page. */
    background: var(--_surface);
  }
  .headline {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .map {
    /* The map's own proportions (Equal Earth without Antarctica): its room is kept while it loads. */
    aspect-ratio: 1000 / 440;
    margin: 0 0 1rem;
    border-radius: var(--_radius);
    background: var(--_ocean);
    overflow: hidden;
  }
  .map.failed {
    display: none;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .land.member {
    fill: var(--_member-land);
    cursor: pointer;
  }
  .land.active {
    fill: color-mix(in srgb, var(--_member-land), var(--_marker) 35%);
  }
  .marker {
    fill: var(--_marker);
    stroke: var(--_map-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .marker.active {
    fill: var(--_accent);
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 0.75rem;
  }
  .selection p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .list {
    columns: 16rem;
    column-gap: 2rem;
  }
  .country {
    break-inside: avoid;
    margin: 0 0 1rem;
  }
  .country h4 {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 700;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    padding-block: 0.125rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid transparent;
  }
  li.active {
    border-inline-start-color: var(--_marker);
  }
  .city {
    color: var(--_muted);
  }
  .loading-map {
    aspect-ratio: 1000 / 440;
    border-radius: var(--_radius);
    background: var(--_ocean);
  }
  @media (forced-colors: active) {
    :host {
      --_land: Canvas;
      --_member-land: Highlight;
      --_marker: LinkText;
      --_map-border: CanvasText;
      --_ocean: Canvas;
    }
    .land,
    .marker {
      forced-color-adjust: none;
    }
    /* Forced colours give no contrast between the member countries' Highlight and LinkText or
       CanvasText: a ring of Canvas sets each marker off from the land under it. */
    .marker {
      stroke: Canvas;
    }
    /* The highlighted marker is the inverse of the others. */
    .marker.active {
      fill: Canvas;
      stroke: Highlight;
    }
    /* A mix of two system colours tells nothing apart: the chosen country keeps the members' fill
       and gets an outline of the colour meant to be read on it. */
    .land.active {
      fill: var(--_member-land);
      stroke: HighlightText;
      stroke-width: 3px;
    }
    li {
      border-inline-start-color: Canvas;
    }
    li.active {
      border-inline-start-color: Highlight;
    }
  }
`;
