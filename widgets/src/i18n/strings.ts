import type { UiLanguage } from './language.js';

/** Every UI string, by language; `{n}` is replaced with a count. */
export interface Strings {
  loading: string;
  error: string;
  retry: string;
  news: string;
  courses: string;
  events: string;
  members: string;
  contacts: string;
  emptyNews: string;
  emptyCourses: string;
  emptyEvents: string;
  emptyMembers: string;
  emptyContacts: string;
  subscribeFeed: string;
  subscribeCalendar: string;
  updated: string;
  readMore: string;
  source: string;
  register: string;
  registerBy: string;
  online: string;
  cancelled: string;
  noSessions: string;
  sessions: string;
  coverage: string;
  coverageRegion: string;
  memberCount: string;
  memberSince: string;
  email: string;
  phone: string;
  digital: string;
  onSite: string;
  blended: string;
  selfPaced: string;
  free: string;
}

const sv: Strings = {
  loading: 'Laddar…',
  error: 'Det gick inte att hämta uppgifterna just nu.',
  retry: 'Försök igen',
  news: 'Nyheter',
  courses: 'Utbildningar',
  events: 'Evenemang',
  members: 'Medlemskommuner',
  contacts: 'Kontaktpersoner',
  emptyNews: 'Inga nyheter just nu.',
  emptyCourses: 'Inga kommande utbildningar just nu.',
  emptyEvents: 'Inga kommande evenemang just nu.',
  emptyMembers: 'Inga medlemskommuner.',
  emptyContacts: 'Inga kontaktpersoner.',
  subscribeFeed: 'Prenumerera på nyheterna (RSS)',
  subscribeCalendar: 'Prenumerera på kalendern (iCal)',
  updated: 'Listan har uppdaterats. Nya poster: {n}.',
  readMore: 'Läs mer',
  source: 'Källa',
  register: 'Anmälan',
  registerBy: 'anmäl dig senast',
  online: 'Digitalt',
  cancelled: 'Inställt',
  noSessions: 'Inga kommande tillfällen',
  sessions: 'Kommande tillfällen',
  coverage: '{n} av {total} kommuner i regionen ({share})',
  coverageRegion: '{n} av {total} kommuner i {region} ({share})',
  memberCount: '{n} medlemskommuner',
  memberSince: 'medlem sedan {n}',
  email: 'E-post',
  phone: 'Telefon',
  digital: 'Digital',
  onSite: 'På plats',
  blended: 'Blandad',
  selfPaced: 'Självstudier',
  free: 'Kostnadsfri',
};

const nb: Strings = {
  loading: 'Laster…',
  error: 'Kunne ikke hente opplysningene akkurat nå.',
  retry: 'Prøv igjen',
  news: 'Nyheter',
  courses: 'Kurs',
  events: 'Arrangementer',
  members: 'Medlemskommuner',
  contacts: 'Kontaktpersoner',
  emptyNews: 'Ingen nyheter akkurat nå.',
  emptyCourses: 'Ingen kommende kurs akkurat nå.',
  emptyEvents: 'Ingen kommende arrangementer akkurat nå.',
  emptyMembers: 'Ingen medlemskommuner.',
  emptyContacts: 'Ingen kontaktpersoner.',
  subscribeFeed: 'Abonner på nyhetene (RSS)',
  subscribeCalendar: 'Abonner på kalenderen (iCal)',
  updated: 'Listen er oppdatert. Nye oppføringer: {n}.',
  readMore: 'Les mer',
  source: 'Kilde',
  register: 'Påmelding',
  registerBy: 'meld deg på innen',
  online: 'Digitalt',
  cancelled: 'Avlyst',
  noSessions: 'Ingen kommende samlinger',
  sessions: 'Kommende samlinger',
  coverage: '{n} av {total} kommuner i regionen ({share})',
  coverageRegion: '{n} av {total} kommuner i {region} ({share})',
  memberCount: '{n} medlemskommuner',
  memberSince: 'medlem siden {n}',
  email: 'E-post',
  phone: 'Telefon',
  digital: 'Digitalt',
  onSite: 'Fysisk',
  blended: 'Kombinert',
  selfPaced: 'Selvstudium',
  free: 'Gratis',
};

const en: Strings = {
  loading: 'Loading…',
  error: 'The listing could not be fetched just now.',
  retry: 'Try again',
  news: 'News',
  courses: 'Courses',
  events: 'Events',
  members: 'Member municipalities',
  contacts: 'Contacts',
  emptyNews: 'No news just now.',
  emptyCourses: 'No upcoming courses just now.',
  emptyEvents: 'No upcoming events just now.',
  emptyMembers: 'No member municipalities.',
  emptyContacts: 'No contacts.',
  subscribeFeed: 'Subscribe to the news (RSS)',
  subscribeCalendar: 'Subscribe to the calendar (iCal)',
  updated: 'The listing has been updated. New items: {n}.',
  readMore: 'Read more',
  source: 'Source',
  register: 'Register',
  registerBy: 'register by',
  online: 'Online',
  cancelled: 'Cancelled',
  noSessions: 'No upcoming sessions',
  sessions: 'Upcoming sessions',
  coverage: '{n} of {total} municipalities in the region ({share})',
  coverageRegion: '{n} of {total} municipalities in {region} ({share})',
  memberCount: '{n} member municipalities',
  memberSince: 'member since {n}',
  email: 'Email',
  phone: 'Phone',
  digital: 'Online',
  onSite: 'On site',
  blended: 'Blended',
  selfPaced: 'Self-paced',
  free: 'Free of charge',
};

const STRINGS: Record<UiLanguage, Strings> = { sv, nb, en };

export function stringsFor(language: UiLanguage): Strings {
  return STRINGS[language];
}

/** A string with its placeholders (`{n}`, `{total}`, ...) filled in. */
export function fill(template: string, values: string | number | Record<string, string | number>): string {
  const named = typeof values === 'object' ? values : { n: values };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(named[name] ?? whole));
}
