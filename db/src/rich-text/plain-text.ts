import { Parser } from 'htmlparser2';

/** Line breaks an element needs around it: a blank line around blocks, a line break before list items. */
const BLOCK = 2;
const LINE = 1;
const BREAKS_BEFORE: Readonly<Record<string, number>> = { ul: LINE, ol: LINE, li: LINE, br: LINE };
const BLOCKS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'p', 'blockquote', 'figure', 'figcaption']);

/** HTML's own white space; a no-break space stays. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** The plain text of sanitised rich text, for search and summaries: entities decoded, blocks on their own lines. */
export function plainText(html: string): string {
  let text = '';
  // Breaks wanted before the next text; adjacent elements share theirs instead of adding them up.
  let pendingBreaks = 0;
  const needBreaks = (count: number): void => {
    pendingBreaks = Math.max(pendingBreaks, count);
  };
  const parser = new Parser(
    {
      onopentag: (name) => needBreaks(BLOCKS.has(name) ? BLOCK : (BREAKS_BEFORE[name] ?? 0)),
      onclosetag: (name) => needBreaks(BLOCKS.has(name) ? BLOCK : 0),
      ontext: (raw) => {
        const collapsed = raw.replace(HTML_SPACE, ' ');
        if (collapsed === ' ' && pendingBreaks > 0) {
          return;
        }
        text += (text === '' ? '' : '\n'.repeat(pendingBreaks)) + collapsed;
        pendingBreaks = 0;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
