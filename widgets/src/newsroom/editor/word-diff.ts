import { diffWords } from 'diff';
import { css, html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';

/** Inserted and removed words, marked by more than colour. */
export const wordDiffStyles = css`
  ins { background: #d7f5dd; text-decoration: underline; }
  del { background: #fbe0e0; text-decoration: line-through; }
`;

/** The word-level difference from `before` to `after`, with what screen readers say for each change. */
export function wordDiff(before: string, after: string, strings: Strings): TemplateResult {
  return html`${diffWords(before, after).map((part) =>
    part.added
      ? html`<ins><span class="visually-hidden">[${strings.addedText}: </span>${part.value}<span class="visually-hidden">]</span></ins>`
      : part.removed
        ? html`<del><span class="visually-hidden">[${strings.removedText}: </span>${part.value}<span class="visually-hidden">]</span></del>`
        : part.value,
  )}`;
}
