import { createHash } from 'node:crypto';
import type { ImportedEventEntry } from '@samverka/db/feed-import-events';
import type { ImportedNewsEntry } from '@samverka/db/feed-import-news';
import { withAbsoluteUrls } from '@samverka/db/rich-text/absolute-urls';
import { plainText } from '@samverka/db/rich-text/plain-text';
import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import type { Language } from '@samverka/db/tables/common';
import escapeHtml from 'escape-html';
import type { RawEventEntry } from './parse-calendar.js';
import type { RawNewsEntry } from './parse-news-feed.js';

const TITLE_MAX = 300;
const SUMMARY_MAX = 1000;
const DERIVED_SUMMARY = 300;

/** What became of one entry's text: the stored form, or why it was left out. */
export type Prepared<Entry> = { entry: Entry; imagesWithoutAlt: number } | { skipped: string };

/** Control characters (NUL among them, which PostgreSQL refuses in text) have no place in a title or key. */
function cleaned(text: string, replacement = ' '): string {
  return text.replace(/\p{Cc}/gu, replacement);
}

function shortened(text: string, max: number): string {
  const flat = cleaned(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function webUrl(value: string | null): string | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

function hashOf(values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url');
}

const LANGUAGES: Readonly<Record<string, Language>> = { sv: 'sv', nb: 'nb', no: 'nb', nn: 'nn', en: 'en', se: 'se' };

/** The feed's declared language when the hub knows it ("sv-SE" is sv), else the source's setting. */
export function languageOf(declared: string | null, fallback: Language): Language {
  return LANGUAGES[declared?.toLowerCase().split(/[-_]/)[0] ?? ''] ?? fallback;
}

/**
 * A news entry as it is stored: HTML through the same sanitiser as everything people write, its
 * relative links made absolute against the entry's page (or the feed). Images without alt text are
 * dropped by the sanitiser (they could not be published here either) and counted.
 */
export function prepareNewsEntry(
  raw: RawNewsEntry,
  language: Language,
  now: Date,
  feedUrl: string,
): Prepared<ImportedNewsEntry> {
  const key = raw.key && cleaned(raw.key, '').trim();
  if (!key) return { skipped: 'it has no guid, id or link to recognise it by' };
  const url = webUrl(raw.url);
  const body = sanitizeRichText(withAbsoluteUrls(raw.bodyHtml, url ?? feedUrl));
  if (body.problems.some((problem) => problem.code === 'TOO_LONG')) return { skipped: 'its text is too long' };
  const summaryText = raw.summaryHtml ? plainText(sanitizeRichText(raw.summaryHtml).html) : '';
  const summary = shortened(summaryText, SUMMARY_MAX) || shortened(body.text, DERIVED_SUMMARY);
  const title = shortened(raw.title, TITLE_MAX) || shortened(summary || body.text, 80);
  if (!title) return { skipped: 'it has no title and no text' };
  const published = raw.published && raw.published <= now ? raw.published : null;
  return {
    entry: {
      key,
      url,
      title,
      summary,
      bodyHtml: body.html,
      language,
      publishedAt: published ?? now,
      hash: hashOf([title, summary, body.html, url, language, published?.toISOString() ?? null]),
    },
    imagesWithoutAlt: body.problems.filter((problem) => problem.code === 'IMAGE_ALT_MISSING').length,
  };
}

/** Plain calendar text as paragraphs, then sanitised like any other rich text. */
function descriptionHtml(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return sanitizeRichText(paragraphs.join('')).html;
}

/** A calendar event as it is stored. */
export function prepareEventEntry(raw: RawEventEntry, language: Language): Prepared<ImportedEventEntry> {
  const title = shortened(raw.title, TITLE_MAX);
  if (!title) return { skipped: 'it has no SUMMARY (title)' };
  const key = cleaned(raw.key, '').trim();
  const html = descriptionHtml(raw.description);
  const summary = shortened(raw.description, DERIVED_SUMMARY);
  const url = webUrl(raw.url);
  const placeName = raw.location ? shortened(raw.location, 300) : null;
  const values = [title, summary, html, url, placeName, raw.startsAt, raw.endsAt, raw.cancelled, language];
  return {
    entry: {
      key,
      url,
      title,
      summary,
      descriptionHtml: html,
      startsAt: raw.startsAt,
      endsAt: raw.endsAt,
      placeName,
      cancelled: raw.cancelled,
      language,
      hash: hashOf(values),
    },
    imagesWithoutAlt: 0,
  };
}
