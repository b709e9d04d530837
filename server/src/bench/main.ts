import type { AddressInfo } from 'node:net';
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
import { drive, type LoadResult } from './load.js';

// The typical widget query: the 10 newest news of a federation with publisher, topics and municipalities.
const WIDGET_QUERY = `{ news(first: 10, filter: { federations: ["goteborgsregionen"] }) {
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
    `${label.padEnd(10)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   ${result.requests} requests, ${result.errors} errors, ${result.non2xx} non-2xx`,
  );
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
    const hubUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql?${new URLSearchParams({ query: WIDGET_QUERY })}`;
    const baselineUrl = `http://127.0.0.1:${baseline.port}/news?federation=goteborgsregionen&first=10`;

    // Warm both paths (JIT, plan caches) before measuring.
    await drive(hubUrl, 2, CONNECTIONS);
    await drive(baselineUrl, 2, CONNECTIONS);

    console.log(`Widget query, ${CONNECTIONS} connections for ${SECONDS} s each:`);
    const before = database.statements.count;
    const hub = await drive(hubUrl, SECONDS, CONNECTIONS);
    const hubStatements = database.statements.count - before;
    const plain = await drive(baselineUrl, SECONDS, CONNECTIONS);

    report('hub', hub);
    report('baseline', plain);
    console.log(`SQL statements per request: ${(hubStatements / Math.max(hub.requests, 1)).toFixed(2)} (baseline: 1)`);
    console.log(
      `Throughput ratio hub/baseline: ${(hub.requestsPerSecond / Math.max(plain.requestsPerSecond, 1)).toFixed(2)}`,
    );
  } finally {
    await app.close();
    await new Promise((resolve) => baseline.server.close(resolve));
  }
} finally {
  await database.close();
}
