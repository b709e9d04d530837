declare const __SAMVERKA_VERSION__: string;

/** The bundle's version, from widgets/package.json at build time. */
export const VERSION = __SAMVERKA_VERSION__;

type VersionedElement = CustomElementConstructor & { samverkaVersion?: string };

/**
 * Registers a widget unless its tag is taken already: a page may load the bundle twice (two CMS
 * blocks, the versioned URL and the alias), and a second `define` would throw and stop the script.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    (element as VersionedElement).samverkaVersion = VERSION;
    customElements.define(tag, element);
    return;
  }
  if (existing.samverkaVersion !== VERSION) {
    const holder = existing.samverkaVersion ? `Samverka widgets ${existing.samverkaVersion}` : 'another script';
    console.warn(
      `<${tag}> is already defined by ${holder}; Samverka widgets ${VERSION}, loaded as well, leave it be. ` +
        'Load one Samverka bundle per page.',
    );
  }
}

/** Registers each element by its tag, as `define` does: one a page has already is left be. */
export function defineAll(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}
