/**
 * The newsroom's HTML: a landmark-free shell (the app draws its own landmarks) that loads one module,
 * with the chunks that module imports at once preloaded beside it rather than found after it.
 * Nothing inline, so the page's Content-Security-Policy can forbid inline scripts and styles.
 */
export function newsroomShell(scriptPath: string, preloadPaths: readonly string[]): string {
  const preloads = preloadPaths.map((path) => `<link rel="modulepreload" href="${path}">\n`).join('');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="robots" content="noindex">
<title>Samverka nyhetsrum</title>
<script type="module" src="${scriptPath}"></script>
${preloads}</head>
<body>
<samverka-newsroom>
<noscript>Nyhetsrummet behöver JavaScript. The newsroom needs JavaScript.</noscript>
</samverka-newsroom>
</body>
</html>
`;
}

/**
 * Scripts, styles and connections from the hub only. Images may come from elsewhere: imported news
 * points at pictures on the federations' own sites, and the preview must show them as the widget will.
 * Lit's styles are constructed style sheets, which style-src does not govern.
 */
export const NEWSROOM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
