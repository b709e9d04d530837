import { IMAGE_SCHEMES, LINK_SCHEMES } from './allow-list.js';

/** Stands in for the hub when no origin is known, so relative links resolve to "this site". */
const PLACEHOLDER_ORIGIN = 'https://samverka.invalid';

export interface CheckedLink {
  /** The address to write out: relative as given, absolute in the URL standard's form. */
  readonly href: string;
  /** Whether the link leaves the hub's origin for another site. */
  readonly external: boolean;
}

function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

function schemeOf(url: URL): string {
  return url.protocol.slice(0, -1);
}

/**
 * Browsers drop tabs and line breaks anywhere in a URL and surrounding spaces before reading its scheme
 * ("java&#10;script:"), so the address is checked, and written out, in that cleaned form.
 */
function cleanUrl(raw: string): string {
  return raw.replace(/[\t\n\r]/g, '').trim();
}

export function originOf(hubOrigin: string | undefined): string {
  const url = parseUrl(hubOrigin ?? PLACEHOLDER_ORIGIN);
  if (url === undefined || !IMAGE_SCHEMES.includes(schemeOf(url))) {
    throw new Error(`The hub origin ${JSON.stringify(hubOrigin)} is not an http or https URL.`);
  }
  return url.origin;
}

/** The link's address if it may be written out, undefined if it must go (javascript:, data:, ...). */
export function checkLinkHref(raw: string, origin: string): CheckedLink | undefined {
  const href = cleanUrl(raw);
  if (href === '') {
    return undefined;
  }
  const absolute = parseUrl(href);
  if (absolute !== undefined) {
    const scheme = schemeOf(absolute);
    if (!LINK_SCHEMES.includes(scheme)) {
      return undefined;
    }
    const web = IMAGE_SCHEMES.includes(scheme);
    return { href: absolute.href, external: web && absolute.origin !== origin };
  }
  const resolved = parseUrl(href, `${origin}/`);
  if (resolved === undefined) {
    return undefined;
  }
  // "//other.example" and "/\other.example" look relative but lead to another site.
  if (resolved.origin !== origin) {
    return { href: resolved.href, external: true };
  }
  return { href, external: false };
}

/**
 * The absolute address of one of the hub's own uploads (under `${hubUrl}/uploads/`), given absolute or
 * relative to the hub; undefined for anything else. Relative ones are made absolute so that the image
 * also shows where the text is embedded on other sites.
 */
export function hubUploadUrl(raw: string, hubUrl: string): string | undefined {
  const base = `${hubUrl.replace(/\/+$/, '')}/`;
  const url = parseUrl(cleanUrl(raw), base);
  return url !== undefined && url.search === '' && url.hash === '' && url.href.startsWith(`${base}uploads/`)
    ? url.href
    : undefined;
}

/**
 * The image's address if it is an absolute http or https URL, or one of the hub's uploads when
 * `hubUrl` is known, in the URL standard's form.
 */
export function checkImageSrc(raw: string, hubUrl?: string): string | undefined {
  const url = parseUrl(cleanUrl(raw));
  if (url !== undefined) return IMAGE_SCHEMES.includes(schemeOf(url)) ? url.href : undefined;
  return hubUrl === undefined ? undefined : hubUploadUrl(raw, hubUrl);
}
