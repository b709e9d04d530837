import type { WidgetChoice } from './builder-state.js';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The code an editor pastes: the bundle's stable address (it never needs updating) and the
 * element, with a link inside that readers see if the script cannot run.
 */
export function snippetOf(choice: WidgetChoice, hubOrigin: string): string {
  const attributes = choice.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  if (choice.colors.length) {
    const style = choice.colors.map(([property, value]) => `${property}: ${value}`).join('; ');
    attributes.push(` style="${escapeAttribute(style)}"`);
  }
  const fallback = choice.fallback
    ? `\n  <a href="${escapeAttribute(choice.fallback.href)}">${escapeText(choice.fallback.text)}</a>\n`
    : '';
  return [
    `<script type="module" src="${escapeAttribute(hubOrigin)}/widgets/samverka.js"></script>`,
    `<${choice.tag}${attributes.join('')}>${fallback}</${choice.tag}>`,
  ].join('\n');
}
