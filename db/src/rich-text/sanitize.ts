import sanitizeHtml from 'sanitize-html';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  IMAGE_SCHEMES,
  LINK_SCHEMES,
  NESTING_LIMIT,
  RICH_TEXT_MAX_LENGTH,
} from './allow-list.js';
import { plainText } from './plain-text.js';
import { problemCollector, type RichTextProblem, tooLong } from './problems.js';
import { richTextTransforms } from './transforms.js';
import { originOf } from './urls.js';

export type { RichTextProblem, RichTextProblemCode } from './problems.js';

export interface SanitizeRichTextOptions {
  /** The hub's own origin (e.g. https://samverka.se); links elsewhere count as external. */
  readonly hubOrigin?: string;
  /**
   * The hub's public address (PUBLIC_URL): images under its /uploads/ may then be given relative
   * to it, and are written out absolute.
   */
  readonly hubUrl?: string;
}

export interface SanitizedRichText {
  /** Markup that only holds allow-listed elements and attributes; safe to store and render. */
  readonly html: string;
  /** The same content as plain text, for search and summaries. */
  readonly text: string;
  /** What the author has to fix: images and links that were left out, or input that was refused. */
  readonly problems: RichTextProblem[];
}

/**
 * Control characters other than white space have no place in text; browsers handle them
 * unlike our parser does, so they go before parsing.
 */
const CONTROL_CHARACTER = /\p{Cc}/gu;
const WHITE_SPACE: ReadonlySet<string> = new Set(['\t', '\n', '\f', '\r']);

function withoutControlCharacters(html: string): string {
  return html.replace(CONTROL_CHARACTER, (character) => (WHITE_SPACE.has(character) ? character : ''));
}

/** Rich text as it is stored: sanitised against the allow-list, with what the author must fix. */
export function sanitizeRichText(html: string, options: SanitizeRichTextOptions = {}): SanitizedRichText {
  const origin = originOf(options.hubOrigin);
  if (html.length > RICH_TEXT_MAX_LENGTH) {
    return { html: '', text: '', problems: [tooLong(html.length, RICH_TEXT_MAX_LENGTH)] };
  }
  const { problems, report } = problemCollector();
  const safe = sanitizeHtml(withoutControlCharacters(html), {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: { ...ALLOWED_ATTRIBUTES },
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: { img: [...IMAGE_SCHEMES] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...DROPPED_WITH_CONTENT],
    nestingLimit: NESTING_LIMIT,
    parseStyleAttributes: false,
    transformTags: richTextTransforms(origin, report, options.hubUrl),
    parser: { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  });
  return { html: safe, text: plainText(safe), problems };
}
