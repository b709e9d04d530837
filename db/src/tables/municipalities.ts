import type { Generated, Insertable, Selectable } from 'kysely';
import type { Country, DateColumn, Timestamps } from './common.js';

export interface MunicipalitiesTable extends Timestamps {
  id: Generated<string>;
  country: Country;
  /** SCB kommunkod (SE) or kommunenummer (NO); unique only together with the country. */
  code: string;
  name: string;
  official_name: string;
  county_code: string;
  county_name: string;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
}

export interface MembershipsTable extends Timestamps {
  id: Generated<string>;
  federation_id: string;
  municipality_id: string;
  joined_on: DateColumn;
  left_on: DateColumn | null;
}

export type MunicipalityRow = Selectable<MunicipalitiesTable>;
export type NewMunicipality = Insertable<MunicipalitiesTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type NewMembership = Insertable<MembershipsTable>;
