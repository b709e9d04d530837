import { type RawBuilder, sql } from 'kysely';

/**
 * A query in every language the hub indexes: each item's vector was built with its own
 * language's configuration, so the words are stemmed the same ways here ("kommuner"
 * finds "kommun" in Swedish text, "kommunene" in Norwegian).
 */
export function textQuery(text: string): RawBuilder<string> {
  return sql<string>`(websearch_to_tsquery('swedish', ${text}) || websearch_to_tsquery('norwegian', ${text}) || websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('simple', ${text}))`;
}

export function matchesText(vectorColumn: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(vectorColumn)} @@ ${textQuery(text)}`;
}

export function textRank(vectorColumn: string, text: string): RawBuilder<number> {
  return sql<number>`ts_rank(${sql.ref(vectorColumn)}, ${textQuery(text)})`;
}

/** An ILIKE pattern that finds the text anywhere, with the text's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
