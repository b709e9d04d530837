import { css } from 'lit';

/**
 * What every widget shares: design tokens on :host (each falls back to a global `--samverka-*`
 * token, so one declaration themes every widget on the page), states, focus and reduced motion.
 * Text colour and font come from the host page, so the widgets sit in light and dark sites alike.
 */
export const listingStyles = css`
  :host {
    --_accent: var(--samverka-color-accent, #0b57d0);
    --_on-accent: var(--samverka-color-on-accent, #ffffff);
    --_surface: var(--samverka-color-surface, transparent);
    --_border: var(--samverka-color-border, rgba(128, 128, 128, 0.45));
    --_focus: var(--samverka-color-focus, var(--_accent));
    --_space: var(--samverka-space, 1rem);
    --_radius: var(--samverka-radius, 0.375rem);
    display: block;
    font: inherit;
    color: var(--samverka-color-text, inherit);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--samverka-color-accent, #a8c7fa);
      --_on-accent: var(--samverka-color-on-accent, #062e6f);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  :host([layout='cards']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  :host([layout='compact']) .list {
    gap: calc(var(--_space) / 2);
  }
  .item {
    margin: 0;
  }
  :host([layout='cards']) .item {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    height: 100%;
  }
  :host(:not([layout='cards']):not([layout='compact'])) .list > li + li {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .title {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0 0 0.25em;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
    margin: 0;
  }
  .meta {
    font-size: 0.875em;
    margin: 0 0 0.25em;
  }
  .summary,
  .body {
    margin: 0.25em 0 0;
  }
  .body img {
    max-width: 100%;
    height: auto;
  }
  .subscribe {
    display: inline-block;
    margin-top: var(--_space);
    font-size: 0.875em;
  }
  .status {
    margin: 0;
    padding: var(--_space) 0;
  }
  .status p {
    margin: 0 0 0.5em;
  }
  .skeleton {
    display: block;
    height: 1em;
    margin-bottom: 0.5em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: samverka-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes samverka-pulse {
    to {
      opacity: 0.2;
    }
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: 0.375em 1em;
    margin-bottom: 0.5em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
