import { css, html, type TemplateResult } from 'lit';
import { fill } from '../i18n/language.js';
import { NewsroomView } from '../views/view.js';
import { bodyText } from './plain-text.js';

/** What both sides show: a news item's text, or an event's (its description as the body). */
export interface ConflictVersion {
  title: string;
  summary: string;
  body: string;
}

/** An event's or a course's text as the conflict view compares it: the description is the body. */
export function describedVersion(value: { title: string; summary: string; description: string }): ConflictVersion {
  return { title: value.title, summary: value.summary, body: value.description };
}

/**
 * @summary Both versions side by side after a RevisionConflict. Keeping one's own saves it over
 * theirs, which stays in the history; taking theirs replaces the form. Editing the form and saving
 * is merging by hand. Nothing is discarded before the user chooses.
 * @event newsroom-resolve - `detail` is 'mine' or 'theirs'.
 */
export class NewsroomConflictView extends NewsroomView {
  static override styles = [
    ...NewsroomView.styles,
    css`
      .versions { display: grid; gap: 1rem; grid-template-columns: 1fr 1fr; }
      .version { border: 1px solid var(--nr-line); border-radius: var(--nr-radius); padding: 0.75rem 1rem; white-space: pre-wrap; }
      .conflict { border: 2px solid #b26a00; }
    `,
  ];
  static override properties = { ...NewsroomView.properties, mine: { attribute: false }, theirs: { attribute: false } };

  declare mine: ConflictVersion;
  declare theirs: ConflictVersion & { revision: number };

  /** The heading takes the focus and its description says what happened; the versions are read on request, not as an alert. */
  protected override focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #resolve(choice: 'mine' | 'theirs'): void {
    this.dispatchEvent(new CustomEvent('newsroom-resolve', { detail: choice, bubbles: true, composed: true }));
  }

  #version(heading: string, version: ConflictVersion, id: string): TemplateResult {
    return html`<section class="version" aria-labelledby=${id} data-version=${id}>
      <h3 id=${id}>${heading}</h3>
      <p><strong>${version.title}</strong></p>
      <p>${version.summary}</p>
      <div>${bodyText(version.body)}</div>
    </section>`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<section class="card conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabindex="-1" aria-describedby="conflict-intro">${strings.conflictTitle}</h2>
      <p id="conflict-intro">${fill(strings.conflictIntro, this.theirs.revision)}</p>
      <div class="versions">
        ${this.#version(strings.yourVersion, this.mine, 'mine')}
        ${this.#version(fill(strings.theirVersion, this.theirs.revision), this.theirs, 'theirs')}
      </div>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.#resolve('mine')}>${strings.keepMine}</button>
        <button type="button" @click=${() => this.#resolve('theirs')}>${strings.takeTheirs}</button>
      </div>
    </section>`;
  }
}
