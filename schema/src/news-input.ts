import { findMunicipalitiesByIds, findMunicipalitiesWithCodes, type Municipality } from '@samverka/db/municipalities';
import type { NewsContent } from '@samverka/db/news-editing';
import type { NewsRevision } from '@samverka/db/news-revisions';
import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { hubUploadUrl } from '@samverka/db/rich-text/urls';
import type { NewsImage } from '@samverka/db/tables/news';
import { findTopicsByIds, findTopicsBySlugs } from '@samverka/db/topics';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { LanguageEnum } from './enums.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';
import { parseMunicipalityCode } from './inputs.js';
import { InputProblem } from './problems.js';

export const ImageInput = builder.inputType('ImageInput', {
  description: 'An image shown with a news item.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description: 'An absolute https address, or the address of an image uploaded to the hub (POST /uploads).',
    }),
    alt: t.string({ description: 'What the image shows, for readers who cannot see it. Required before publishing.' }),
    caption: t.string({ description: 'Shown under the image.' }),
  }),
});

export const NewsInput = builder.inputType('NewsInput', {
  description: 'What an editor writes in a news item.',
  fields: (t) => ({
    title: t.string({ required: true, description: '1 to 300 characters.' }),
    summary: t.string({ description: 'A short introduction, up to 1 000 characters.' }),
    body: t.string({
      description:
        'HTML; it is sanitised on save (headings, paragraphs, lists, links, emphasis, images with alt text).',
    }),
    images: t.field({ type: [ImageInput], description: 'At most 20.' }),
    language: t.field({ type: LanguageEnum, required: true }),
    topics: t.stringList({ description: 'Topic slugs.' }),
    municipalities: t.stringList({ description: 'Codes of the municipalities it mentions, e.g. "1262" or "NO-1860".' }),
    contact: t.id({ description: 'The id of a contact of the same federation who answers questions about it.' }),
  }),
});

/** What a NewsInput holds once GraphQL has read it. */
export type NewsInputValue = typeof NewsInput.$inferInput;

const MAX_IMAGES = 20;

/** The image's address to store: the hub's own uploads (even on a plain-http hub), or any https address. */
function imageUrl(raw: string, hubUrl: string): URL | null {
  const upload = hubUploadUrl(raw, hubUrl);
  if (upload) return new URL(upload);
  const url = URL.canParse(raw) ? new URL(raw) : null;
  return url?.protocol === 'https:' ? url : null;
}

function checkImages(images: NonNullable<NewsInputValue['images']>, hubUrl: string): NewsImage[] {
  if (images.length > MAX_IMAGES) throw new InputProblem('images', 'TOO_MANY', `Attach at most ${MAX_IMAGES} images.`);
  return images.map((image, index) => {
    const url = imageUrl(image.url, hubUrl);
    if (!url) {
      throw new InputProblem(
        `images[${index}].url`,
        'INVALID_URL',
        'Give the image’s full https address, or upload it to the hub first.',
      );
    }
    const alt = image.alt?.trim() ?? '';
    if (alt.length > 500)
      throw new InputProblem(`images[${index}].alt`, 'TOO_LONG', 'Keep alt text under 500 characters.');
    const caption = image.caption?.trim();
    return { url: url.toString(), alt, ...(caption ? { caption: caption.slice(0, 500) } : {}) };
  });
}

/**
 * Checks what an editor sent and turns it into what is stored: sanitised HTML, known topics,
 * municipalities and a contact of the same federation. Anything wrong names its field.
 */
