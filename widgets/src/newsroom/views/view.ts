import { LitElement, type PropertyValues } from 'lit';
import { ApiError } from '../api/client.js';
import type { NewsroomContext } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { newsroomStyles } from '../styles.js';

/**
 * What every newsroom view shares: the app's context, the styles, and focus on the view's heading
 * when it appears, so keyboard and screen-reader users land where the new content starts.
 */
export abstract class NewsroomView extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = { ctx: { attribute: false } };

  declare ctx: NewsroomContext;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.focusHeading();
  }

  protected focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** A failure as a sentence in the UI language; the API's own message when there is no better one. */
  protected describe(error: unknown): string {
    const { strings } = this.ctx;
    if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') return strings.invalidCredentials;
    if (error instanceof ApiError && error.code === 'IMAGE_ALT_MISSING') return strings.altMissing;
    return fill(strings.failed, error instanceof Error ? error.message : String(error));
  }
}
