import { html, type TemplateResult } from 'lit';

/**
 * The loading, empty and error states. The error state slots in the element's own light-DOM
 * content (the editor's fallback link), which is what a reader saw before the script ran.
 */
export function renderStatus(
  state: 'loading' | 'empty' | 'error',
  text: string,
  retryLabel?: string,
  onRetry?: () => void,
): TemplateResult {
  if (state === 'loading') {
    return html`<div part="status loading" class="status loading" aria-busy="true">
      <span class="skeleton" aria-hidden="true"></span><span class="skeleton" aria-hidden="true"></span>
      <p>${text}</p>
    </div>`;
  }
  if (state === 'empty') return html`<p part="status empty" class="status empty">${text}</p>`;
  return html`<div part="status error" class="status error" role="alert">
    <p>${text}</p>
    <button part="retry-button" type="button" @click=${onRetry}>${retryLabel}</button>
    <div class="fallback"><slot></slot></div>
  </div>`;
}