export async function toNewsContent(ctx: Context, federationId: string, input: NewsInputValue): Promise<NewsContent> {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 300) {
    throw new InputProblem('title', 'INVALID_LENGTH', 'Write a title of 1 to 300 characters.');
  }
  const summary = input.summary?.trim() ?? '';
  if (summary.length > 1000) throw new InputProblem('summary', 'TOO_LONG', 'Keep the summary under 1 000 characters.');

  const body = sanitizeRichText(input.body ?? '', { hubUrl: ctx.publicUrl });
  // A dangerous link loses only its address and keeps its words; content that would vanish is refused instead.
  const bodyProblem = body.problems.find((problem) => problem.code !== 'LINK_URL_INVALID');
  if (bodyProblem) throw new InputProblem('body', bodyProblem.code, bodyProblem.message);

  const topicSlugs = [...new Set(input.topics ?? [])];
  const topics = await findTopicsBySlugs(ctx.db, topicSlugs);
  const unknownTopic = topicSlugs.find((slug) => !topics.some((topic) => topic.slug === slug));
  if (unknownTopic !== undefined) {
    throw new InputProblem('topics', 'UNKNOWN_TOPIC', `There is no topic "${unknownTopic.slice(0, 50)}".`);
  }

  const municipalityIds = await municipalityIdsFor(ctx, input.municipalities ?? []);

  let contactId: string | null = null;
  if (input.contact != null) {
    const id = decodeGlobalId(String(input.contact));
    const contact =
      id.typename === 'Contact'
        ? await ctx.db
            .selectFrom('contacts')
            .select('id')
            .where('id', '=', id.id)
            .where('federation_id', '=', federationId)
            .where('status', '=', 'active')
            .executeTakeFirst()
        : undefined;
    if (!contact) throw new InputProblem('contact', 'UNKNOWN_CONTACT', 'Choose a contact of the same federation.');
    contactId = contact.id;
  }

  return {
    title,
    summary,
    bodyHtml: body.html,
    images: checkImages(input.images ?? [], ctx.publicUrl),
    language: input.language,
    contactId,
    topicIds: topics.map((topic) => topic.id),
    municipalityIds,
  };
}

/** Every code to its municipality's id, in one statement; anything unknown or ambiguous names the field. */
async function municipalityIdsFor(ctx: Context, codes: readonly string[]): Promise<string[]> {
  const keys = [...new Set(codes)].flatMap((code) => {
    const key = parseMunicipalityCode('municipalities', code);
    return key ? [key] : [];
  });
  if (keys.length === 0) return [];
  const rows = await findMunicipalitiesWithCodes(
    ctx.db,
    keys.map((key) => key.code),
  );
  return keys.map((key) => {
    const found = rows.filter((row) => row.code === key.code && (!key.country || row.country === key.country));
    if (found.length === 0) {
      throw new InputProblem(
        'municipalities',
        'UNKNOWN_MUNICIPALITY',
        `There is no municipality with code ${key.code}.`,
      );
    }
    if (found.length > 1) {
      throw new InputProblem(
        'municipalities',
        'AMBIGUOUS_MUNICIPALITY',
        `Code ${key.code} exists in Sweden and Norway; write SE-${key.code} or NO-${key.code}.`,
      );
    }
    return (found[0] as Municipality).id;
  });
}

/** A saved revision as editor input, so restoring it passes the same checks as writing it. */
export async function revisionAsInput(ctx: Context, revision: NewsRevision): Promise<NewsInputValue> {
  const [topics, municipalities] = await Promise.all([
    findTopicsByIds(ctx.db, revision.topic_ids),
    findMunicipalitiesByIds(ctx.db, revision.municipality_ids),
  ]);
  return {
    title: revision.title,
    summary: revision.summary,
    body: revision.body_html,
    images: revision.images,
    language: revision.language,
    topics: topics.map((topic) => topic.slug),
    municipalities: municipalities.map((municipality) => `${municipality.country}-${municipality.code}`),
    contact: revision.contact_id ? encodeGlobalId('Contact', revision.contact_id) : null,
  };
}

/** Publishing needs every image described; drafts may wait. */
export function checkReadyToPublish(images: NewsImage[]): void {
  const missing = images.findIndex((image) => image.alt.trim().length === 0);
  if (missing >= 0) {
    throw new InputProblem(
      `images[${missing}].alt`,
      'IMAGE_ALT_MISSING',
      'Describe every image (alt text) before publishing, so readers who cannot see it know what it shows.',
    );
  }
}
