import { css } from 'lit';

export const editorStyles = css`
  .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); align-items: start; }
  @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
  .image-field { display: flex; gap: 1rem; align-items: flex-start; padding: 0.75rem 0; border-bottom: 1px solid var(--nr-line); }
  .image-field img { border-radius: 0.25rem; max-width: 10rem; height: auto; }
  .check { display: inline-flex; gap: 0.35rem; align-items: center; margin: 0 1rem 0.4rem 0; font-weight: 400; }
  .schedule { align-items: flex-end; }
  .schedule .field { margin-bottom: 0; }
`;
