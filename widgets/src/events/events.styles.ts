import { css } from 'lit';

// The calendar leaf sits beside the event in the list layout and above it on a card.
export const eventsStyles = css`
  .date {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    width: 3.5em;
    height: 3.5em;
    margin: 0 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
    line-height: 1.1;
    text-transform: uppercase;
  }
  .day {
    font-size: 1.5em;
    font-weight: bold;
  }
  :host(:not([layout='cards']):not([layout='compact'])) .event {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space);
  }
  :host(:not([layout='cards']):not([layout='compact'])) .event > :not(.date) {
    grid-column: 2;
  }
  :host(:not([layout='cards']):not([layout='compact'])) .date {
    grid-row: 1 / span 4;
  }
`;
