/** Builders of source documents, so each test says only what matters to it. */

export interface RssItem {
  title: string;
  guid?: string;
  link?: string;
  description?: string;
  content?: string;
  pubDate?: string;
}

const cdata = (html: string) => `<![CDATA[${html}]]>`;

export function rss(items: RssItem[], options: { language?: string } = {}): string {
  const entries = items
    .map(
      (item) => `<item>
      <title>${item.title}</title>
      ${item.guid ? `<guid isPermaLink="false">${item.guid}</guid>` : ''}
      ${item.link ? `<link>${item.link}</link>` : ''}
      ${item.description !== undefined ? `<description>${cdata(item.description)}</description>` : ''}
      ${item.content !== undefined ? `<content:encoded>${cdata(item.content)}</content:encoded>` : ''}
      ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Nyheter från förbundet</title>
    <link>https://forbundet.example/nyheter</link>
    <description>Våra nyheter</description>
    ${options.language ? `<language>${options.language}</language>` : ''}
    ${entries}
  </channel>
</rss>`;
}

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  content: string;
  updated: string;
}

export function atom(entries: AtomEntry[]): string {
  const body = entries
    .map(
      (entry) => `<entry>
    <id>${entry.id}</id>
    <title type="html">${entry.title}</title>
    <link rel="alternate" href="${entry.link}"/>
    <updated>${entry.updated}</updated>
    <content type="html">${entry.content}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Förbundets flöde</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-11-30T10:00:00Z</updated>
  ${body}
</feed>`;
}

export interface IcsEvent {
  uid: string;
  summary: string;
  /** DTSTART/DTEND lines as written, e.g. "DTSTART:20270115T090000Z" or "DTSTART;VALUE=DATE:20270120". */
  start: string;
  end?: string;
  description?: string;
  location?: string;
  url?: string;
  status?: string;
}

export function ics(events: IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Förbundet//Kalender//SV',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      'DTSTAMP:20261130T100000Z',
      event.start,
      ...(event.end ? [event.end] : []),
      `SUMMARY:${event.summary}`,
      ...(event.description ? [`DESCRIPTION:${event.description}`] : []),
      ...(event.location ? [`LOCATION:${event.location}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      ...(event.status ? [`STATUS:${event.status}`] : []),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
