/**
 * Orders the requests behind what a view shows for the current choice (a federation, a status filter):
 * an answer that arrives after the choice moved on is dropped, so one federation's data never shows,
 * or is acted on, under another's name.
 */
export class LatestRequest {
  #newest = 0;

  /** A request for a new choice: every earlier one is stale from now. True while this one is the newest. */
  begin(): () => boolean {
    const mine = ++this.#newest;
    return () => mine === this.#newest;
  }

  /** An action within the current choice (a save, an add): true while no new choice has begun since. */
  current(): () => boolean {
    const now = this.#newest;
    return () => now === this.#newest;
  }
}
