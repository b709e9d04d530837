/** The languages the widgets speak; every UI string and date is given in one of them. */
export type UiLanguage = 'sv' | 'nb' | 'en';

const ALIASES: Record<string, UiLanguage> = {
  sv: 'sv',
  nb: 'nb',
  nn: 'nb',
  no: 'nb',
  // Northern, Lule and Southern Sami readers in Norway and Sweden read Norwegian or Swedish UI
  // more often than English; Norway first, as most Sami-language sites are Norwegian.
  se: 'nb',
  smj: 'nb',
  sma: 'nb',
  da: 'nb',
  fi: 'sv',
  en: 'en',
};

/** The UI language for a BCP 47 tag (`sv-SE`, `nn`, `en-GB`); null when the tag names none we map. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (primary && ALIASES[primary]) || null;
}

/**
 * The element's own `lang`, else the nearest ancestor's (the host page's `<html lang>`), else the
 * browser's, else Swedish, the language of most federations.
 */
export function resolveLanguage(element: Element): UiLanguage {
  const own = element.closest('[lang]')?.getAttribute('lang');
  return toUiLanguage(own) ?? navigator.languages.map(toUiLanguage).find((language) => language) ?? 'sv';
}
