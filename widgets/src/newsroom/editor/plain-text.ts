/** Readable text of a body's HTML, a line per block, for comparing versions. */
export function bodyText(html: string): string {
  const document = new DOMParser().parseFromString(html.replace(/<\/(p|h[2-4]|li|blockquote)>/g, '$&\n'), 'text/html');
  return (document.body.textContent ?? '').trim();
}

/** Title, summary and body of a version as one text. */
export function versionText(version: { title: string; summary: string; body: string }): string {
  return `${version.title}\n\n${version.summary}\n\n${bodyText(version.body)}`;
}
