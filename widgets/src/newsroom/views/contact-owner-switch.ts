import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { Mentioned } from '../editor/municipality-picker.js';
import { federationChooser } from './federation-chooser.js';

/** Whose contacts the view shows: a federation's, or (platform admins only) a municipality's. */
export interface OwnerChoice {
  mode: 'federation' | 'municipality';
  federation: string;
  municipality: { code: string; name: string } | undefined;
}

/** The federation select when there is a choice, and for platform admins the switch to a municipality. */
export function ownerSwitch(
  ctx: NewsroomContext,
  choice: OwnerChoice,
  federations: FederationChoice[],
  change: (choice: OwnerChoice) => void,
): TemplateResult {
  const { strings } = ctx;
  const mode = (value: OwnerChoice['mode'], label: string) =>
    html`<label class="check"><input type="radio" name="contacts-owner" value=${value} .checked=${choice.mode === value}
      @change=${() => change({ ...choice, mode: value })} /> ${label}</label>`;
  const federationSelect =
    choice.mode === 'federation'
      ? federationChooser(ctx, {
          id: 'contacts-federation',
          federations,
          current: choice.federation,
          choose: (federation) => change({ ...choice, federation }),
        })
      : nothing;
  if (!ctx.viewer.isPlatformAdmin) return html`${federationSelect}`;
  return html`<fieldset class="card">
    <legend>${strings.contactsOwner}</legend>
    ${mode('federation', strings.contactsOfFederation)} ${mode('municipality', strings.contactsOfMunicipality)}
    ${federationSelect}
    ${
      choice.mode === 'municipality'
        ? html`<newsroom-municipality-picker single .ctx=${ctx} .legend=${strings.contactsMunicipality}
            .selected=${choice.municipality ? [choice.municipality] : []}
            @newsroom-municipalities-change=${(event: CustomEvent<Mentioned>) => change({ ...choice, municipality: event.detail.at(-1) })}>
          </newsroom-municipality-picker>`
        : nothing
    }
  </fieldset>`;
}
