import type { Generated, Insertable, Selectable } from 'kysely';
import type { Timestamps } from './common.js';

export interface TopicsTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  name_sv: string;
  name_nb: string;
  name_en: string;
}

export type TopicRow = Selectable<TopicsTable>;
export type NewTopic = Insertable<TopicsTable>;
