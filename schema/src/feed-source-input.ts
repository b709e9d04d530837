import type { Language } from '@samverka/db/tables/common';
import { builder } from './builder.js';
import { LanguageEnum } from './enums.js';
import { FeedSourceKindEnum } from './feed-source.js';
import { InputProblem, Problem, ProblemInterface } from './problems.js';

export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 10_080;
export const LANGUAGES: readonly Language[] = ['sv', 'nb', 'nn', 'en', 'se'];

/** Another import of the source is running (another instance, or a click a moment ago). */
export class FeedImportRunning extends Problem {
  constructor() {
    super('FEED_IMPORT_RUNNING', 'This source is being imported right now; look at its last run in a moment.');
  }
}

builder.objectType(FeedImportRunning, {
  name: 'FeedImportRunning',
  description: 'An import of this source is already running; nothing more was started.',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof FeedImportRunning,
  fields: () => ({}),
});

export function checkUrl(value: string): string {
  const text = value.trim();
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InputProblem('url', 'INVALID_URL', 'Give the feed’s full web address, starting with https://.');
  }
  if (url.username || url.password) {
    throw new InputProblem('url', 'INVALID_URL', 'Leave the user name and password out of the address.');
  }
  if (url.href.length > 2000) throw new InputProblem('url', 'TOO_LONG', 'Use an address under 2 000 characters.');
  return url.href;
}

export function checkInterval(minutes: number | null | undefined): number | undefined {
  if (minutes == null) return undefined;
  if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) {
    throw new InputProblem(
      'intervalMinutes',
      'INVALID_INTERVAL',
      `Import every ${MIN_INTERVAL} to ${MAX_INTERVAL} minutes (a week).`,
    );
  }
  return minutes;
}

export const AddFeedSourceInput = builder.inputType('AddFeedSourceInput', {
  description: 'A feed on the federation’s own website to import.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The feed’s full address (http or https).' }),
    kind: t.field({
      type: FeedSourceKindEnum,
      required: true,
      description: 'News (RSS or Atom) or events (iCalendar).',
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of its entries when the feed does not say; the federation’s own when left out.',
    }),
    intervalMinutes: t.int({
      description: `Minutes between imports: ${MIN_INTERVAL} to ${MAX_INTERVAL}; 60 when left out.`,
    }),
  }),
});
