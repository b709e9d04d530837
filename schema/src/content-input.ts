import { findMunicipalitiesWithCodes, type Municipality } from '@samverka/db/municipalities';
import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { findTopicsBySlugs } from '@samverka/db/topics';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { decodeGlobalId } from './global-id.js';
import { parseMunicipalityCode } from './inputs.js';
import { InputProblem } from './problems.js';

// The checks every kind of content shares (news, courses, events): each refuses with an
// InputProblem that names the field and says what to fix.

/** Trimmed text of at most `max` characters; `required` also refuses blank. */
export function checkText(field: string, value: string | null | undefined, max: number, required = false): string {
  const trimmed = value?.trim() ?? '';
  if (required && trimmed.length === 0) throw new InputProblem(field, 'REQUIRED', `Write 1 to ${max} characters.`);
  if (trimmed.length > max) throw new InputProblem(field, 'TOO_LONG', `Keep it to ${max} characters.`);
  return trimmed;
}

/** Trimmed text, or null when blank. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return checkText(field, value, max) || null;
}

/**
 * Sanitised HTML, where pictures may also be the hub's own uploads (`hubUrl` is PUBLIC_URL). A dangerous
 * link loses only its address and keeps its words; content that would vanish is refused.
 */
export function checkRichText(field: string, html: string | null | undefined, hubUrl: string): string {
  const result = sanitizeRichText(html ?? '', { hubUrl });
  const problem = result.problems.find((found) => found.code !== 'LINK_URL_INVALID');
  if (problem) throw new InputProblem(field, problem.code, problem.message);
  return result.html;
}

/** A full http or https address. */
export function webAddress(field: string, value: string): string {
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if ((url?.protocol !== 'https:' && url?.protocol !== 'http:') || value.length > 500) {
    throw new InputProblem(
      field,
      'INVALID_URL',
      'Give a full web address starting with https://, up to 500 characters.',
    );
  }
  return url.toString();
}

export function optionalWebAddress(field: string, value: string | null | undefined): string | null {
  return value?.trim() ? webAddress(field, value) : null;
}

/** Each slug to its topic's id, in one statement. */
export async function topicIdsFor(ctx: Context, field: string, slugs: readonly string[]): Promise<string[]> {
  const unique = [...new Set(slugs)];
  const topics = await findTopicsBySlugs(ctx.db, unique);
  const unknown = unique.find((slug) => !topics.some((topic) => topic.slug === slug));
  if (unknown !== undefined)
    throw new InputProblem(field, 'UNKNOWN_TOPIC', `There is no topic "${unknown.slice(0, 50)}".`);
  return topics.map((topic) => topic.id);
}

function parseCode(field: string, code: string) {
  try {
    return parseMunicipalityCode(field, code);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new InputProblem(field, 'INVALID_MUNICIPALITY_CODE', 'Write four digits such as "1262", or "NO-1860".');
  }
}

/** Every code to its municipality's id, in one statement; anything unknown or ambiguous names the field. */
export async function municipalityIdsFor(ctx: Context, field: string, codes: readonly string[]): Promise<string[]> {
  const keys = [...new Set(codes)].flatMap((code) => {
    const key = parseCode(field, code);
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
      throw new InputProblem(field, 'UNKNOWN_MUNICIPALITY', `There is no municipality with code ${key.code}.`);
    }
    if (found.length > 1) {
      throw new InputProblem(
        field,
        'AMBIGUOUS_MUNICIPALITY',
        `Code ${key.code} exists in Sweden and Norway; write SE-${key.code} or NO-${key.code}.`,
      );
    }
    return (found[0] as Municipality).id;
  });
}

export async function optionalMunicipalityIdFor(
  ctx: Context,
  field: string,
  code: string | null | undefined,
): Promise<string | null> {
  if (!code?.trim()) return null;
  const [id] = await municipalityIdsFor(ctx, field, [code]);
  return id ?? null;
}

/** The uuid in a global id given in an input; a malformed id or one of another type is `problem`, like an unknown one. */
export function idIn(value: string | number, typename: string, problem: InputProblem): string {
  let id: ReturnType<typeof decodeGlobalId>;
  try {
    id = decodeGlobalId(String(value));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw problem;
  }
  if (id.typename !== typename) throw problem;
  return id.id;
}

/**
 * The contact who answers questions: an active contact of the same federation. The contact an
 * item already names may stay even once archived, so archiving a contact never blocks an edit.
 */
export async function contactIdFor(
  ctx: Context,
  federationId: string,
  contact: string | number | null | undefined,
  keep: string | null,
): Promise<string | null> {
  if (contact == null) return null;
  const unknown = new InputProblem('contact', 'UNKNOWN_CONTACT', 'Choose an active contact of the same federation.');
  const found = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'status'])
    .where('id', '=', idIn(contact, 'Contact', unknown))
    .where('federation_id', '=', federationId)
    .executeTakeFirst();
  if (!found || (found.status !== 'active' && found.id !== keep)) throw unknown;
  return found.id;
}
