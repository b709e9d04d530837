/** The hub this bundle was loaded from: the default `endpoint` of every widget. */
export const SCRIPT_ORIGIN = new URL(import.meta.url).origin;
