import type { AddressInfo } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { type DatabaseHandle, openDatabase } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { seedBulkNews } from '@samverka/db/seed/bulk-news';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';
import { openThrowawayDatabase } from '@samverka/db/throwaway';
import { pino } from 'pino';
import { buildApp } from '../app.js';
import { startBaseline } from './baseline.js';
import { drive, type LoadResult, type LoadTarget } from './load.js';
import { checkStartPage, logInPublisher, startPageTarget } from './start-page.js';

// The federation the bulk news land in as well as every other; the one both scenarios ask for.
const FEDERATION = 'goteborgsregionen';

// The typical widget query: the 10 newest news of a federation with publisher, topics and municipalities.
const WIDGET_QUERY = `{ news(first: 10, filter: { federations: ["${FEDERATION}"] }) {
  edges { node { title summary publishedAt publisher { name slug } topics { slug name } municipalities { code name } } } } }`;

const NEWS_ITEMS = Number(process.env.BENCH_NEWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

async function openBenchDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? openThrowawayDatabase(serverUrl, 'samverka_bench') : openDatabase();
}

function report(label: string, result: LoadResult): void {
  console.log(
    `${label.padEnd(12)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   ${result.requests} requests, ${result.errors} errors, ${result.non2xx} non-2xx`,
  );
}

/**
 * Drives `target`, then waits until the requests the load generator left in flight have finished
 * (no statement for 200 ms): they would otherwise count towards the next measurement, or outlive
 * the database at the end.
 */
async function driveAndSettle(target: LoadTarget, seconds: number): Promise<LoadResult> {
  const result = await drive(target, seconds, CONNECTIONS);
  let seen: number;
  do {
    seen = database.statements.count;
    await setTimeout(200);
  } while (database.statements.count !== seen);
  return result;
}

/**
 * Drives the hub with `target` and counts the SQL statements it sent meanwhile; those of the
 * requests in flight when the clock stops count too, so the figure is a little high.
 */
async function measureHub(target: LoadTarget): Promise<{ result: LoadResult; statementsPerRequest: number }> {
  const before = database.statements.count;
  const result = await driveAndSettle(target, SECONDS);
  return { result, statementsPerRequest: (database.statements.count - before) / Math.max(result.requests, 1) };
}

const database = await openBenchDatabase();
try {
  console.log(`Samverka bench on ${database.kind}: seeding ${NEWS_ITEMS} news items…`);
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, demoData);
  await seedBulkNews(database.db, NEWS_ITEMS, 'bench');

  const app = await buildApp({ db: database.db, logger: pino({ level: 'warn' }) });
  const baseline = await startBaseline(database.db);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const graphqlUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    const widget: LoadTarget = { url: `${graphqlUrl}?${new URLSearchParams({ query: WIDGET_QUERY })}` };
    const plain: LoadTarget = { url: `http://127.0.0.1:${baseline.port}/news?federation=${FEDERATION}&first=10` };
    const startPage = startPageTarget(
      graphqlUrl,
      await logInPublisher(database.db, graphqlUrl, FEDERATION),
      FEDERATION,
    );
    await checkStartPage(startPage);

    // Warm every path (JIT, plan caches) before measuring.
    for (const target of [widget, plain, startPage]) await driveAndSettle(target, 2);
    // Exact: one request with nothing else in flight.
    const beforeOne = database.statements.count;
    const listed = await checkStartPage(startPage);
    const statementsOfOne = database.statements.count - beforeOne;

    console.log(`Widget query, ${CONNECTIONS} connections for ${SECONDS} s each:`);
    const hub = await measureHub(widget);
    const yardstick = await driveAndSettle(plain, SECONDS);
    report('hub', hub.result);
    report('baseline', yardstick);
    console.log(`SQL statements per request: ${hub.statementsPerRequest.toFixed(2)} (baseline: 1)`);
    console.log(
      `Throughput ratio hub/baseline: ${(hub.result.requestsPerSecond / Math.max(yardstick.requestsPerSecond, 1)).toFixed(2)}`,
    );

    console.log(
      `\nNewsroom start page of a publisher of ${FEDERATION} (POST, signed in), ${CONNECTIONS} connections for ${SECONDS} s:`,
    );
    console.log(
      `Items listed: ${Object.entries(listed)
        .map(([field, count]) => `${field} ${count}`)
        .join(', ')}`,
    );
    const start = await measureHub(startPage);
    report('start page', start.result);
    console.log(
      `SQL statements per request: ${statementsOfOne} (one request alone), ${start.statementsPerRequest.toFixed(2)} under load`,
    );
  } finally {
    await app.close();
    await new Promise((resolve) => baseline.server.close(resolve));
  }
} finally {
  await database.close();
}
