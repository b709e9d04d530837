import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Country, Json, Timestamps } from './common.js';

export type FederationKind = 'vo_college' | 'municipal_association' | 'network' | 'national_centre' | 'other';

export interface SocialLink {
  kind: string;
  url: string;
}

export interface FederationsTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  name: string;
  short_name: string | null;
  kind: FederationKind;
  country: Country;
  region_name: string | null;
  /** The counties that make up the federation's region, for "30 of 33 municipalities". */
  region_county_codes: string[];
  description: string;
  website: string | null;
  social_links: Json<SocialLink[]>;
  parent_id: string | null;
  time_zone: string;
  default_language: string;
  is_demo: boolean;
}

export type FederationRow = Selectable<FederationsTable>;
export type NewFederation = Insertable<FederationsTable>;
export type FederationUpdate = Updateable<FederationsTable>;
