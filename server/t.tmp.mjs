import { migrateToLatest } from '@samverka/db/migrate';
import { listPublicNews } from '@samverka/db/news';
import { seedBulkNews } from '@samverka/db/seed/bulk-news';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';
import { openThrowawayDatabase } from '@samverka/db/throwaway';
import { pino } from 'pino';
import { buildApp } from './dist/app.js';

const h = await openThrowawayDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'ex');
try {
  await migrateToLatest(h.db);
  await seedReferenceData(h.db);
  await seedDemoData(h.db, demoData);
  await seedBulkNews(h.db, 20000, 'bench');
  const app = await buildApp({ db: h.db, logger: pino({ level: 'warn' }) });
  const Q = `{ news(first: 10, filter: { federations: ["goteborgsregionen"] }) { edges { node { title summary publishedAt publisher { name slug } topics { slug name } municipalities { code name } } } } }`;
  async function time(label, fn, n = 500) {
    for (let i = 0; i < 100; i++) await fn();
    const c0 = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    const cpu = process.cpuUsage(c0);
    console.log(
      label.padEnd(30),
      'wall',
      ((performance.now() - t) / n).toFixed(3),
      'cpu',
      ((cpu.user + cpu.system) / 1000 / n).toFixed(3),
    );
  }
  const inspector = await import('node:inspector/promises');
  const session = new inspector.Session();
  session.connect();
  for (let i = 0; i < 200; i++) await app.inject({ url: '/graphql?' + new URLSearchParams({ query: Q }) });
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await time('widget via inject', () => app.inject({ url: '/graphql?' + new URLSearchParams({ query: Q }) }), 2000);
  const { profile } = await session.post('Profiler.stop');
  (await import('node:fs')).writeFileSync('/tmp/prof/w.cpuprofile', JSON.stringify(profile));
  await time('__typename via inject', () =>
    app.inject({ url: '/graphql?' + new URLSearchParams({ query: '{ __typename }' }) }),
  );
  await time('health via inject', () => app.inject({ url: '/health' }));
  await time('listPublicNews', () => listPublicNews(h.db, { federations: ['goteborgsregionen'] }, { first: 10 }));
  const compiled = (() => {
    let c;
    const ex = h.db.getExecutor();
    const r = ex.executeQuery;
    ex.executeQuery = async function (x, i) {
      c = x;
      return r.call(this, x, i);
    };
    return listPublicNews(h.db, { federations: ['goteborgsregionen'] }, { first: 10 }).then(() => {
      ex.executeQuery = r;
      return c;
    });
  })();
  const cq = await compiled;
  await time('precompiled execute', () => h.db.executeQuery(cq));
  await time('build+compile only', async () => {
    let c;
    const ex = h.db.getExecutor();
    const r = ex.executeQuery;
    ex.executeQuery = async (x) => ({ rows: [] });
    await listPublicNews(h.db, { federations: ['goteborgsregionen'] }, { first: 10 });
    ex.executeQuery = r;
  });
  await app.close();
} finally {
  await h.close();
}
