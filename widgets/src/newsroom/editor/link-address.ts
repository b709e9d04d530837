/**
 * The schemes the hub's sanitiser keeps in a link (LINK_SCHEMES in db/src/rich-text/allow-list.ts);
 * test/newsroom/link-address.test.ts holds the two lists together.
 */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * The address as the link will carry it, or undefined when the sanitiser would drop the link.
 * Only whole addresses: a relative one ("/kurser", "www.example.se") would lead somewhere else on
 * every municipal site that shows the news, so it is refused too.
 */
export function checkLinkAddress(raw: string): string | undefined {
  // Browsers drop tabs and line breaks in a URL before reading its scheme; the sanitiser does as well.
  const cleaned = raw.replace(/[\t\n\r]/g, '').trim();
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.slice(0, -1);
  // A bare "mailto:" or "tel:" would be kept, yet leads nowhere.
  if (!LINK_SCHEMES.includes(scheme) || url.href === url.protocol) return undefined;
  return url.href;
}
