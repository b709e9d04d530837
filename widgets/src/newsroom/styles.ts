import { css } from 'lit';

/** The newsroom's look: calm, plain, high contrast; one accent colour, visible focus everywhere. */
export const newsroomStyles = css`
  :host {
    --nr-ink: #1b2430;
    --nr-muted: #4a5565;
    --nr-line: #d5dbe3;
    --nr-surface: #ffffff;
    --nr-background: #f4f6f9;
    --nr-accent: #0b57d0;
    --nr-accent-ink: #ffffff;
    --nr-danger: #a4161a;
    --nr-ok: #1d6b34;
    --nr-radius: 0.5rem;
    display: block;
    color: var(--nr-ink);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; line-height: 1.25; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 0.75rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.5rem; }
  h1:focus { outline: none; }
  a { color: var(--nr-accent); }
  .card {
    background: var(--nr-surface);
    border: 1px solid var(--nr-line);
    border-radius: var(--nr-radius);
    padding: 1.25rem 1.5rem;
    margin-bottom: 1.25rem;
  }
  .card > :first-child { margin-top: 0; }
  .field { display: flex; flex-direction: column; gap: 0.3rem; margin-bottom: 1rem; max-width: 40rem; }
  .field.wide { max-width: none; }
  label, .label { font-weight: 600; }
  .hint { color: var(--nr-muted); font-size: 0.9rem; margin: 0; }
  .error { color: var(--nr-danger); font-weight: 600; margin: 0; }
  .notice { border-left: 4px solid var(--nr-accent); background: #eef3fd; padding: 0.75rem 1rem; border-radius: 0.25rem; }
  .notice.bad { border-color: var(--nr-danger); background: #fdf0f0; }
  input, select, textarea {
    font: inherit;
    color: inherit;
    padding: 0.5rem 0.65rem;
    border: 1px solid #8a94a3;
    border-radius: 0.375rem;
    background: var(--nr-surface);
  }
  input[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--nr-danger); border-width: 2px; }
  textarea { min-height: 5rem; resize: vertical; }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.5rem 1rem;
    border-radius: 0.375rem;
    border: 1px solid var(--nr-accent);
    background: var(--nr-surface);
    color: var(--nr-accent);
    cursor: pointer;
  }
  button.primary { background: var(--nr-accent); color: var(--nr-accent-ink); }
  button.danger { border-color: var(--nr-danger); color: var(--nr-danger); }
  button[disabled] { opacity: 0.6; cursor: not-allowed; }
  :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 1rem; }
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 0.6rem 0; border-bottom: 1px solid var(--nr-line); }
  .list > li:last-child { border-bottom: 0; }
  .meta { color: var(--nr-muted); font-size: 0.9rem; }
  .badge {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.05rem 0.5rem;
    border-radius: 1rem;
    background: #e6ebf2;
    color: var(--nr-ink);
    margin-right: 0.4rem;
  }
  a.button {
    display: inline-block; text-decoration: none; font-weight: 600; padding: 0.5rem 1rem;
    border-radius: 0.375rem; background: var(--nr-accent); color: var(--nr-accent-ink);
  }
  .grid { display: grid; align-items: start; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  fieldset { border: 1px solid var(--nr-line); border-radius: var(--nr-radius); padding: 0.75rem 1rem; margin: 0 0 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  code.secret { display: block; padding: 0.5rem; background: #f0f2f5; border-radius: 0.25rem; word-break: break-all; }
`;
