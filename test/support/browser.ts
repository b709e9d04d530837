import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import type { DatabaseHandle } from '@samverka/db/connection';
import { buildApp } from '@samverka/server/app';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, type TestContext } from 'vitest';
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
  status: number;
  responseHeaders: Record<string, unknown>;
}

export interface TestHub {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** `http://127.0.0.1:PORT`: the hub's origin. */
  url: string;
  /** Every request the hub answered, in the order of the answers, with their status. */
  requests: HubRequest[];
  /** The GraphQL requests among them (preflights included). */
  graphqlRequests(): HubRequest[];
  close(): Promise<void>;
}

export interface HubOptions {
  /** Addresses feed sources may be fetched from although private, e.g. a fixture server on 127.0.0.1. */
  feedAllowedAddresses?: string[];
  /** 0 switches the scheduled imports off, so only the test's own imports run. */
  feedPollIntervalMs?: number;
}

/** The hub on a real port, on a throwaway database with reference and demo data. */
export async function startHub({ feedAllowedAddresses, feedPollIntervalMs }: HubOptions = {}): Promise<TestHub> {
  const database = await createTestDatabase({ demo: true });
  const requests: HubRequest[] = [];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = await buildApp({
    db: database.db,
    logger: pino({ level: 'silent' }),
    publicUrl: url,
    publishIntervalMs: 3_600_000,
    feedAllowedAddresses,
    feedPollIntervalMs,
  });
  // onResponse sees every request, preflights too (the CORS plugin answers those in its own onRequest hook).
  app.addHook('onResponse', async (request, reply) => {
    requests.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      status: reply.statusCode,
      responseHeaders: reply.getHeaders(),
    });
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    database,
    url,
    requests,
    graphqlRequests: () => requests.filter((request) => request.url.startsWith('/graphql')),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A port nobody listens on just now: the hub's public URL must be known before it listens. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

export interface TestHost {
  /** `http://localhost:PORT`: another origin and another site than the hub's. */
  url: string;
  /** `http://127.0.0.1:PORT`: another origin than the hub's, but the same site, so cookies could go along. */
  sameSiteUrl: string;
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
    sameSiteUrl: `http://127.0.0.1:${port}`,
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

/** Saves a screenshot of the page under test-results/ when the test has failed; run it in an afterEach. */
export async function screenshotIfFailed(test: TestContext, page: Page | undefined): Promise<void> {
  if (test.task.result?.state !== 'fail' || !page || page.isClosed()) return;
  await mkdir('test-results', { recursive: true });
  const file = `${test.task.file.name.split('/').pop()}-${test.task.name}`.replace(/[^\w.-]+/g, '-').slice(0, 120);
  await page.screenshot({ path: `test-results/${file}.png`, fullPage: true });
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

export interface WidgetTestbed {
  hub: TestHub;
  host: TestHost;
  browser: Browser;
  /** The page the current test works on; screenshotted when the test fails. */
  page: Page;
  /** Opens a host page (from the host's origin) with `body` in it, and waits for the widgets to settle. */
  open(body: string, options?: { lang?: string; headers?: Record<string, string>; wait?: boolean }): Promise<Page>;
}

/**
 * One hub, one host and one browser for a test file; a fresh browser context per test, so no test
 * sees another's cache. Pages that fail are screenshotted under test-results/.
 */
export function useWidgetTestbed(hubOptions: HubOptions = {}): WidgetTestbed {
  const testbed = {} as WidgetTestbed;
  let context: BrowserContext | undefined;
  let pageCount = 0;
  beforeAll(async () => {
    [testbed.hub, testbed.host, testbed.browser] = await Promise.all([
      startHub(hubOptions),
      startHost(),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await testbed.browser?.close();
    await testbed.host?.close();
    await testbed.hub?.close();
  });
  beforeEach(async () => {
    context = await testbed.browser.newContext();
    testbed.page = await context.newPage();
  });
  afterEach(async (test) => {
    await screenshotIfFailed(test, testbed.page);
    await context?.close();
  });
  testbed.open = async (body, { lang = 'sv', headers, wait = true } = {}) => {
    pageCount += 1;
    const url = testbed.host.page(`/page-${pageCount}.html`, {
      html: hostPage(testbed.hub.url, body, { lang }),
      headers,
    });
    await testbed.page.goto(url);
    if (wait) await waitForWidgets(testbed.page);
    return testbed.page;
  };
  return testbed;
}
