import { LitElement, type PropertyValues } from 'lit';
import type { NewsroomContext } from '../app/context.js';
import { problemText } from '../i18n/problem-text.js';
import type { ProblemValues } from '../i18n/problem-values.js';
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

  /** A failure or a problem the hub answered with, as a sentence in the UI language (see problemText). */
  protected describe(error: unknown, values?: ProblemValues): string {
    return problemText(this.ctx.strings, error, values);
  }
}
