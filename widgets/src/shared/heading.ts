import { html, nothing, type TemplateResult } from 'lit';

/**
 * An item's title as a real heading of the configured level (2–6), so the host page's outline holds;
 * `lang` is the content's language where it may differ from the UI's (WCAG 3.1.2).
 */
export function heading(level: number, content: unknown, lang?: string): TemplateResult {
  const language = lang ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part="title" class="title" lang=${language}>${content}</h2>`;
    case 4:
      return html`<h4 part="title" class="title" lang=${language}>${content}</h4>`;
    case 5:
      return html`<h5 part="title" class="title" lang=${language}>${content}</h5>`;
    case 6:
      return html`<h6 part="title" class="title" lang=${language}>${content}</h6>`;
    default:
      return html`<h3 part="title" class="title" lang=${language}>${content}</h3>`;
  }
}

/** A `<time>` whose machine-readable value is the instant and whose text is the reader's. */
export function time(iso: string, text: string): TemplateResult {
  return html`<time datetime=${iso}>${text}</time>`;
}
