import type { WidgetChoice } from './builder-state.js';

/**
 * Shows the real widget for the choice. The element is kept while only attributes change, so the
 * preview behaves as a pasted widget does when an attribute changes; colours are set through the
 * CSSOM, which a strict Content-Security-Policy allows.
 */
export function showPreview(container: HTMLElement, choice: WidgetChoice): HTMLElement {
  let element = container.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== choice.tag) {
    element = document.createElement(choice.tag);
    container.replaceChildren(element);
  }
  const wanted = new Map(choice.attributes);
  for (const name of element.getAttributeNames()) {
    if (name !== 'style' && !wanted.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  const colors = new Map(choice.colors);
  for (const property of Array.from(element.style)) {
    if (!colors.has(property)) element.style.removeProperty(property);
  }
  for (const [property, value] of colors) element.style.setProperty(property, value);
  const link = document.createElement('a');
  if (choice.fallback) {
    link.href = choice.fallback.href;
    link.textContent = choice.fallback.text;
    element.replaceChildren(link);
  } else {
    element.replaceChildren();
  }
  return element;
}
