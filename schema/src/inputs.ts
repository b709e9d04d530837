import type { ListingFilter } from '@samverka/db/listing-filter';
import type { MunicipalityCode } from '@samverka/db/municipalities';
import type { Country, Language } from '@samverka/db/tables/common';
import { badInput } from './errors.js';

const CODE = /^(?:(SE|NO)-)?(\d{4})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "1293", or "NO-1860" where a code exists in both countries. */
export function parseMunicipalityCode(argument: string, value: string | null | undefined): MunicipalityCode | null {
  if (value == null) return null;
  const match = CODE.exec(value.trim());
  if (!match) {
    throw badInput(
      argument,
      `"${value.slice(0, 50)}" is not a municipality code; use four digits such as "1293", or "NO-1860" with a country.`,
    );
  }
  return { code: match[2] as string, country: (match[1] as Country | undefined) ?? null };
}

/** Lower-case words joined by hyphens, at most 100 characters. */
export function isSlug(slug: string): boolean {
  return SLUG.test(slug) && slug.length <= 100;
}

export function checkSlug(argument: string, slug: string | null | undefined): string | null {
  if (slug == null) return null;
  if (!isSlug(slug)) {
    throw badInput(
      argument,
      `"${slug.slice(0, 50)}" is not a slug; slugs are lower-case words joined by hyphens, e.g. "vo-college-skane".`,
    );
  }
  return slug;
}

/** A list of slugs; an empty list filters nothing, like a missing one. */
export function checkSlugs(argument: string, slugs: readonly string[] | null | undefined): string[] | null {
  if (slugs == null || slugs.length === 0) return null;
  if (slugs.length > 50) throw badInput(argument, `at most 50 slugs, got ${slugs.length}.`);
  return slugs.map((slug) => checkSlug(argument, slug) as string);
}

/** Free text matched as written, e.g. a target audience. */
export function checkPlainText(argument: string, text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (trimmed.length > 200) throw badInput(argument, `at most 200 characters, got ${trimmed.length}.`);
  return trimmed;
}

/** Free text to search for; blank means no search. */
export function checkSearchText(argument: string, text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (trimmed.length > 200)
    throw badInput(argument, `search text is limited to 200 characters, got ${trimmed.length}.`);
  return trimmed;
}

export function checkDateRange(argument: string, from: Date | null | undefined, to: Date | null | undefined): void {
  if (from && to && from > to) throw badInput(argument, 'the start of the range is after its end.');
}

/** The filters every public listing shares, checked, with the names the caller used in errors. */
export function checkListingFilter(
  filter:
    | {
        federations?: readonly string[] | null;
        municipality?: string | null;
        topics?: readonly string[] | null;
        language?: Language | null;
      }
    | null
    | undefined,
): ListingFilter {
  return {
    federations: checkSlugs('filter.federations', filter?.federations),
    municipality: parseMunicipalityCode('filter.municipality', filter?.municipality),
    topics: checkSlugs('filter.topics', filter?.topics),
    language: filter?.language,
  };
}
