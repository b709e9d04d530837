import { html, LitElement, type PropertyValues, svg, type TemplateResult } from 'lit';
import type { UiLanguage } from '../i18n/language.js';
import { fill } from '../i18n/strings.js';
import { fetchRegionMap, type MapMunicipality, type RegionMap } from './members-map.data.js';
import { type MapStrings, mapStringsFor } from './members-map.strings.js';
import { membersMapStyles } from './members-map.styles.js';

type Status = 'loading' | 'error' | 'ready';

/**
 * @summary A federation's region drawn as an SVG map, its members hatched and outlined; used by
 * `<samverka-members layout="map">`, which lists the members beside it.
 *
 * Members differ from the others by a hatch pattern and a stronger outline as well as by colour
 * (WCAG 1.4.1). The hub projects the map; this element only draws the paths it is given.
 *
 * @csspart map - The figure holding the map, its legend and the data credits.
 * @csspart legend - The legend.
 * @csspart attribution - Where the boundary data comes from.
 *
 * @cssproperty --samverka-color-accent - The members' fill.
 * @cssproperty --samverka-color-on-accent - The hatch lines on the members.
 * @cssproperty --samverka-map-max-height - The map's greatest height (default 28rem).
 */
export class SamverkaMembersMap extends LitElement {
  static override styles = membersMapStyles;

  static override properties = {
    federation: { type: String },
    endpoint: { type: String },
    language: { type: String },
    status: { state: true },
    map: { state: true },
  };

  /** The federation's slug. */
  declare federation: string;
  /** The hub's address. */
  declare endpoint: string;
  declare language: UiLanguage;

  declare private status: Status;
  declare private map: RegionMap | undefined;

  constructor() {
    super();
    this.federation = '';
    this.endpoint = '';
    this.language = 'sv';
    this.status = 'loading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('federation') || changed.has('endpoint')) void this.#load();
  }

  async #load(): Promise<void> {
    const slug = this.federation;
    this.status = 'loading';
    try {
      const map = await fetchRegionMap(this.endpoint, slug);
      if (slug !== this.federation) return;
      this.map = map;
      this.status = 'ready';
    } catch {
      if (slug === this.federation) this.status = 'error';
    }
  }

  #describe(map: RegionMap, strings: MapStrings): string {
    const list = new Intl.ListFormat(this.language, { type: 'conjunction' });
    const members = map.municipalities.filter((municipality) => municipality.member).map((each) => each.name);
    const others = map.municipalities.filter((municipality) => !municipality.member).map((each) => each.name);
    const count = fill(strings.count, { n: map.memberCount, total: map.municipalityCount });
    // Name whichever group is smaller: "all but three" reads better than thirty names.
    if (others.length === 0) return count;
    if (others.length <= members.length) return `${count} ${fill(strings.others, { names: list.format(others) })}`;
    return `${count} ${fill(strings.members, { names: list.format(members) })}`;
  }

  #renderShape(municipality: MapMunicipality): TemplateResult {
    return svg`<path class=${municipality.member ? 'member' : 'other'} d=${municipality.d}
      fill=${municipality.member ? 'url(#member-hatch)' : ''}><title>${municipality.name}</title></path>`;
  }

  #renderMap(map: RegionMap, strings: MapStrings): TemplateResult {
    const { regionName, name } = map.federation;
    const title = regionName ? fill(strings.title, { region: regionName }) : fill(strings.titleMembers, { name });
    // Members last, so their outlines lie on top of their neighbours'.
    const shapes = [...map.municipalities].sort((a, b) => Number(a.member) - Number(b.member));
    return html`<figure part="map">
      <svg class="region" viewBox=${map.viewBox} role="img" aria-labelledby="map-title map-description">
        <title id="map-title">${title}</title>
        <desc id="map-description">${this.#describe(map, strings)}</desc>
        <defs>
          <pattern id="member-hatch" patternUnits="userSpaceOnUse" width="14" height="14" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="14" height="14"></rect>
            <line class="hatch-line" x1="3" y1="0" x2="3" y2="14" stroke-width="4"></line>
          </pattern>
          <pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="5" height="5"></rect>
            <line class="hatch-line" x1="1" y1="0" x2="1" y2="5" stroke-width="1.5"></line>
          </pattern>
        </defs>
        ${shapes.map((municipality) => this.#renderShape(municipality))}
      </svg>
      <figcaption>
        <span part="legend" class="legend">${this.#swatch('member', 'url(#legend-hatch)')}${strings.member}</span>
        <span part="legend" class="legend">${this.#swatch('other', '')}${strings.other}</span>
        <p part="attribution" class="attribution">${map.attributions.join(' · ')}</p>
      </figcaption>
    </figure>`;
  }

  #swatch(kind: 'member' | 'other', pattern: string): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
      <rect class=${kind} x="1" y="1" width="14" height="14" fill=${pattern}></rect>
    </svg>`;
  }

  protected override render(): TemplateResult {
    const strings = mapStringsFor(this.language);
    if (this.status === 'ready' && this.map && this.map.municipalities.length > 0) {
      return this.#renderMap(this.map, strings);
    }
    if (this.status === 'error') {
      return html`<div class="placeholder"><div>
        <p>${strings.failed}</p>
        <button type="button" @click=${() => void this.#load()}>${strings.retry}</button>
      </div></div>`;
    }
    if (this.status === 'ready') return html``;
    return html`<div class="placeholder" aria-busy="true"><p>${strings.loading}</p></div>`;
  }
}
