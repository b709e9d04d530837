import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';

// Independent readers of what the hub writes: fast-xml-parser for RSS and Atom, ical.js (Mozilla's
// RFC 5545 parser) for iCalendar. Nothing here shares code with the writers under test.

const ALWAYS_LISTS = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.atom:link',
  'feed.link',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.category',
  'feed.entry.author',
]);

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, jpath) => ALWAYS_LISTS.has(String(jpath)),
});

type Node = Record<string, unknown>;

function parseXml(text: string): Node {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return xml.parse(text) as Node;
}

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node.trim();
  return String((node as Node)['#text'] ?? '').trim();
}

function list(node: unknown): Node[] {
  return Array.isArray(node) ? (node as Node[]) : [];
}

const attribute = (node: Node, name: string): string => String(node[`@_${name}`] ?? '');

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: string;
  pubDate: string;
  description: string;
  content: string;
  author: string;
  categories: string[];
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate: string;
  selfLink: string;
  items: RssItem[];
}

export function parseRss(body: string): RssChannel {
  const rss = parseXml(body).rss as Node;
  if (attribute(rss, 'version') !== '2.0') throw new Error('not RSS 2.0');
  const channel = rss.channel as Node;
  return {
    title: text(channel.title),
    link: text(channel.link),
    description: text(channel.description),
    language: text(channel.language),
    lastBuildDate: text(channel.lastBuildDate),
    selfLink: list(channel['atom:link']).map((link) => attribute(link, 'href'))[0] ?? '',
    items: list(channel.item).map((item) => ({
      title: text(item.title),
      link: text(item.link),
      guid: text(item.guid),
      guidIsPermaLink: attribute(item.guid as Node, 'isPermaLink'),
      pubDate: text(item.pubDate),
      description: text(item.description),
      content: text(item['content:encoded']),
      author: text(item.author),
      categories: list(item.category).map(text),
    })),
  };
}

export interface AtomEntry {
  id: string;
  title: string;
  titleType: string;
  link: string;
  updated: string;
  published: string;
  summary: string;
  content: string;
  contentType: string;
  authors: string[];
  categories: Array<{ term: string; label: string }>;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  selfLink: string;
  entries: AtomEntry[];
}

export function parseAtom(body: string): AtomFeed {
  const feed = parseXml(body).feed as Node;
  if (attribute(feed, 'xmlns') !== 'http://www.w3.org/2005/Atom') throw new Error('not Atom');
  return {
    id: text(feed.id),
    title: text(feed.title),
    subtitle: text(feed.subtitle),
    updated: text(feed.updated),
    selfLink: list(feed.link).find((link) => attribute(link, 'rel') === 'self')?.['@_href'] as string,
    entries: list(feed.entry).map((entry) => ({
      id: text(entry.id),
      title: text(entry.title),
      titleType: attribute(entry.title as Node, 'type'),
      link: attribute(list(entry.link)[0] ?? {}, 'href'),
      updated: text(entry.updated),
      published: text(entry.published),
      summary: text(entry.summary),
      content: text(entry.content),
      contentType: attribute(entry.content as Node, 'type'),
      authors: list(entry.author).map((author) => text(author.name)),
      categories: list(entry.category).map((category) => ({
        term: attribute(category, 'term'),
        label: attribute(category, 'label'),
      })),
    })),
  };
}

/** The fields of JSON Feed 1.1 (jsonfeed.org/version/1.1) the hub writes. */
export interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: Array<{ name?: string; url?: string }>;
  author?: unknown;
  items: Array<{
    id: string;
    url?: string;
    title?: string;
    content_html?: string;
    content_text?: string;
    summary?: string;
    date_published?: string;
    date_modified?: string;
    authors?: Array<{ name?: string; url?: string }>;
    author?: unknown;
    tags?: string[];
    language?: string;
  }>;
}

export interface CalendarEntry {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  status: string;
  start: Date;
  end: Date;
  startIsUtc: boolean;
  endIsUtc: boolean;
  categories: string[];
}

export interface Calendar {
  name: string;
  timeZone: string;
  entries: CalendarEntry[];
}

function stringProperty(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return value === null ? '' : String(value);
}

export function parseCalendar(body: string): Calendar {
  const calendar = new ICAL.Component(ICAL.parse(body));
  if (calendar.name !== 'vcalendar') throw new Error('not a VCALENDAR');
  return {
    name: stringProperty(calendar, 'x-wr-calname'),
    timeZone: stringProperty(calendar, 'x-wr-timezone'),
    entries: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        location: event.location,
        url: stringProperty(vevent, 'url'),
        status: stringProperty(vevent, 'status'),
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        startIsUtc: event.startDate.zone?.tzid === 'UTC',
        endIsUtc: event.endDate.zone?.tzid === 'UTC',
        categories: vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      };
    }),
  };
}
