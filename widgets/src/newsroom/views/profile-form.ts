import { css, html, nothing, type TemplateResult } from 'lit';
import type { SocialLink } from '../api/profile-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../editor/content-fields.js';
import { describedBy, errorText, type FieldErrors, fieldId, invalid } from '../editor/field-errors.js';
import { selectField, textField } from '../editor/form-controls.js';
import { fill } from '../i18n/language.js';
import {
  DESCRIPTION_LIMIT,
  MAX_SOCIAL_LINKS,
  type ProfileDraft,
  SOCIAL_SERVICES,
  TIME_ZONES,
} from './profile-draft.js';

/** A social link's service, address and remove button side by side where there is room. */
export const profileFormStyles = css`
  .social-link { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
  .social-link .field { flex: 1 1 14rem; }
  .social-link button { margin-bottom: 1rem; }
`;

/** What the profile form asks of its view. */
export interface ProfileFormActions {
  edit(change: Partial<ProfileDraft>): void;
  addLink(): void;
  removeLink(index: number): void;
}

/** Every field of a federation's profile, each labelled, its hint and error tied by aria-describedby. */
export function profileFields(
  ctx: NewsroomContext,
  draft: ProfileDraft,
  errors: FieldErrors,
  actions: ProfileFormActions,
): TemplateResult {
  const { strings } = ctx;
  const { edit } = actions;
  const zoneNames: Record<string, string> = {
    'Europe/Stockholm': strings.timeZoneStockholm,
    'Europe/Oslo': strings.timeZoneOslo,
  };
  return html`${textField(errors, 'name', strings.profileName, draft.name, (name) => edit({ name }))}
    ${textField(errors, 'shortName', strings.profileShortName, draft.shortName, (shortName) => edit({ shortName }), {
      hint: strings.profileShortNameHint,
    })}
    ${descriptionField(ctx, draft.description, errors, (description) => edit({ description }))}
    ${selectField(
      errors,
      'defaultLanguage',
      strings.profileLanguage,
      draft.defaultLanguage,
      LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] ?? code, lang: code })),
      (defaultLanguage) => edit({ defaultLanguage }),
    )}
    ${textField(errors, 'website', strings.profileWebsite, draft.website, (website) => edit({ website }), {
      type: 'url',
      hint: strings.profileWebsiteHint,
      wide: true,
    })}
    ${selectField(
      errors,
      'timeZone',
      strings.profileTimeZone,
      draft.timeZone,
      TIME_ZONES.map((zone) => ({ value: zone, label: zoneNames[zone] ?? zone })),
      (timeZone) => edit({ timeZone }),
    )}
    ${textField(
      errors,
      'regionName',
      strings.profileRegionName,
      draft.regionName,
      (regionName) => edit({ regionName }),
      {
        hint: strings.profileRegionNameHint,
      },
    )}
    ${textField(
      errors,
      'regionCountyCodes',
      strings.profileCounties,
      draft.regionCountyCodes,
      (regionCountyCodes) => edit({ regionCountyCodes }),
      { hint: strings.profileCountiesHint },
    )}
    ${socialLinksField(ctx, draft.socialLinks, errors, actions)}`;
}

/** The description with its limit as a live count below it, read with the field (no announcement per key). */
function descriptionField(
  ctx: NewsroomContext,
  value: string,
  errors: FieldErrors,
  onInput: (value: string) => void,
): TemplateResult {
  const { strings, language } = ctx;
  const number = (count: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(count);
  const over = value.length - DESCRIPTION_LIMIT;
  const count =
    over > 0
      ? fill(strings.descriptionOver, number(value.length), number(DESCRIPTION_LIMIT), number(over))
      : fill(strings.descriptionCount, number(value.length), number(DESCRIPTION_LIMIT));
  return html`<div class="field wide">
    <label for="description">${strings.profileDescription}</label>
    <p class="hint" id="description-hint">${strings.profileDescriptionHint}</p>
    <textarea id="description" rows="8" .value=${value} aria-invalid=${invalid(errors, 'description')}
      aria-describedby=${describedBy(errors, 'description', 'description-hint description-count')}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}></textarea>
    <p class=${over > 0 ? 'hint error' : 'hint'} id="description-count">${count}</p>
    ${errorText(errors, 'description')}
  </div>`;
}

function socialLinksField(
  ctx: NewsroomContext,
  links: SocialLink[],
  errors: FieldErrors,
  actions: ProfileFormActions,
): TemplateResult {
  const { strings } = ctx;
  const change = (index: number, link: Partial<SocialLink>) =>
    actions.edit({ socialLinks: links.map((each, at) => (at === index ? { ...each, ...link } : each)) });
  return html`<fieldset aria-describedby=${describedBy(errors, 'socialLinks', 'social-links-hint')}>
    <legend>${strings.socialLinks}</legend>
    <p class="hint" id="social-links-hint">${fill(strings.socialLinksHint, MAX_SOCIAL_LINKS)}</p>
    ${links.length === 0 ? html`<p>${strings.noSocialLinks}</p>` : nothing}
    ${links.map((link, index) => socialLinkRow(ctx, link, index, errors, change, actions))}
    ${errorText(errors, 'socialLinks')}
    <button type="button" id="add-social-link" ?disabled=${links.length >= MAX_SOCIAL_LINKS}
      @click=${() => actions.addLink()}>${strings.addSocialLink}</button>
  </fieldset>`;
}

function socialLinkRow(
  ctx: NewsroomContext,
  link: SocialLink,
  index: number,
  errors: FieldErrors,
  change: (index: number, link: Partial<SocialLink>) => void,
  actions: ProfileFormActions,
): TemplateResult {
  const { strings } = ctx;
  const kindField = `socialLinks[${index}].kind`;
  const urlField = `socialLinks[${index}].url`;
  // A network the list does not name (saved through the API) stays choosable as it is.
  const services = link.kind in SOCIAL_SERVICES ? SOCIAL_SERVICES : { ...SOCIAL_SERVICES, [link.kind]: link.kind };
  return html`<fieldset class="social-link">
    <legend>${fill(strings.socialLink, index + 1)}</legend>
    <div class="field">
      <label for=${fieldId(kindField)}>${strings.socialService}</label>
      <select id=${fieldId(kindField)} aria-invalid=${invalid(errors, kindField)}
        aria-describedby=${describedBy(errors, kindField)}
        @change=${(event: Event) => change(index, { kind: (event.target as HTMLSelectElement).value })}>
        ${Object.entries(services).map(([kind, name]) => html`<option value=${kind} ?selected=${kind === link.kind}>${name}</option>`)}
      </select>
      ${errorText(errors, kindField)}
    </div>
    ${textField(errors, urlField, strings.socialUrl, link.url, (url) => change(index, { url }), { type: 'url', wide: true })}
    <button type="button" @click=${() => actions.removeLink(index)}>${fill(strings.removeSocialLink, index + 1)}</button>
  </fieldset>`;
}
