import { css } from 'lit';

/** The map inherits the listing's tokens through the host's custom properties. */
export const membersMapStyles = css`
  :host {
    --_accent: var(--samverka-color-accent, #0b57d0);
    --_on-accent: var(--samverka-color-on-accent, #ffffff);
    --_focus: var(--samverka-color-focus, var(--_accent));
    display: block;
    margin: 0 0 var(--samverka-space, 1rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--samverka-color-accent, #a8c7fa);
      --_on-accent: var(--samverka-color-on-accent, #062e6f);
    }
  }
  figure {
    margin: 0;
  }
  .region {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--samverka-map-max-height, 28rem);
  }
  .other {
    fill: color-mix(in srgb, currentColor 10%, transparent);
    stroke: color-mix(in srgb, currentColor 45%, transparent);
    stroke-width: 0.75;
  }
  .member {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .other,
  .member {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .hatch-ground {
    fill: var(--_accent);
  }
  .hatch-line {
    stroke: var(--_on-accent);
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .legend {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .attribution {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8em;
  }
  .placeholder {
    display: grid;
    place-items: center;
    aspect-ratio: 4 / 3;
    max-height: var(--samverka-map-max-height, 28rem);
    border: 1px dashed color-mix(in srgb, currentColor 35%, transparent);
    border-radius: var(--samverka-radius, 0.375rem);
    text-align: center;
    padding: 1rem;
  }
  .placeholder p {
    margin: 0 0 0.5rem;
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: none;
    border-radius: var(--samverka-radius, 0.375rem);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
