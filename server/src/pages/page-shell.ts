import escapeHtml from 'escape-html';

export interface PageShellOptions {
  lang: string;
  title: string;
  description: string;
  stylesheet: string;
  /** Extra markup for the head, already escaped. */
  head?: string;
  /** The body's markup, already escaped. */
  body: string;
  /** Module scripts of the hub's own, for pages that need them. */
  scripts?: string[];
}

/** The document around every page the hub serves; nothing inline, so the strict CSP holds. */
export function pageShell(options: PageShellOptions): string {
  const scripts = (options.scripts ?? [])
    .map((src) => `\n  <script type="module" src="${escapeHtml(src)}"></script>`)
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(options.title)}</title>
  <meta name="description" content="${escapeHtml(options.description)}">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">${scripts}
  ${options.head ?? ''}
</head>
<body>
  ${options.body}
</body>
</html>
`;
}
