import { en, type Strings } from './en.js';
import { sv } from './sv.js';

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

export function stringsOf(language: NewsroomLanguage): Strings {
  return language === 'en' ? en : sv;
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
