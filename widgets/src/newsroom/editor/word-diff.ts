import { diffWords } from 'diff';
import { css, html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';

/** Inserted and removed words, marked by more than colour. */
export const wordDiffStyles = css`
  ins { background: #d7f5dd; text-decoration: underline; }
  del { background: #fbe0e0; text-decoration: line-through; }
`;

/**
 * `before` with the words it lost struck, and `after` with the words it gained marked, word by word,
 * each mark also said to screen readers ("[removed: …]").
 */
export function wordDiff(
  before: string,
  after: string,
  strings: Strings,
): { before: TemplateResult; after: TemplateResult } {
  const parts = diffWords(before, after);
  const marked = (text: string, said: string) =>
    html`<span class="visually-hidden">[${said}: </span>${text}<span class="visually-hidden">]</span>`;
  return {
    before: html`${parts.map((part) =>
      part.added ? '' : part.removed ? html`<del>${marked(part.value, strings.removedText)}</del>` : part.value,
    )}`,
    after: html`${parts.map((part) =>
      part.removed ? '' : part.added ? html`<ins>${marked(part.value, strings.addedText)}</ins>` : part.value,
    )}`,
  };
}
