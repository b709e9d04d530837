/**
 * Counts the SQL statements sent to the database, so the benchmark and the N+1 guard
 * can report statements per request. Each open database has its own counter.
 */
export class StatementCounter {
  #count = 0;

  get count(): number {
    return this.#count;
  }

  record(): void {
    this.#count += 1;
  }
}
