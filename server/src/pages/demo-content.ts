import escapeHtml from 'escape-html';
import { type DemoFederation, demoWidgets } from './demo-widgets.js';
import { snippetHtml } from './snippet.js';

/** The page's article: why work in care, then the federation's news, courses and events. */
export function demoArticle(publicUrl: string, federation: DemoFederation): string {
  const widgets = demoWidgets(publicUrl, federation);
  const name = escapeHtml(federation.name);
  return `<article class="article">
        <h1>Jobba inom vård och omsorg</h1>
        <p class="lead">Varje dag gör våra undersköterskor, vårdbiträden och personliga assistenter skillnad för
          hundratals Ljungsjöbor. Vill du jobba med människor, växa i yrket och ha ett jobb som alltid behövs?</p>
        <p>Ljungsjö kommun är med i ${name}. Där samarbetar kommuner, regionen, skolor och fackliga
          organisationer om utbildningar som leder till jobb. Du kan läsa till undersköterska på gymnasiet eller
          inom vuxenutbildningen, och som anställd kan du vidareutbilda dig inom till exempel demens, palliativ vård
          och välfärdsteknik.</p>

        <section class="block" aria-labelledby="nyheter">
          <h2 id="nyheter">Nyheter från ${name}</h2>
          ${snippetHtml(publicUrl, widgets.news)}
        </section>

        <section class="block" aria-labelledby="utbildningar">
          <h2 id="utbildningar">Utbildningar du kan söka</h2>
          <p>Kurserna är öppna för anställda i kommunerna som är med i collegat. Prata med din chef om du vill gå en.</p>
          ${snippetHtml(publicUrl, widgets.courses)}
        </section>

        <section class="block" aria-labelledby="evenemang">
          <h2 id="evenemang">Kommande evenemang</h2>
          ${snippetHtml(publicUrl, widgets.events)}
        </section>
      </article>`;
}

/** The sidebar: which municipalities take part, on a map, and whom to ask. */
export function demoSidebar(publicUrl: string, federation: DemoFederation): string {
  const widgets = demoWidgets(publicUrl, federation);
  const name = escapeHtml(federation.name);
  return `<aside class="sidebar" aria-label="Mer om ${name}">
      <section class="card" aria-labelledby="medlemmar">
        <h2 id="medlemmar">Kommunerna i collegat</h2>
        ${snippetHtml(publicUrl, widgets.members)}
      </section>
      <section class="card" id="kontakt" aria-labelledby="kontakt-rubrik">
        <h2 id="kontakt-rubrik">Frågor om utbildningarna?</h2>
        ${snippetHtml(publicUrl, widgets.contacts)}
      </section>
      <section class="card card-accent" aria-labelledby="jobb">
        <h2 id="jobb">Lediga jobb</h2>
        <p>Vi söker undersköterskor till hemtjänsten och till Solgårdens äldreboende. Sommarjobb finns också.</p>
        <p><a href="/">Se lediga jobb i Ljungsjö kommun</a></p>
      </section>
    </aside>`;
}
