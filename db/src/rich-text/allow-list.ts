import type sanitizeHtml from 'sanitize-html';

/** Longest input, in characters, that is sanitised at all; longer input is refused with TOO_LONG. */
export const RICH_TEXT_MAX_LENGTH = 200_000;

/** The rel every link to another site carries, so the page it opens cannot reach back into ours. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';

/** The only elements that can appear in sanitised rich text. */
export const ALLOWED_TAGS: readonly string[] = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'a',
  'img',
  'figure',
  'figcaption',
];

/** The only attributes, per element; every other attribute (style, class, on*, id, ...) is dropped. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, sanitizeHtml.AllowedAttribute[]>> = {
  a: ['href', { name: 'target', values: ['_blank'] }, { name: 'rel', values: [EXTERNAL_LINK_REL] }],
  img: ['src', 'alt', 'width', 'height'],
};

export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
export const IMAGE_SCHEMES: readonly string[] = ['http', 'https'];

/** Elements kept under the allowed name they are mapped to, so pasted markup keeps its meaning. */
export const RENAMED_TAGS: Readonly<Record<string, string>> = {
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
  b: 'strong',
  i: 'em',
};

/**
 * Disallowed elements whose content goes with them: code, styles, embedded documents, form
 * controls and foreign markup are not article text. Any other disallowed element is unwrapped.
 */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'textarea',
  'select',
  'option',
  'button',
  'xmp',
  'title',
  'head',
];

/** Deeper markup is unwrapped: no article needs it, and it only costs every later reader. */
export const NESTING_LIMIT = 32;
