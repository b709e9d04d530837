// The embed builder's page script (/embed): its own bundle, not part of the widgets' budget. The page
// loads the widgets' real bundle beside it, so the preview is exactly what a pasted snippet shows.
import { SCRIPT_ORIGIN } from '../client/endpoint.js';
import { type BuilderData, type BuilderFederation, loadBuilderData } from './builder-data.js';
import { showPreview } from './builder-preview.js';
import { snippetOf } from './builder-snippet.js';
import { appliesTo, readChoice } from './builder-state.js';
import { copySnippet } from './copy-snippet.js';

const DEFAULT_FEDERATION = 'vo-college-skane';

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The embed builder page has no ${selector}`);
  return element;
}

function fillSelect(select: HTMLSelectElement, first: string, entries: Array<[value: string, label: string]>): void {
  const kept = select.value;
  select.replaceChildren(new Option(first, ''), ...entries.map(([value, label]) => new Option(label, value)));
  if (entries.some(([value]) => value === kept)) select.value = kept;
}

function municipalityEntries(federation: BuilderFederation | undefined, language: string): Array<[string, string]> {
  const members = federation?.members.map(({ municipality }) => municipality) ?? [];
  return members
    .sort((a, b) => a.name.localeCompare(b.name, language))
    .map((municipality) => [
      municipality.country === 'SE' ? municipality.code : `${municipality.country}-${municipality.code}`,
      municipality.name,
    ]);
}

function start(): void {
  const main = required<HTMLElement>('#builder-main');
  const form = required<HTMLFormElement>('#builder');
  const federationSelect = required<HTMLSelectElement>('#federation');
  const municipalitySelect = required<HTMLSelectElement>('#municipality');
  const topicSelect = required<HTMLSelectElement>('#topic');
  const preview = required<HTMLElement>('#preview');
  const snippet = required<HTMLTextAreaElement>('#snippet');
  const language = document.documentElement.lang === 'en' ? 'en' : 'sv';
  let data: BuilderData = { federations: [], topics: [] };

  const update = () => {
    const widget = form.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value ?? 'news';
    for (const element of form.querySelectorAll<HTMLElement>('[data-widgets]')) {
      element.hidden = !appliesTo(element, widget);
    }
    const layout = form.querySelector<HTMLInputElement>('input[name="layout"]:checked');
    if (layout?.closest<HTMLElement>('[data-widgets]')?.hidden) {
      required<HTMLInputElement>('#layout-list').checked = true;
    }
    const federation = data.federations.find((each) => each.slug === federationSelect.value);
    fillSelect(municipalitySelect, main.dataset.allMunicipalities ?? '', municipalityEntries(federation, language));
    const choice = readChoice(form, data.federations);
    snippet.value = snippetOf(choice, SCRIPT_ORIGIN);
    // No federation yet (still loading): a widget without one would list every federation's items.
    if (federation) showPreview(preview, choice);
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  required<HTMLButtonElement>('#reset-colors').addEventListener('click', () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
      input.value = input.dataset.initial ?? input.value;
    }
    update();
  });
  required<HTMLButtonElement>('#copy').addEventListener('click', () => {
    void copySnippet(snippet, required<HTMLElement>('#copy-status'), {
      copied: main.dataset.copied ?? '',
      failed: main.dataset.copyFailed ?? '',
    });
  });

  loadBuilderData(SCRIPT_ORIGIN, language)
    .then((loaded) => {
      data = loaded;
      const federations = [...loaded.federations].sort((a, b) => a.name.localeCompare(b.name, language));
      fillSelect(
        federationSelect,
        '',
        federations.map((each) => [each.slug, each.name]),
      );
      federationSelect.querySelector('option[value=""]')?.remove();
      federationSelect.value = federations.some((each) => each.slug === DEFAULT_FEDERATION)
        ? DEFAULT_FEDERATION
        : (federations[0]?.slug ?? '');
      federationSelect.disabled = false;
      fillSelect(
        topicSelect,
        main.dataset.allTopics ?? '',
        loaded.topics.map((topic) => [topic.slug, topic.name]),
      );
      update();
    })
    .catch(() => {
      required<HTMLElement>('#load-error').hidden = false;
    });
  update();
}

start();
