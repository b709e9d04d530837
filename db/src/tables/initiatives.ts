import type { Generated, Insertable, Selectable } from 'kysely';
import type { DateColumn, Language, ReadOnly, Timestamps } from './common.js';

export interface InitiativesTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  /** The federation that leads it. */
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  funding: string | null;
  starts_on: DateColumn | null;
  ends_on: DateColumn | null;
  participant_goal: number | null;
  participants_reached: number | null;
  website: string | null;
  language: Language;
  status: 'draft' | 'published' | 'archived';
  published_at: Date | null;
  is_demo: Generated<boolean>;
  search_vector: ReadOnly<string>;
}

export interface InitiativeFederationsTable {
  initiative_id: string;
  federation_id: string;
}

export interface InitiativeMunicipalitiesTable {
  initiative_id: string;
  municipality_id: string;
}

export type InitiativeRow = Selectable<InitiativesTable>;
export type NewInitiative = Insertable<InitiativesTable>;
