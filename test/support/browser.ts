import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '@samverka/db/connection';
import { buildApp } from '@samverka/server/app';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { beforeEach, expect } from 'vitest';
import { createTestDatabase } from './database.js';

/** Debian's chromium, headless; no downloads of a browser of playwright's own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface HubRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  status?: number;
}

export interface TestHub {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** `http://127.0.0.1:PORT`: the hub's origin. */
  url: string;
  /** Every request the hub received, in order, with the status it answered. */
  requests: HubRequest[];
  /** The GraphQL requests among them (preflights included). */
  graphqlRequests(): HubRequest[];
  close(): Promise<void>;
}

/** The hub on a real port, on a throwaway database with reference and demo data. */
export async function startHub(): Promise<TestHub> {
  const database = await createTestDatabase({ demo: true });
  const requests: HubRequest[] = [];
  const app = await buildApp({ db: database.db, logger: pino({ level: 'silent' }), publishIntervalMs: 3_600_000 });
  app.addHook('onRequest', async (request) => {
    requests.push({ method: request.method, url: request.url, headers: request.headers });
  });
  app.addHook('onResponse', async (request, reply) => {
    const entry = requests.findLast((each) => each.url === request.url && each.status === undefined);
    if (entry) entry.status = reply.statusCode;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    database,
    url: `http://127.0.0.1:${port}`,
    requests,
    graphqlRequests: () => requests.filter((request) => request.url.startsWith('/graphql')),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

export interface TestHost {
  /** `http://localhost:PORT`: another origin than the hub's. */
  url: string;
  /** Puts a page at `path` (replacing one there). */
  page(path: string, page: HostPage): string;
  close(): Promise<void>;
}

/** A static web server for host pages, as a municipality's site would be, on its own origin. */
export async function startHost(): Promise<TestHost> {
  const pages = new Map<string, HostPage>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    url,
    page: (path, page) => {
      pages.set(path, page);
      return `${url}${path}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A municipality's page embedding widgets the way an editor pastes them: one module script, elements. */
export function hostPage(hubUrl: string, body: string, { lang = 'sv', title = 'Kommunen' } = {}): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${hubUrl}/widgets/samverka.js"></script></head>
<body><main><h1>${title}</h1><h2>Från regionen</h2>${body}</main></body></html>`;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page, shadow roots included, and fails with a
 * readable list of what it found. Evaluated through the DevTools protocol, so a strict CSP allows it.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const source = await axeSource;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  const readable = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(readable).toEqual([]);
}

/** Saves a screenshot of the page under test-results/ whenever a test of the file fails. */
export function screenshotOnFailure(currentPage: () => Page | undefined): void {
  beforeEach((context) => {
    context.onTestFailed(async () => {
      const page = currentPage();
      if (!page || page.isClosed()) return;
      await mkdir('test-results', { recursive: true });
      const name = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 100);
      await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
    });
  });
}

/** Waits until every `selector` element on the page has rendered a listing or a state. */
export async function waitForWidgets(
  page: Page,
  state: 'ready' | 'loading' | 'error' | 'empty' = 'ready',
): Promise<void> {
  await page.waitForFunction((wanted) => {
    const widgets = Array.from(document.querySelectorAll('*')).filter((element) =>
      element.tagName.startsWith('SAMVERKA-'),
    );
    return (
      widgets.length > 0 &&
      widgets.every((widget) => {
        const root = widget.shadowRoot;
        if (!root) return false;
        if (wanted === 'ready') return Boolean(root.querySelector('[part~="list"], [part~="empty"]'));
        return Boolean(root.querySelector(`[part~="${wanted}"]`));
      })
    );
  }, state);
}
