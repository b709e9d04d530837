import { css } from 'lit';

export const coursesStyles = css`
  .sessions {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.875em;
  }
  .session + .session {
    margin-top: 0.25em;
  }
`;
