import escapeHtml from 'escape-html';
import { embedForm } from './embed-form.js';
import { type EmbedLanguage, embedTexts } from './embed-texts.js';
import { pageShell } from './page-shell.js';

export interface EmbedPageOptions {
  publicUrl: string;
  language: EmbedLanguage;
  /** The widgets' bundle and the builder's own script, at their versioned paths. */
  scripts: string[];
}

/** `/embed`: the form, the live preview and the snippet; the script fills the lists from the API. */
export function embedPage({ language, scripts }: EmbedPageOptions): string {
  const texts = embedTexts(language);
  const t = escapeHtml;
  const other = texts.otherLanguage;
  return pageShell({
    lang: language,
    title: `${texts.title} – Samverka`,
    description: texts.description,
    stylesheet: '/pages/embed.css',
    scripts,
    body: `<a class="skip-link" href="#builder-main">${language === 'en' ? 'Skip to the builder' : 'Hoppa till byggaren'}</a>
  <header class="top">
    <div class="wrap top-bar">
      <p class="product"><a href="/">Samverka</a></p>
      <ul class="top-links">
        <li><a href="${other.href}" lang="${other.lang}" hreflang="${other.lang}">${t(other.label)}</a></li>
        <li><a href="/">${t(texts.backToDemo)}</a></li>
      </ul>
    </div>
  </header>
  <main id="builder-main" class="wrap" tabindex="-1"
    data-copied="${t(texts.copied)}" data-copy-failed="${t(texts.copyFailed)}"
    data-all-municipalities="${t(texts.allMunicipalities)}" data-all-topics="${t(texts.allTopics)}">
    <h1>${t(texts.title)}</h1>
    <p class="intro">${t(texts.intro)}</p>
    <noscript><p class="load-error">${t(texts.noscript)}</p></noscript>
    <div class="builder">
      ${embedForm(texts)}
      <div class="output">
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${t(texts.previewHeading)}</h2>
          <div class="preview-frame" id="preview"></div>
        </section>
        <section class="snippet" aria-labelledby="snippet-heading">
          <h2 id="snippet-heading">${t(texts.snippetHeading)}</h2>
          <label for="snippet" class="snippet-label">${t(texts.snippetLabel)}</label>
          <textarea id="snippet" readonly rows="8" spellcheck="false"></textarea>
          <div class="copy-row">
            <button type="button" id="copy">${t(texts.copy)}</button>
            <p class="copy-status" id="copy-status" role="status"></p>
          </div>
        </section>
      </div>
    </div>
  </main>`,
  });
}
