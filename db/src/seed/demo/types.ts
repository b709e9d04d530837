import type { Country, Language } from '../../tables/common.js';
import type { CourseCredit, CourseFormat } from '../../tables/courses.js';
import type { FederationKind, SocialLink } from '../../tables/federations.js';
import type { NewsImage } from '../../tables/news.js';

/**
 * Demo data is written as plain values keyed by slugs and official codes, never by ids,
 * so it reads like the source documents and can be seeded again without duplicates.
 * `isDemo` marks what is invented rather than a known public fact.
 */
export interface MunicipalityRef {
  country: Country;
  code: string;
}

export interface DemoFederation {
  slug: string;
  name: string;
  shortName?: string;
  kind: FederationKind;
  country: Country;
  regionName?: string;
  regionCountyCodes: string[];
  description: string;
  website?: string;
  socialLinks: SocialLink[];
  parentSlug?: string;
  timeZone: 'Europe/Stockholm' | 'Europe/Oslo';
  defaultLanguage: 'sv' | 'nb' | 'en';
  isDemo: boolean;
  members: Array<MunicipalityRef & { joinedOn: string; leftOn?: string }>;
}

export interface DemoTopic {
  slug: string;
  sv: string;
  nb: string;
  en: string;
}

export interface DemoContact {
  /** A key for other demo rows to refer to; not stored. */
  key: string;
  federationSlug?: string;
  municipality?: MunicipalityRef;
  name: string;
  roleTitle: string;
  email?: string;
  phone?: string;
  language: Language;
}

export interface DemoNewsItem {
  slug: string;
  federationSlug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  images: NewsImage[];
  language: Language;
  status: 'draft' | 'published' | 'archived';
  publishedAt?: string;
  topics: string[];
  municipalities: MunicipalityRef[];
  contactKey?: string;
  isDemo: boolean;
}

export interface DemoCourseSession {
  startsAt: string;
  endsAt: string;
  placeName?: string;
  address?: string;
  municipality?: MunicipalityRef;
  onlineUrl?: string;
  capacity?: number;
  registrationUrl?: string;
  registrationDeadline?: string;
}

export interface DemoCourse {
  slug: string;
  federationSlug: string;
  title: string;
  summary: string;
  descriptionHtml: string;
  format: CourseFormat;
  targetAudiences: string[];
  learningGoals: string[];
  credits: CourseCredit[];
  language: Language;
  price?: { amount: number; currency: 'SEK' | 'NOK' | 'EUR' };
  topics: string[];
  openTo: MunicipalityRef[];
  prerequisiteSlugs: string[];
  contactKey?: string;
  sessions: DemoCourseSession[];
  isDemo: boolean;
}

export interface DemoEvent {
  slug: string;
  federationSlug: string;
  title: string;
  summary: string;
  descriptionHtml: string;
  startsAt: string;
  endsAt: string;
  placeName?: string;
  address?: string;
  municipality?: MunicipalityRef;
  onlineUrl?: string;
  registrationUrl?: string;
  registrationDeadline?: string;
  language: Language;
  topics: string[];
  contactKey?: string;
  isDemo: boolean;
}

export interface DemoInitiative {
  slug: string;
  federationSlug: string;
  title: string;
  summary: string;
  descriptionHtml: string;
  funding?: string;
  startsOn?: string;
  endsOn?: string;
  participantGoal?: number;
  participantsReached?: number;
  website?: string;
  language: Language;
  partnerFederationSlugs: string[];
  municipalities: MunicipalityRef[];
  isDemo: boolean;
}
