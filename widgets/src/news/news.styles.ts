import { css } from 'lit';

export const newsStyles = css`
  .image {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    margin-bottom: 0.5em;
  }
  .image[hidden] {
    display: none;
  }
  details {
    margin-top: 0.25em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
`;
