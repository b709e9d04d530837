import type { Strings } from './en.js';

export type NewsroomLanguage = 'sv' | 'en';

const KEY = 'samverka-newsroom-language';

/** The user's own choice from the switch, else the browser's preferred language among ours, else Swedish. */
export function initialLanguage(): NewsroomLanguage {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'sv' || chosen === 'en') return chosen;
  const preferred = navigator.languages.find((tag) => /^(sv|en)\b/i.test(tag));
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Remembers the choice and marks the document, so assistive technology reads the right language. */
export function chooseLanguage(language: NewsroomLanguage): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
}

const loaded: Partial<Record<NewsroomLanguage, Strings>> = {};

/** Fetches one language's texts, a chunk each, so the shell carries neither; the app awaits it before it draws. */
export async function loadStrings(language: NewsroomLanguage): Promise<Strings> {
  loaded[language] ??= language === 'en' ? (await import('./en.js')).en : (await import('./sv.js')).sv;
  return loaded[language];
}

/** The texts of a language loadStrings has brought. */
export function stringsOf(language: NewsroomLanguage): Strings {
  const strings = loaded[language];
  if (!strings) throw new Error(`The newsroom's ${language} texts are not loaded.`);
  return strings;
}

/** `fill('Revision {0} by {1}', 3, 'Anna')`. */
export function fill(text: string, ...values: Array<string | number>): string {
  return text.replace(/\{(\d)\}/g, (_match, index: string) => String(values[Number(index)] ?? ''));
}

/** A time in the federation's time zone, in the UI language. */
export function formatTime(iso: string, language: NewsroomLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
