import sanitizeHtml from 'sanitize-html';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

function absolute(value: string | undefined, base: string): string | undefined {
  // Browsers ignore tabs and line breaks in URLs, so a scheme hidden by them still counts as one.
  if (value === undefined || HAS_SCHEME.test(value.replace(/[\t\n\r]/g, '').trim())) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/**
 * Makes the relative links and image addresses of HTML from another site absolute against `base`,
 * so that they still lead there once the text is shown here. Nothing else changes, and nothing is
 * made safe: the result still goes through sanitizeRichText.
 */
export function withAbsoluteUrls(html: string, base: string): string {
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolute(attribs.href, base) ?? '' } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolute(attribs.src, base) ?? '' } }),
    },
  });
}
