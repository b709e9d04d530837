import type { Strings } from './en.js';
import { loadStrings, type NewsroomLanguage } from './language.js';
import { loadProblemTexts } from './problem-text.js';

/**
 * Fetches what a language needs: its texts and its problem sentences, a chunk each. Settles with the texts,
 * which the app cannot draw without; the sentences are only read once the hub has answered something.
 */
export function loadLanguage(language: NewsroomLanguage): Promise<Strings> {
  void loadProblemTexts(language);
  return loadStrings(language);
}
