import { SCRIPT_ORIGIN } from '../client/endpoint.js';
import { resolveLanguage, type UiLanguage } from '../i18n/language.js';
import { type Strings, stringsFor } from '../i18n/strings.js';
import { headingLevelOf, type Layout, layoutOf, slugList } from './attributes.js';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** What a widget shows: its items' ids (to tell new ones after a refresh) and whatever it renders. */
export interface Listing {
  ids: string[];
  /** The feed or calendar with the same items, when there is one. */
  subscribeUrl?: string;
}

/** What a widget needs to know to ask and to render, read from its attributes and the page. */
export interface ListingContext {
  language: UiLanguage;
  strings: Strings;
  federations: string[];
  layout: Layout;
  headingLevel: number;
  /** The hub's address, without a trailing slash. */
  endpoint: string;
}

interface ListingAttributes {
  federation: string | null;
  layout: string | null;
  headingLevel: number | null;
  endpoint: string | null;
}

export function listingContext(element: Element & ListingAttributes): ListingContext {
  const language = resolveLanguage(element);
  return {
    language,
    strings: stringsFor(language),
    federations: slugList(element.federation),
    layout: layoutOf(element.layout),
    headingLevel: headingLevelOf(element.headingLevel),
    endpoint: (element.endpoint || SCRIPT_ORIGIN).replace(/\/+$/, ''),
  };
}
