import type { Database } from '@samverka/db/database';
import { type FederationProfile, findKnownCountyCodes } from '@samverka/db/federation-profile';
import type { Federation } from '@samverka/db/federations';
import type { Language } from '@samverka/db/tables/common';
import type { SocialLink } from '@samverka/db/tables/federations';
import type { Kysely } from 'kysely';
import { builder } from './builder.js';
import { webAddress } from './content-input.js';
import { LanguageEnum } from './enums.js';
import { InputProblem } from './problems.js';

/** The zones the hub's federations work in; "today" for memberships is computed in them. */
export const TIME_ZONES = ['Europe/Stockholm', 'Europe/Oslo'];
const MAX_SOCIAL_LINKS = 20;

const SocialLinkInput = builder.inputType('SocialLinkInput', {
  description: 'A federation’s page or feed on a social network.',
  fields: (t) => ({
    kind: t.string({ required: true, description: 'The network in lower case, e.g. "instagram", "linkedin", "rss".' }),
    url: t.string({ required: true, description: 'The full http or https address of the page or feed.' }),
  }),
});

export const FederationProfileInput = builder.inputType('FederationProfileInput', {
  description: 'What a federation tells about itself. A field left out stays as it is.',
  fields: (t) => ({
    name: t.string({ description: 'The full name: 1 to 200 characters.' }),
    shortName: t.string({ description: 'A short form, up to 50 characters; null or empty removes it.' }),
    description: t.string({ description: 'What it does, in plain text, up to 5 000 characters.' }),
    website: t.string({ description: 'Its own website: a full http or https address; null or empty removes it.' }),
    socialLinks: t.field({
      type: [SocialLinkInput],
      description: `All its social links, at most ${MAX_SOCIAL_LINKS}.`,
    }),
    regionName: t.string({ description: 'The name of its region, up to 200 characters; null or empty removes it.' }),
    regionCountyCodes: t.stringList({
      description: 'The two-digit codes of the counties that make up its region, e.g. ["12"]; in its own country.',
    }),
    timeZone: t.string({ description: `Its IANA time zone: ${TIME_ZONES.join(' or ')}.` }),
    defaultLanguage: t.field({ type: LanguageEnum, description: 'The language it usually writes in.' }),
  }),
});

export interface FederationProfileValue {
  name?: string | null;
  shortName?: string | null;
  description?: string | null;
  website?: string | null;
  socialLinks?: Array<{ kind: string; url: string }> | null;
  regionName?: string | null;
  regionCountyCodes?: string[] | null;
  timeZone?: string | null;
  defaultLanguage?: Language | null;
}

function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length > max) throw new InputProblem(field, 'TOO_LONG', `Keep it to ${max} characters.`);
  return trimmed;
}

/** Empty clears the value. */
function optionalText(field: string, value: string | null, max: number): string | null {
  return value === null ? null : text(field, value, max) || null;
}

function required<T>(field: string, value: T | null): T {
  if (value === null) throw new InputProblem(field, 'REQUIRED', 'This cannot be removed; leave it out to keep it.');
  return value;
}

function socialLinks(links: Array<{ kind: string; url: string }>): SocialLink[] {
  if (links.length > MAX_SOCIAL_LINKS) {
    throw new InputProblem('socialLinks', 'TOO_MANY', `Give at most ${MAX_SOCIAL_LINKS} social links.`);
  }
  return links.map((link, index) => {
    const kind = link.kind.trim();
    if (!/^[a-z0-9-]{1,30}$/.test(kind)) {
      throw new InputProblem(
        `socialLinks[${index}].kind`,
        'INVALID_KIND',
        'Name the network in lower case, e.g. "linkedin".',
      );
    }
    return { kind, url: webAddress(`socialLinks[${index}].url`, link.url) };
  });
}

async function countyCodes(db: Kysely<Database>, federation: Federation, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes.map((code) => code.trim()))];
  const malformed = unique.find((code) => !/^\d{2}$/.test(code));
  if (malformed !== undefined || unique.length > 30) {
    throw new InputProblem(
      'regionCountyCodes',
      'INVALID_COUNTY_CODE',
      'Give at most 30 two-digit county codes, e.g. "12".',
    );
  }
  const known = await findKnownCountyCodes(db, federation.country, unique);
  const unknown = unique.find((code) => !known.includes(code));
  if (unknown !== undefined) {
    throw new InputProblem(
      'regionCountyCodes',
      'UNKNOWN_COUNTY',
      `No county in ${federation.country} has the code ${unknown}; use the official two-digit code.`,
    );
  }
  return unique.sort();
}

export function profileOf(federation: Federation): FederationProfile {
  return {
    name: federation.name,
    short_name: federation.short_name,
    description: federation.description,
    website: federation.website,
    social_links: federation.social_links,
    region_name: federation.region_name,
    region_county_codes: federation.region_county_codes,
    time_zone: federation.time_zone,
    default_language: federation.default_language,
  };
}

/** The profile after applying the input to the current one; anything wrong names its field. Reads through `db`. */
export async function toFederationProfile(
  db: Kysely<Database>,
  current: Federation,
  input: FederationProfileValue,
): Promise<FederationProfile> {
  const profile = profileOf(current);
  if (input.name !== undefined) {
    profile.name = text('name', required('name', input.name), 200);
    if (profile.name.length === 0) throw new InputProblem('name', 'REQUIRED', 'Write a name of 1 to 200 characters.');
  }
  if (input.shortName !== undefined) profile.short_name = optionalText('shortName', input.shortName, 50);
  if (input.description !== undefined) profile.description = text('description', input.description ?? '', 5000);
  if (input.website !== undefined) {
    const website = input.website?.trim() || null;
    profile.website = website === null ? null : webAddress('website', website);
  }
  if (input.socialLinks !== undefined) profile.social_links = socialLinks(input.socialLinks ?? []);
  if (input.regionName !== undefined) profile.region_name = optionalText('regionName', input.regionName, 200);
  if (input.regionCountyCodes !== undefined) {
    profile.region_county_codes = await countyCodes(db, current, input.regionCountyCodes ?? []);
  }
  if (input.timeZone !== undefined) {
    const zone = required('timeZone', input.timeZone).trim();
    if (!TIME_ZONES.includes(zone)) {
      throw new InputProblem('timeZone', 'UNKNOWN_TIME_ZONE', `Choose one of ${TIME_ZONES.join(', ')}.`);
    }
    profile.time_zone = zone;
  }
  if (input.defaultLanguage !== undefined)
    profile.default_language = required('defaultLanguage', input.defaultLanguage);
  return profile;
}
