/** Why a run of a source failed: a stable code for programs and a message for the people who manage it. */
export type FeedErrorCode =
  | 'FEED_ADDRESS_REFUSED'
  | 'FEED_UNREACHABLE'
  | 'FEED_TIMEOUT'
  | 'FEED_TOO_LARGE'
  | 'FEED_HTTP_STATUS'
  | 'FEED_TOO_MANY_REDIRECTS'
  | 'FEED_MALFORMED'
  | 'FEED_HOSTILE'
  | 'FEED_WRONG_KIND'
  | 'IMPORT_FAILED';

/** An expected failure of a run; it is recorded on the source, never thrown at the server. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }
}
