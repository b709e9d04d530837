import type { Topic } from '@samverka/db/topics';

/** The languages the hub writes its own texts in. */
export type UiLanguage = 'sv' | 'nb' | 'en';

export interface FeedTexts {
  hubNewsTitle: string;
  hubNewsDescription: string;
  federationNewsTitle(federation: string): string;
  federationNewsDescription(federation: string): string;
  topicNewsTitle(topic: string): string;
  topicNewsDescription(topic: string): string;
  hubCalendarTitle: string;
  hubCalendarDescription: string;
  federationCalendarTitle(federation: string): string;
  federationCalendarDescription(federation: string): string;
  /** A course session's place in its course, e.g. "tillfälle 2 av 3". */
  session(number: number, total: number): string;
  feedFormat: { rss: string; atom: string; json: string };
}

const TEXTS: Record<UiLanguage, FeedTexts> = {
  sv: {
    hubNewsTitle: 'Samverka – nyheter',
    hubNewsDescription: 'Nyheter från alla förbund och nätverk av kommuner i Samverka.',
    federationNewsTitle: (federation) => `${federation} – nyheter`,
    federationNewsDescription: (federation) => `Nyheter från ${federation}.`,
    topicNewsTitle: (topic) => `Samverka – nyheter: ${topic}`,
    topicNewsDescription: (topic) => `Nyheter om ${topic} från alla förbund i Samverka.`,
    hubCalendarTitle: 'Samverka – kalender',
    hubCalendarDescription: 'Evenemang och kurstillfällen från alla förbund i Samverka.',
    federationCalendarTitle: (federation) => `${federation} – kalender`,
    federationCalendarDescription: (federation) => `Evenemang och kurstillfällen från ${federation}.`,
    session: (number, total) => `tillfälle ${number} av ${total}`,
    feedFormat: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
  },
  nb: {
    hubNewsTitle: 'Samverka – nyheter',
    hubNewsDescription: 'Nyheter fra alle forbund og nettverk av kommuner i Samverka.',
    federationNewsTitle: (federation) => `${federation} – nyheter`,
    federationNewsDescription: (federation) => `Nyheter fra ${federation}.`,
    topicNewsTitle: (topic) => `Samverka – nyheter: ${topic}`,
    topicNewsDescription: (topic) => `Nyheter om ${topic} fra alle forbund i Samverka.`,
    hubCalendarTitle: 'Samverka – kalender',
    hubCalendarDescription: 'Arrangementer og kurssamlinger fra alle forbund i Samverka.',
    federationCalendarTitle: (federation) => `${federation} – kalender`,
    federationCalendarDescription: (federation) => `Arrangementer og kurssamlinger fra ${federation}.`,
    session: (number, total) => `samling ${number} av ${total}`,
    feedFormat: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
  },
  en: {
    hubNewsTitle: 'Samverka – news',
    hubNewsDescription: 'News from every federation and network of municipalities in Samverka.',
    federationNewsTitle: (federation) => `${federation} – news`,
    federationNewsDescription: (federation) => `News from ${federation}.`,
    topicNewsTitle: (topic) => `Samverka – news: ${topic}`,
    topicNewsDescription: (topic) => `News about ${topic} from every federation in Samverka.`,
    hubCalendarTitle: 'Samverka – calendar',
    hubCalendarDescription: 'Events and course sessions from every federation in Samverka.',
    federationCalendarTitle: (federation) => `${federation} – calendar`,
    federationCalendarDescription: (federation) => `Events and course sessions from ${federation}.`,
    session: (number, total) => `session ${number} of ${total}`,
    feedFormat: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
  },
};

/** The hub language closest to a content language: Nynorsk readers get Bokmål; others get the fallback. */
export function uiLanguageOf(language: string | null | undefined, fallback: UiLanguage = 'sv'): UiLanguage {
  if (language === 'sv' || language === 'en') return language;
  if (language === 'nb' || language === 'nn') return 'nb';
  return fallback;
}

export function textsIn(language: UiLanguage): FeedTexts {
  return TEXTS[language];
}

export function topicName(topic: Topic, language: UiLanguage): string {
  return { sv: topic.name_sv, nb: topic.name_nb, en: topic.name_en }[language];
}
