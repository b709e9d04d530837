/**
 * The URL when it is an http(s) address, else null. Links and pictures come from the hub, which
 * validates them; this keeps a `javascript:` URL off the host page even from a hub that did not.
 */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}
