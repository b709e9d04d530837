import type { MunicipalityCode } from './municipalities.js';
import type { Language } from './tables/common.js';

/** The filters every public listing shares, so a feed or calendar can match what a widget shows. */
export interface ListingFilter {
  /** Publisher, organiser or provider slugs. */
  federations?: string[] | null;
  municipality?: MunicipalityCode | null;
  /** Topic slugs; an item with any of them matches. */
  topics?: string[] | null;
  language?: Language | null;
}
