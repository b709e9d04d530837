import escapeHtml from 'escape-html';

export interface WidgetSnippet {
  tag: string;
  attributes: Record<string, string>;
  /** Shown when the script cannot run: a link to where the same items can be read, if there is one. */
  fallback: { href: string; text: string } | null;
}

/** The stable address of the bundle; a snippet never has to change when the widgets are updated. */
export function widgetScriptUrl(publicUrl: string): string {
  return `${publicUrl}/widgets/samverka.js`;
}

/** What an editor pastes into the CMS: the module script and one element. */
export function snippetHtml(publicUrl: string, widget: WidgetSnippet): string {
  const attributes = Object.entries(widget.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const fallback = widget.fallback
    ? `\n  <a href="${escapeHtml(widget.fallback.href)}">${escapeHtml(widget.fallback.text)}</a>\n`
    : '';
  return [
    `<script type="module" src="${escapeHtml(widgetScriptUrl(publicUrl))}"></script>`,
    `<${widget.tag}${attributes}>${fallback}</${widget.tag}>`,
  ].join('\n');
}
