import { federationAlternateLinks } from '@samverka/server/feeds/alternate-links';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

const PUBLIC_URL = 'https://samverka.example';

interface Element {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Element[];
}

/** The `<link>` elements of the `<head>` an HTML parser builds from the tags. */
function linksIn(tags: string): Array<Record<string, string>> {
  const document = parse(`<!doctype html><html><head>${tags}</head><body></body></html>`) as unknown as Element;
  const html = document.childNodes?.find((node) => node.nodeName === 'html');
  const head = html?.childNodes?.find((node) => node.nodeName === 'head');
  return (head?.childNodes ?? [])
    .filter((node) => node.nodeName === 'link')
    .map((node) => Object.fromEntries((node.attrs ?? []).map((attribute) => [attribute.name, attribute.value])));
}

describe('<link rel="alternate"> tags for a federation', () => {
  it('announce its RSS, Atom and JSON feeds and its calendar', () => {
    const tags = federationAlternateLinks(PUBLIC_URL, {
      slug: 'vo-college-skane',
      name: 'Vård- och omsorgscollege Skåne',
      default_language: 'sv',
    });
    expect(linksIn(tags)).toEqual([
      {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: 'Vård- och omsorgscollege Skåne – nyheter (RSS)',
        href: `${PUBLIC_URL}/feeds/federations/vo-college-skane/news.rss`,
      },
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Vård- och omsorgscollege Skåne – nyheter (Atom)',
        href: `${PUBLIC_URL}/feeds/federations/vo-college-skane/news.atom`,
      },
      {
        rel: 'alternate',
        type: 'application/feed+json',
        title: 'Vård- och omsorgscollege Skåne – nyheter (JSON Feed)',
        href: `${PUBLIC_URL}/feeds/federations/vo-college-skane/news.json`,
      },
      {
        rel: 'alternate',
        type: 'text/calendar',
        title: 'Vård- och omsorgscollege Skåne – kalender',
        href: `${PUBLIC_URL}/calendar/federations/vo-college-skane.ics`,
      },
    ]);
  });

  it('are titled in the federation’s language', () => {
    const tags = federationAlternateLinks(PUBLIC_URL, {
      slug: 'verdighetsenteret',
      name: 'Verdighetsenteret',
      default_language: 'nb',
    });
    expect(linksIn(tags).map((link) => link.title)).toEqual([
      'Verdighetsenteret – nyheter (RSS)',
      'Verdighetsenteret – nyheter (Atom)',
      'Verdighetsenteret – nyheter (JSON Feed)',
      'Verdighetsenteret – kalender',
    ]);
  });

  it('escape a name that holds quotes and markup, so it cannot break out of the attribute', () => {
    const name = `Förbund "A" & <script>alert('x')</script>`;
    const tags = federationAlternateLinks(PUBLIC_URL, { slug: 'forbund-a', name, default_language: 'sv' });
    expect(tags).not.toContain('<script>');
    const links = linksIn(tags);
    expect(links).toHaveLength(4);
    expect(links[0]?.title).toBe(`${name} – nyheter (RSS)`);
    expect(links.every((link) => Object.keys(link).sort().join() === 'href,rel,title,type')).toBe(true);
  });
});
