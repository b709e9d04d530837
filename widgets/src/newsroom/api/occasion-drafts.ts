// When and where an event or a course session takes place, as its form holds it and as the mutations
// take it: times as the federation's wall clock ("2026-12-24T09:30"), empty texts when unset.
import { isoToZoned, zonedToIso } from '../editor/time-zone.js';
import { municipalityKey } from './news-queries.js';

export interface OccasionDraft {
  startsAt: string;
  endsAt: string;
  placeName: string;
  address: string;
  /** The municipality it is held in, under the code the inputs take ("1262", "NO-1860"). */
  municipality: { code: string; name: string } | null;
  onlineUrl: string;
  registrationUrl: string;
  registrationDeadline: string;
}

/** What the API is asked of an occasion. */
export const OCCASION_FIELDS = `startsAt endsAt placeName address municipality { code country name } onlineUrl
  registrationUrl registrationDeadline`;

/** An occasion as the API answers with it. */
export interface SavedOccasion {
  startsAt: string;
  endsAt: string;
  placeName: string | null;
  address: string | null;
  municipality: { code: string; country: string; name: string } | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
}

export function emptyOccasion(): OccasionDraft {
  return {
    startsAt: '',
    endsAt: '',
    placeName: '',
    address: '',
    municipality: null,
    onlineUrl: '',
    registrationUrl: '',
    registrationDeadline: '',
  };
}

export function occasionDraftOf(saved: SavedOccasion, timeZone: string): OccasionDraft {
  const { municipality } = saved;
  return {
    startsAt: isoToZoned(saved.startsAt, timeZone),
    endsAt: isoToZoned(saved.endsAt, timeZone),
    placeName: saved.placeName ?? '',
    address: saved.address ?? '',
    municipality: municipality
      ? { code: municipalityKey(municipality.code, municipality.country), name: municipality.name }
      : null,
    onlineUrl: saved.onlineUrl ?? '',
    registrationUrl: saved.registrationUrl ?? '',
    registrationDeadline: saved.registrationDeadline ? isoToZoned(saved.registrationDeadline, timeZone) : '',
  };
}

/** The occasion's part of an input: wall-clock times read in `timeZone`, empty fields as null. */
export function occasionInput(draft: OccasionDraft, timeZone: string): Record<string, unknown> {
  const time = (local: string) => (local ? zonedToIso(local, timeZone) : null);
  const text = (value: string) => value.trim() || null;
  return {
    startsAt: time(draft.startsAt),
    endsAt: time(draft.endsAt),
    placeName: text(draft.placeName),
    address: text(draft.address),
    municipality: draft.municipality?.code ?? null,
    onlineUrl: text(draft.onlineUrl),
    registrationUrl: text(draft.registrationUrl),
    registrationDeadline: time(draft.registrationDeadline),
  };
}
