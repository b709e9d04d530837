import type { FederationProfile, FederationProfileInput, SocialLink } from '../api/profile-queries.js';
import type { Strings } from '../i18n/en.js';
import { fill } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';

/** The profile form's values, all as typed; the county codes as one text ("12, 13"). */
export interface ProfileDraft {
  name: string;
  shortName: string;
  description: string;
  defaultLanguage: string;
  website: string;
  timeZone: string;
  regionName: string;
  regionCountyCodes: string;
  socialLinks: SocialLink[];
}

/** The hub's federations work in these zones; the hub refuses any other. */
export const TIME_ZONES = ['Europe/Stockholm', 'Europe/Oslo'] as const;

/** The networks offered for a social link, by the name the API keeps (lower case). */
export const SOCIAL_SERVICES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  tiktok: 'TikTok',
  vimeo: 'Vimeo',
  flickr: 'Flickr',
  rss: 'RSS',
};

export const DESCRIPTION_LIMIT = 5000;
export const MAX_SOCIAL_LINKS = 20;

export function draftOf(profile: FederationProfile): ProfileDraft {
  return {
    name: profile.name,
    shortName: profile.shortName ?? '',
    description: profile.description,
    defaultLanguage: profile.defaultLanguage,
    website: profile.website ?? '',
    timeZone: profile.timeZone,
    regionName: profile.regionName ?? '',
    regionCountyCodes: profile.regionCountyCodes.join(', '),
    socialLinks: profile.socialLinks.map((link) => ({ ...link })),
  };
}

function countyCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Only the fields the draft changes, as the API takes them: an emptied optional text removes it.
 * Values are sent as typed (the hub trims and checks them), so its problems name what was written.
 */
export function changedInput(draft: ProfileDraft, profile: FederationProfile): FederationProfileInput {
  const saved = draftOf(profile);
  const input: FederationProfileInput = {};
  const orNull = (value: string) => (value.trim() ? value : null);
  if (draft.name !== saved.name) input.name = draft.name;
  if (draft.shortName !== saved.shortName) input.shortName = orNull(draft.shortName);
  if (draft.description !== saved.description) input.description = draft.description;
  if (draft.defaultLanguage !== saved.defaultLanguage) input.defaultLanguage = draft.defaultLanguage;
  if (draft.website !== saved.website) input.website = orNull(draft.website);
  if (draft.timeZone !== saved.timeZone) input.timeZone = draft.timeZone;
  if (draft.regionName !== saved.regionName) input.regionName = orNull(draft.regionName);
  const codes = countyCodes(draft.regionCountyCodes);
  if (!same(codes, profile.regionCountyCodes)) input.regionCountyCodes = codes;
  if (!same(draft.socialLinks, saved.socialLinks)) input.socialLinks = draft.socialLinks;
  return input;
}

export function hasChanges(draft: ProfileDraft, profile: FederationProfile): boolean {
  return Object.keys(changedInput(draft, profile)).length > 0;
}

const LENGTH_LIMITS: Record<string, number> = {
  name: 200,
  shortName: 50,
  description: DESCRIPTION_LIMIT,
  regionName: 200,
};

/** What the hub said about a profile field, in the UI language; its own message for anything else. */
export function profileProblem(strings: Strings, problem: { code?: string; message?: string }, field: string): string {
  const limit = LENGTH_LIMITS[field];
  switch (problem.code) {
    case 'INVALID_URL':
      return strings.problemUrl;
    case 'TOO_LONG':
      if (limit) return fill(strings.problemTooLong, limit);
      break;
    case 'REQUIRED':
      if (field === 'name') return strings.problemNameRequired;
      break;
    case 'INVALID_COUNTY_CODE':
      return strings.problemCountyCode;
    case 'UNKNOWN_COUNTY':
      return strings.problemUnknownCounty;
  }
  return problemText(strings, problem, { field });
}
