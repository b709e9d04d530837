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
  /** A module script of the hub's own, for pages that need one. */
  script?: string;
}

/** The document around every page the hub serves; nothing inline, so the strict CSP holds. */
export function pageShell(options: PageShellOptions): string {
  const script = options.script ? `\n  <script type="module" src="${escapeHtml(options.script)}"></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(options.title)}</title>
  <meta name="description" content="${escapeHtml(options.description)}">
  <link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">${script}
  ${options.head ?? ''}
</head>
<body>
  ${options.body}
</body>
</html>
`;
}
