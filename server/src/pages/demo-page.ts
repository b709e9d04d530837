import { demoArticle, demoSidebar } from './demo-content.js';
import type { DemoFederation } from './demo-widgets.js';
import { pageShell } from './page-shell.js';

export interface DemoPageOptions {
  publicUrl: string;
  federation: DemoFederation;
  /** `<link rel="alternate">` tags for the federation's feeds and calendar. */
  alternateLinks: string;
}

const crest = `<svg class="crest" viewBox="0 0 40 48" aria-hidden="true" focusable="false">
      <path d="M2 2h36v22c0 12-8 19-18 22C10 43 2 36 2 24z" fill="#0b5563"/>
      <path d="M6 28c5-4 9 2 14-2s9 2 14-2v4c-5 4-9-2-14 2s-9-2-14 2z" fill="#ffffff"/>
      <path d="M20 8l3 8h-6z M14 20h12v3H14z" fill="#f2c14e"/>
    </svg>`;

const navigation: Array<[label: string, current?: boolean]> = [
  ['Barn och utbildning'],
  ['Vård och omsorg', true],
  ['Bygga, bo och miljö'],
  ['Kultur och fritid'],
  ['Kommun och politik'],
];

function header(): string {
  const items = navigation
    .map(([label, current]) => `<li><a href="/"${current ? ' aria-current="true"' : ''}>${label}</a></li>`)
    .join('\n          ');
  return `<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
  <p class="demo-notice">Demosida: Ljungsjö kommun finns inte. Widgetarna visar demodata från Samverka.
    <a href="/embed">Skapa en egen widget</a></p>
  <header class="site-header">
    <div class="wrap header-bar">
      <a class="brand" href="/">${crest}<span>Ljungsjö kommun</span></a>
      <ul class="tools" aria-label="Genvägar">
        <li><a href="#kontakt">Kontakt</a></li>
        <li><a href="/embed">Widgetbyggare</a></li>
      </ul>
    </div>
    <nav class="main-nav" aria-label="Huvudmeny">
      <div class="wrap">
        <ul>
          ${items}
        </ul>
      </div>
    </nav>
  </header>`;
}

function footer(): string {
  return `<footer class="site-footer">
    <div class="wrap footer-grid">
      <section aria-labelledby="footer-contact">
        <h2 id="footer-contact">Ljungsjö kommun</h2>
        <p>Kommunhuset, Storgatan 1<br>299 99 Ljungsjö</p>
        <p><a href="mailto:kontakt@ljungsjo.example">kontakt@ljungsjo.example</a></p>
      </section>
      <section aria-labelledby="footer-site">
        <h2 id="footer-site">Om webbplatsen</h2>
        <ul>
          <li><a href="/">Tillgänglighetsredogörelse</a></li>
          <li><a href="/">Behandling av personuppgifter</a></li>
          <li><a href="/">Kakor</a></li>
        </ul>
      </section>
      <section aria-labelledby="footer-samverka">
        <h2 id="footer-samverka">Samverka</h2>
        <p>Nyheter, utbildningar, evenemang och kontakter hämtas från Samverka med widgetar som vem som helst kan klistra in.</p>
        <p><a href="/embed">Skapa widgetkod</a> · <a href="/explorer">GraphQL-API</a></p>
      </section>
    </div>
  </footer>`;
}

/** `/`: a municipality's page about working in care, showing every widget as an editor embeds it. */
export function demoPage(options: DemoPageOptions): string {
  return pageShell({
    lang: 'sv',
    title: 'Jobba inom vård och omsorg – Ljungsjö kommun',
    description: 'Utbildningar, nyheter och evenemang för dig som vill jobba inom vård och omsorg i Ljungsjö.',
    stylesheet: '/pages/site.css',
    head: options.alternateLinks,
    body: `${header()}
  <div class="wrap layout">
    <nav class="breadcrumbs" aria-label="Du är här">
      <ol>
        <li><a href="/">Start</a></li>
        <li><a href="/">Vård och omsorg</a></li>
        <li><a href="/" aria-current="page">Jobba inom vård och omsorg</a></li>
      </ol>
    </nav>
    <main id="innehall" tabindex="-1">
      ${demoArticle(options.publicUrl, options.federation)}
    </main>
    ${demoSidebar(options.publicUrl, options.federation)}
  </div>
  ${footer()}`,
  });
}
