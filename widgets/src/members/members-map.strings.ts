import type { UiLanguage } from '../i18n/language.js';

export interface MapStrings {
  /** `{region}`: the region's name. */
  title: string;
  /** For a federation without a named region: `{name}` is the federation's. */
  titleMembers: string;
  /** `{n}` members of `{total}` municipalities. */
  count: string;
  members: string;
  others: string;
  member: string;
  other: string;
  loading: string;
  failed: string;
  retry: string;
  /** The summary of the folded list of members under the map. */
  showList: string;
}

const strings: Record<UiLanguage, MapStrings> = {
  sv: {
    title: 'Karta över {region}',
    titleMembers: 'Karta över kommunerna i {name}',
    count: '{n} av {total} kommuner är medlemmar.',
    members: 'Medlemmar: {names}.',
    others: 'Inte medlemmar: {names}.',
    member: 'Medlem',
    other: 'Inte medlem',
    loading: 'Kartan laddas…',
    failed: 'Kartan kunde inte visas.',
    retry: 'Visa kartan igen',
    showList: 'Visa medlemmarna som lista',
  },
  nb: {
    title: 'Kart over {region}',
    titleMembers: 'Kart over kommunene i {name}',
    count: '{n} av {total} kommuner er medlemmer.',
    members: 'Medlemmer: {names}.',
    others: 'Ikke medlemmer: {names}.',
    member: 'Medlem',
    other: 'Ikke medlem',
    loading: 'Kartet lastes …',
    failed: 'Kartet kunne ikke vises.',
    retry: 'Vis kartet igjen',
    showList: 'Vis medlemmene som liste',
  },
  en: {
    title: 'Map of {region}',
    titleMembers: 'Map of the municipalities of {name}',
    count: '{n} of {total} municipalities are members.',
    members: 'Members: {names}.',
    others: 'Not members: {names}.',
    member: 'Member',
    other: 'Not a member',
    loading: 'Loading the map…',
    failed: 'The map could not be shown.',
    retry: 'Show the map again',
    showList: 'Show the members as a list',
  },
};

export function mapStringsFor(language: UiLanguage): MapStrings {
  return strings[language];
}
