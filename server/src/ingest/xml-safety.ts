import { XMLValidator } from 'fast-xml-parser';
import { FeedError } from './feed-errors.js';

const ENTITY_DECLARATION = /<!ENTITY/i;
const EXTERNAL_DOCTYPE = /<!DOCTYPE[^>[]*\b(SYSTEM|PUBLIC)\b/i;

/**
 * Refuses XML that declares entities or points at an external DTD: that is how entity expansion
 * ("billion laughs") and external-entity attacks work, and no real news feed needs either. The parser
 * expands no entities anyway; this turns such a feed into a clear error instead of odd text.
 * Then checks the document is well-formed, so a truncated or broken feed imports nothing.
 */
export function checkXmlIsSafe(text: string): void {
  if (ENTITY_DECLARATION.test(text)) {
    throw new FeedError(
      'FEED_HOSTILE',
      'The feed declares its own XML entities (<!ENTITY>), which can make a parser expand text without end; it was refused.',
    );
  }
  if (EXTERNAL_DOCTYPE.test(text)) {
    throw new FeedError(
      'FEED_HOSTILE',
      'The feed refers to an external DTD (<!DOCTYPE … SYSTEM/PUBLIC>), which could make a parser read other files or addresses; it was refused.',
    );
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new FeedError('FEED_MALFORMED', `The feed is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
}
