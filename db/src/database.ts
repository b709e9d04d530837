import type { AccessTokensTable, AuditLogTable, FederationRolesTable, UsersTable } from './tables/accounts.js';
import type { ContactsTable } from './tables/contacts.js';
import type {
  CourseOpenToTable,
  CoursePrerequisitesTable,
  CourseSessionsTable,
  CoursesTable,
  CourseTopicsTable,
} from './tables/courses.js';
import type { EventsTable, EventTopicsTable } from './tables/events.js';
import type { FederationsTable } from './tables/federations.js';
import type {
  InitiativeFederationsTable,
  InitiativeMunicipalitiesTable,
  InitiativesTable,
} from './tables/initiatives.js';
import type { MembershipsTable, MunicipalitiesTable } from './tables/municipalities.js';
import type { NewsItemMunicipalitiesTable, NewsItemsTable, NewsItemTopicsTable } from './tables/news.js';
import type { NewsRevisionsTable } from './tables/news-revisions.js';
import type { TopicsTable } from './tables/topics.js';
import type { InvitationsTable, UploadsTable } from './tables/uploads.js';

export interface Database {
  federations: FederationsTable;
  municipalities: MunicipalitiesTable;
  memberships: MembershipsTable;
  topics: TopicsTable;
  contacts: ContactsTable;
  news_items: NewsItemsTable;
  news_item_topics: NewsItemTopicsTable;
  news_item_municipalities: NewsItemMunicipalitiesTable;
  news_revisions: NewsRevisionsTable;
  courses: CoursesTable;
  course_sessions: CourseSessionsTable;
  course_topics: CourseTopicsTable;
  course_open_to: CourseOpenToTable;
  course_prerequisites: CoursePrerequisitesTable;
  events: EventsTable;
  event_topics: EventTopicsTable;
  initiatives: InitiativesTable;
  initiative_federations: InitiativeFederationsTable;
  initiative_municipalities: InitiativeMunicipalitiesTable;
  users: UsersTable;
  access_tokens: AccessTokensTable;
  federation_roles: FederationRolesTable;
  audit_log: AuditLogTable;
  uploads: UploadsTable;
  invitations: InvitationsTable;
}
