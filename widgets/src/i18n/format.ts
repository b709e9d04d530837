import type { UiLanguage } from './language.js';

const LOCALES: Record<UiLanguage, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: UiLanguage, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { timeZone, ...options });
    formats.set(key, formatter);
  }
  return formatter;
}

/** A day, as readers of `language` write it, in the federation's time zone: "1 december 2026". */
export function formatDate(iso: string, language: UiLanguage, timeZone: string): string {
  return format(language, timeZone, { dateStyle: 'long' }).format(new Date(iso));
}

/** A day and time: "1 december 2026 09:00". */
export function formatDateTime(iso: string, language: UiLanguage, timeZone: string): string {
  return format(language, timeZone, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** A span of time, shortened where start and end share the day: "1 december 2026 09:00–16:00". */
export function formatRange(startIso: string, endIso: string, language: UiLanguage, timeZone: string): string {
  return format(language, timeZone, { dateStyle: 'long', timeStyle: 'short' }).formatRange(
    new Date(startIso),
    new Date(endIso),
  );
}

/** A share as a percentage: "91 %" in Swedish and Norwegian, "91%" in English. */
export function formatPercent(share: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A price with its currency: "1 200 kr". */
export function formatPrice(amount: number, currency: string, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** The day of the month and the short month name, for a calendar leaf: { day: "10", month: "feb." }. */
export function dayAndMonth(iso: string, language: UiLanguage, timeZone: string): { day: string; month: string } {
  const parts = format(language, timeZone, { day: 'numeric', month: 'short' }).formatToParts(new Date(iso));
  return {
    day: parts.find((part) => part.type === 'day')?.value ?? '',
    month: parts.find((part) => part.type === 'month')?.value ?? '',
  };
}
