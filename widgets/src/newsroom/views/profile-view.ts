import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../api/client.js';
import { FEDERATION_PROFILE, type FederationProfile, UPDATE_FEDERATION_PROFILE } from '../api/profile-queries.js';
import { isAdminOf } from '../app/context.js';
import { draftKey, forgetDraft, keepDraft, keptDraft } from '../editor/draft-store.js';
import { type FieldErrors, fieldId, firstInvalid } from '../editor/field-errors.js';
import { fill, formatTime } from '../i18n/language.js';
import { newsroomStyles } from '../styles.js';
import { federationChooser } from './federation-chooser.js';
import { FederationView } from './federation-view.js';
import {
  changedInput,
  draftOf,
  hasChanges,
  type ProfileDraft,
  profileProblem,
  SOCIAL_SERVICES,
} from './profile-draft.js';
import { profileFields, profileFormStyles } from './profile-form.js';

type Result = Partial<Problem> & { __typename: string; data?: FederationProfile };

/**
 * @summary A federation's public profile for its admins and platform admins: names, description,
 * language, website, time zone, region and social links. Only changed fields are sent; unsaved
 * changes are kept in this browser and restored on return, and only ever sent by the save button.
 */
export class NewsroomProfileView extends FederationView {
  static override styles = [newsroomStyles, profileFormStyles];
  static override properties = {
    ...FederationView.properties,
    profile: { state: true },
    draft: { state: true },
    errors: { state: true },
    restoredAt: { state: true },
    busy: { state: true },
  };

  declare private profile: FederationProfile | undefined;
  declare private draft: ProfileDraft | undefined;
  declare private errors: FieldErrors;
  /** When the kept changes now in the form were kept; '' when the form holds none. */
  declare private restoredAt: string;
  declare private busy: boolean;

  constructor() {
    super('admin');
    this.errors = {};
    this.restoredAt = '';
    this.busy = false;
  }

  protected override async loadFederation(latest: () => boolean): Promise<void> {
    this.profile = undefined;
    this.draft = undefined;
    const slug = this.federation;
    if (!slug || !isAdminOf(this.ctx.viewer, slug)) return;
    try {
      const { federation } = await this.ctx.api<{ federation: FederationProfile | null }>(FEDERATION_PROFILE, {
        federation: slug,
      });
      if (!latest()) return;
      this.notice = federation ? '' : fill(this.ctx.strings.unknownFederation, slug);
      if (federation) this.#show(federation, true);
    } catch (error) {
      if (latest()) this.notice = this.describe(error);
    }
  }

  get #key(): string {
    return this.profile ? draftKey(this.ctx.viewer.id, 'profile', this.profile.id, this.profile.slug) : '';
  }

  /** Shows the profile as saved, or with the changes kept for it when asked to restore them. */
  #show(profile: FederationProfile, restore: boolean): void {
    this.profile = profile;
    this.draft = draftOf(profile);
    this.errors = {};
    this.restoredAt = '';
    const kept = restore ? keptDraft<ProfileDraft>(this.#key) : null;
    // Only a draft of this form's shape is offered; anything else in the key is left behind.
    if (kept && Array.isArray(kept.draft?.socialLinks) && hasChanges({ ...this.draft, ...kept.draft }, profile)) {
      this.draft = { ...this.draft, ...kept.draft };
      this.restoredAt = kept.keptAt;
    } else {
      forgetDraft(this.#key);
    }
  }

  #edit(change: Partial<ProfileDraft>): void {
    if (!this.draft || !this.profile) return;
    this.draft = { ...this.draft, ...change };
    // A list's errors go with it: editing `socialLinks` clears `socialLinks[0].url`.
    const fields = Object.keys(change);
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(
        ([name]) => !fields.some((field) => name === field || name.startsWith(`${field}[`)),
      ),
    );
    if (hasChanges(this.draft, this.profile)) keepDraft(this.#key, this.draft, null);
    else forgetDraft(this.#key);
  }

  async #addLink(): Promise<void> {
    const links = this.draft?.socialLinks ?? [];
    this.#edit({ socialLinks: [...links, { kind: Object.keys(SOCIAL_SERVICES)[0] ?? '', url: '' }] });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`socialLinks[${links.length}].kind`)}`)?.focus();
  }

  async #removeLink(index: number): Promise<void> {
    this.#edit({ socialLinks: (this.draft?.socialLinks ?? []).filter((_link, at) => at !== index) });
    this.ctx.announce(fill(this.ctx.strings.socialLinkRemoved, index + 1));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-social-link')?.focus();
  }

  #discard(): void {
    if (!this.profile) return;
    this.#show(this.profile, false);
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.draft || !this.profile || this.busy) return;
    const input = changedInput(this.draft, this.profile);
    if (Object.keys(input).length === 0) {
      this.ctx.announce(this.ctx.strings.profileUnchanged);
      return;
    }
    this.busy = true;
    this.notice = '';
    // A save whose answer comes after another federation is chosen is dropped: its kept changes stay.
    const sameFederation = this.loads.current();
    try {
      const { result } = await this.ctx.api<{ result: Result }>(UPDATE_FEDERATION_PROFILE, {
        federation: this.profile.slug,
        input,
      });
      if (!sameFederation()) return;
      if (result.data) {
        this.#show(result.data, false);
        this.ctx.announce(this.ctx.strings.profileSaved);
      } else if (result.field) {
        const field = result.field.replace(/^input\./, '');
        this.errors = { [field]: profileProblem(this.ctx.strings, result, field) };
        await this.updateComplete;
        firstInvalid(this.renderRoot)?.focus();
      } else {
        this.notice = this.describe(result);
      }
    } catch (error) {
      if (sameFederation()) this.notice = this.describe(error);
    } finally {
      this.busy = false;
    }
  }

  #renderForm(draft: ProfileDraft): TemplateResult {
    const { strings, language } = this.ctx;
    return html`${
      this.restoredAt
        ? html`<div class="notice" role="status">${fill(strings.restoredLocal, formatTime(this.restoredAt, language))}
          <button type="button" @click=${() => this.#discard()}>${strings.discardLocal}</button></div>`
        : nothing
    }
      <form class="card" @submit=${this.#save} novalidate>
        ${profileFields(this.ctx, draft, this.errors, {
          edit: (change) => this.#edit(change),
          addLink: () => void this.#addLink(),
          removeLink: (index) => void this.#removeLink(index),
        })}
        <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${strings.saveProfile}</button></div>
      </form>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const { strings, viewer } = this.ctx;
    if (!this.federations) return this.notice ? nothing : html`<p role="status">${strings.loading}</p>`;
    if (!this.federation || !isAdminOf(viewer, this.federation)) {
      return html`<p class="notice">${strings.profileNotYours}</p>`;
    }
    const choose = (slug: string) => this.chooseFederation(slug);
    const chooser = { id: 'profile-federation', federations: this.federations, current: this.federation, choose };
    return html`${federationChooser(this.ctx, chooser)}
      ${this.draft ? this.#renderForm(this.draft) : this.notice ? nothing : html`<p role="status">${strings.loading}</p>`}`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<h1 tabindex="-1">${strings.profileTitle}</h1>
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${this.#renderBody()}`;
  }
}
