// The hub sanitises rich text when it is saved; this second, stricter pass keeps a widget safe even
// from a hub that was misconfigured: the HTML is parsed inert (in a <template>, where nothing loads
// or runs) and rebuilt from an allow-list, element by element, so nothing unexpected reaches the page.

const KEPT = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG', 'EM', 'A', 'IMG', 'FIGURE', 'FIGCAPTION']);
const HEADINGS: Record<string, number> = { H2: 0, H3: 1, H4: 2 };
const LINK_SCHEMES = /^(https?:|mailto:|tel:)/i;
const IMAGE_SCHEMES = /^https?:/i;

/**
 * The sanitised body as a fragment of new nodes; its headings move below `itemHeadingLevel`, so the
 * article's outline stays in order on the host page.
 */
export function richText(html: string, itemHeadingLevel: number): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  copyChildren(template.content, fragment, itemHeadingLevel);
  return fragment;
}

function copyChildren(from: Node, to: Node, level: number): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element) copyElement(child, to, level);
  }
}

function copyElement(source: Element, to: Node, level: number): void {
  const tag = source.tagName;
  const headingOffset = HEADINGS[tag];
  let copy: Element | null = null;
  if (headingOffset !== undefined) copy = document.createElement(`h${Math.min(6, level + 1 + headingOffset)}`);
  else if (KEPT.has(tag)) copy = document.createElement(tag.toLowerCase());
  // Anything else is unwrapped; what the server would have dropped with its content is dropped here too.
  if (!copy) {
    if (!['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH'].includes(tag.toUpperCase())) {
      copyChildren(source, to, level);
    }
    return;
  }
  if (tag === 'A') copyLink(source, copy);
  if (tag === 'IMG' && !copyImage(source, copy)) return;
  copyChildren(source, copy, level);
  to.appendChild(copy);
}

function copyLink(source: Element, copy: Element): void {
  const href = source.getAttribute('href');
  if (href && LINK_SCHEMES.test(href.trim())) copy.setAttribute('href', href.trim());
  if (source.getAttribute('target') === '_blank') copy.setAttribute('target', '_blank');
  copy.setAttribute('rel', 'noopener noreferrer');
}

function copyImage(source: Element, copy: Element): boolean {
  const src = source.getAttribute('src')?.trim();
  if (!src || !IMAGE_SCHEMES.test(src)) return false;
  copy.setAttribute('src', src);
  copy.setAttribute('alt', source.getAttribute('alt') ?? '');
  copy.setAttribute('loading', 'lazy');
  for (const name of ['width', 'height']) {
    const value = source.getAttribute(name);
    if (value && /^\d+$/.test(value)) copy.setAttribute(name, value);
  }
  return true;
}
