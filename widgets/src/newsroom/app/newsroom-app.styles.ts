import { css } from 'lit';

export const appStyles = css`
  :host { min-height: 100vh; background: var(--nr-background); }
  .top {
    display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 1.5rem;
    padding: 0.75rem 1.5rem; background: var(--nr-surface); border-bottom: 1px solid var(--nr-line);
  }
  .brand { font-weight: 700; font-size: 1.05rem; }
  nav { display: flex; gap: 1.25rem; }
  nav a { text-decoration: none; color: var(--nr-ink); padding: 0.25rem 0; border-bottom: 3px solid transparent; }
  nav a[aria-current='page'] { border-color: var(--nr-accent); color: var(--nr-accent); font-weight: 600; }
  .tools { margin-left: auto; display: flex; gap: 0.75rem; align-items: center; }
  .who { color: var(--nr-muted); font-size: 0.9rem; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; outline: none; }
  .skip { position: absolute; left: -999rem; }
  .skip:focus { left: 1rem; top: 0.5rem; background: var(--nr-surface); padding: 0.5rem; z-index: 1; }
`;
