import { css } from 'lit';

export const membersStyles = css`
  .federation + .federation {
    margin-top: calc(var(--_space) * 2);
  }
  .coverage {
    margin: 0 0 var(--_space);
  }
  .member .meta {
    margin-inline-start: 0.5em;
  }
  :host([layout='cards']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
  }
  :host([layout='compact']) .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  :host(:not([layout='cards']):not([layout='compact'])) .list {
    gap: 0.25em;
  }
  :host(:not([layout='cards']):not([layout='compact'])) .list > li + li {
    border-top: none;
    padding-top: 0;
  }
`;
