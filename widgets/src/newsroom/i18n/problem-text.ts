import type { Strings } from './en.js';
import { fill, type NewsroomLanguage } from './language.js';
import type { ProblemValues } from './problem-values.js';
import type { ProblemCode, ProblemTable } from './problems-en.js';

/** What the hub answers with, whichever way it came: a typed problem, an ApiError, an upload's JSON error. */
interface ProblemLike {
  code?: unknown;
  message?: unknown;
  field?: unknown;
  retryAfterSeconds?: unknown;
}

const tables: Partial<Record<NewsroomLanguage, ProblemTable>> = {};
const loads: Partial<Record<NewsroomLanguage, Promise<void>>> = {};

/**
 * Fetches the sentences of one language, in a chunk of its own: the app asks for the UI language's as soon as it
 * runs and again when the language changes, so the first screen does not wait for them, and they are there long
 * before the hub can answer anything a person sent. Offline before they came, problemText says the hub's own words.
 */
export function loadProblemTexts(language: NewsroomLanguage): Promise<void> {
  loads[language] ??= (language === 'sv' ? import('./problems-sv.js') : import('./problems-en.js')).then(
    (module) => {
      tables[language] = 'problemsSv' in module ? module.problemsSv : module.problemsEn;
    },
    () => {
      delete loads[language];
    },
  );
  return loads[language];
}

// Numbers are the one part of the hub's English message that every language shares: the limits it
// names ("Keep it to 300 characters", "1 to 100 000") come from there, written the reader's way.
const NUMBER = /\d+(?:[ \u00a0\u202f]\d{3})*(?:\.\d+)?/g;

function numbersIn(message: string): number[] {
  return [...message.matchAll(NUMBER)].map((match) => Number(match[0].replace(/[^\d.]/g, '')));
}

/** The code the table knows it by: any HTTP failure without a code of its own is the hub not answering. */
function codeOf(code: string): string {
  return /^HTTP_\d+$/.test(code) ? 'UNKNOWN' : code;
}

function valuesOf(problem: ProblemLike, table: ProblemTable): ProblemValues {
  const format = new Intl.NumberFormat(table.locale).format;
  const message = typeof problem.message === 'string' ? problem.message : '';
  const numbers = numbersIn(message);
  const values: ProblemValues = message ? { detail: message } : {};
  if (typeof problem.field === 'string') values.field = problem.field.replace(/^input\./, '');
  const most = numbers.at(-1);
  const least = numbers.at(-2);
  if (most !== undefined) values.most = format(most);
  if (least !== undefined) values.least = format(least);
  if (typeof problem.retryAfterSeconds === 'number') {
    values.minutes = format(Math.max(1, Math.ceil(problem.retryAfterSeconds / 60)));
  }
  return values;
}

function isKnown(table: ProblemTable, code: string): code is ProblemCode {
  return Object.hasOwn(table.texts, code);
}

/**
 * A failure as a sentence in the UI language that says what to do: a problem the hub answered with
 * (by its code, with the field and the limits it named), a thrown ApiError or any other error.
 * `values` adds what only the caller knows, e.g. the slug that was taken. A code no table knows
 * keeps the hub's own message, which is better than nothing.
 */
export function problemText(strings: Strings, problem: unknown, values: ProblemValues = {}): string {
  const found = (typeof problem === 'object' && problem !== null ? problem : {}) as ProblemLike;
  const code = typeof found.code === 'string' ? codeOf(found.code) : '';
  const table = tables[strings.lang === 'sv' ? 'sv' : 'en'];
  if (table && isKnown(table, code)) {
    const text = table.texts[code];
    return typeof text === 'string' ? text : text({ ...valuesOf(found, table), ...values });
  }
  const message = typeof found.message === 'string' && found.message ? found.message : code || String(problem);
  return fill(strings.failed, message);
}
