const MARKER = 'data-samverka-json-ld';

/**
 * Puts schema.org data for the listed items in the host's light DOM, where crawlers read it (a
 * shadow root is invisible to most). A data block is not a script: a strict CSP leaves it alone.
 */
export function writeJsonLd(host: HTMLElement, data: object | null): void {
  let block = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (!data) {
    block?.remove();
    return;
  }
  if (!block) {
    block = document.createElement('script');
    block.type = 'application/ld+json';
    block.setAttribute(MARKER, '');
    host.appendChild(block);
  }
  // "<" escaped, so no text from the hub can close the block early.
  const text = JSON.stringify(data).replace(/</g, '\\u003c');
  if (block.textContent !== text) block.textContent = text;
}

/** A schema.org ItemList of the items, in listing order. */
export function itemList(items: object[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, item })),
  };
}
