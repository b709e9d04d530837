import { html, nothing, type TemplateResult } from 'lit';
import { ALL_FEDERATIONS } from '../api/membership-queries.js';
import { isAdminOf, type NewsroomContext } from '../app/context.js';

export type Managed = { slug: string; name: string };

/** The federations the user administers: every one for a platform admin, else those with an admin role. */
export async function managedFederations(ctx: NewsroomContext): Promise<Managed[]> {
  const { viewer } = ctx;
  if (!viewer.isPlatformAdmin) {
    return viewer.roles.filter((grant) => isAdminOf(viewer, grant.federation.slug)).map((grant) => grant.federation);
  }
  const { federations } = await ctx.api<{ federations: { edges: Array<{ node: Managed }> } }>(ALL_FEDERATIONS);
  return federations.edges.map((edge) => edge.node);
}

/** Where to start: a platform admin who also holds an admin role starts with that federation, not the first by name. */
export function firstManaged(ctx: NewsroomContext, managed: Managed[]): string {
  const { viewer } = ctx;
  const own = viewer.roles.find((grant) => isAdminOf(viewer, grant.federation.slug))?.federation.slug;
  return own ?? managed[0]?.slug ?? '';
}

/** A chooser among them, when there is more than one. */
export function federationChooser(
  ctx: NewsroomContext,
  id: string,
  managed: Managed[],
  current: string,
  choose: (slug: string) => void,
): TemplateResult | typeof nothing {
  if (managed.length < 2) return nothing;
  return html`<div class="field"><label for=${id}>${ctx.strings.federation}</label>
    <select id=${id} @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${managed.map((each) => html`<option value=${each.slug} ?selected=${each.slug === current}>${each.name}</option>`)}
    </select></div>`;
}
