import { type DefaultTreeAdapterMap, html, parseFragment } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Independent of the sanitiser's own allow-list on purpose: the test states the policy again. */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  h2: [],
  h3: [],
  h4: [],
  p: [],
  br: [],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  strong: [],
  em: [],
  figure: [],
  figcaption: [],
  a: ['href', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
};

const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);
const EXTERNAL_REL = 'noopener noreferrer';

/**
 * The scheme a browser would see: parse5 has decoded the entities; tabs and line breaks are
 * dropped anywhere, control characters and spaces at the start; undefined for a relative URL.
 */
export function schemeOf(url: string): string | undefined {
  const withoutBreaks = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < withoutBreaks.length && withoutBreaks.charCodeAt(start) <= 0x20) {
    start++;
  }
  return /^([a-z][a-z0-9+.-]*):/.exec(withoutBreaks.slice(start).toLowerCase())?.[1];
}

/** The scheme the URL standard resolves the address to, as a browser would on an https page. */
function resolvedScheme(url: string): string | undefined {
  try {
    return new URL(url, 'https://municipality.example/page').protocol.slice(0, -1);
  } catch {
    return undefined;
  }
}

function checkUrl(element: Element, name: string, value: string, allowed: ReadonlySet<string>): string[] {
  const scheme = schemeOf(value);
  const resolved = resolvedScheme(value);
  const findings: string[] = [];
  if (scheme !== undefined && !allowed.has(scheme)) {
    findings.push(`<${element.tagName} ${name}> has the scheme ${scheme}:`);
  }
  if (resolved === undefined || !allowed.has(resolved)) {
    findings.push(`<${element.tagName} ${name}="${value}"> resolves to ${resolved ?? 'nothing'}`);
  }
  return findings;
}

function checkElement(element: Element): string[] {
  const findings: string[] = [];
  const allowedAttributes = ALLOWED_ATTRIBUTES[element.tagName];
  if (element.namespaceURI !== html.NS.HTML) {
    findings.push(`<${element.tagName}> in the namespace ${element.namespaceURI}`);
  }
  if (allowedAttributes === undefined) {
    return [...findings, `<${element.tagName}> is not allowed`];
  }
  const attributes = new Map(element.attrs.map((attribute) => [attribute.name, attribute.value]));
  for (const attribute of element.attrs) {
    const { name, value } = attribute;
    if (attribute.namespace !== undefined || attribute.prefix !== undefined) {
      findings.push(`<${element.tagName}> has the namespaced attribute ${attribute.prefix}:${name}`);
    }
    if (name.startsWith('on')) {
      findings.push(`<${element.tagName}> has the event handler ${name}`);
    }
    if (!allowedAttributes.includes(name)) {
      findings.push(`<${element.tagName}> has the attribute ${name}`);
    }
    if (name === 'href') {
      findings.push(...checkUrl(element, name, value, LINK_SCHEMES));
    }
    if (name === 'src') {
      findings.push(...checkUrl(element, name, value, IMAGE_SCHEMES));
      if (schemeOf(value) === undefined) {
        findings.push(`<img src="${value}"> is not an absolute address`);
      }
    }
    if ((name === 'width' || name === 'height') && !/^\d+$/.test(value)) {
      findings.push(`<img ${name}="${value}"> is not a number`);
    }
    if (name === 'target' && (value !== '_blank' || attributes.get('rel') !== EXTERNAL_REL)) {
      findings.push(`<a target="${value}"> without rel="${EXTERNAL_REL}"`);
    }
    if (name === 'rel' && value !== EXTERNAL_REL) {
      findings.push(`<a rel="${value}">`);
    }
  }
  if (element.tagName === 'img' && (attributes.get('alt') ?? '').trim() === '') {
    findings.push('<img> without alt text');
  }
  return findings;
}

function walk(parent: ParentNode, findings: string[]): void {
  for (const node of parent.childNodes) {
    if (node.nodeName === '#comment') {
      findings.push('a comment');
    } else if ('tagName' in node) {
      findings.push(...checkElement(node));
      walk(node, findings);
      if ('content' in node) {
        walk(node.content, findings);
      }
    }
  }
}

/**
 * Everything in the markup outside the rich-text policy, as a browser parses it (parse5 follows
 * the HTML standard's parsing algorithm): any element, attribute, URL scheme or comment that is not
 * allowed. Empty when the markup is safe.
 */
export function findUnsafeMarkup(markup: string): string[] {
  const findings: string[] = [];
  walk(parseFragment(markup), findings);
  return findings;
}
