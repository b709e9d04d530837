import { demoContacts } from './contacts.js';
import { demoCourses } from './courses.js';
import { demoEvents } from './events.js';
import { demoFederations } from './federations.js';
import { demoInitiatives } from './initiatives.js';
import { demoNews } from './news.js';
import { demoTopics } from './topics.js';
import type {
  DemoContact,
  DemoCourse,
  DemoEvent,
  DemoFederation,
  DemoInitiative,
  DemoNewsItem,
  DemoTopic,
} from './types.js';

/** Everything the demo seed writes, keyed by kind. */
export interface DemoData {
  topics: DemoTopic[];
  federations: DemoFederation[];
  contacts: DemoContact[];
  news: DemoNewsItem[];
  courses: DemoCourse[];
  events: DemoEvent[];
  initiatives: DemoInitiative[];
}

export const demoData: DemoData = {
  topics: demoTopics,
  federations: demoFederations,
  contacts: demoContacts,
  news: demoNews,
  courses: demoCourses,
  events: demoEvents,
  initiatives: demoInitiatives,
};
