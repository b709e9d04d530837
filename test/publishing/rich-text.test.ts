import { RICH_TEXT_MAX_LENGTH } from '@samverka/db/rich-text/allow-list';
import { type SanitizedRichText, sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './unsafe-markup.js';
import { xssVectors } from './xss-vectors.js';

const hubOrigin = 'https://samverka.se';

function sanitize(html: string): SanitizedRichText {
  return sanitizeRichText(html, { hubOrigin });
}

const article = [
  '<h2>Nytt utbildningsår för undersköterskor i Skåne</h2>',
  '<p>Vård- och omsorgscollege Skåne startar i höst <strong>tolv nya kurser</strong> för undersköterskor och ',
  'vårdbiträden. Kurserna är <em>kostnadsfria</em> för medlemskommunerna.</p>',
  '<figure><img src="https://samverka.se/bilder/kursstart-2025.jpg" alt="Fem undersköterskor i ett personalrum"',
  ' width="1200" height="800" /><figcaption>Kursstart i Malmö. Foto: Anna Svensson</figcaption></figure>',
  '<h3>Det här ingår</h3>',
  '<ul><li>Demens och kognitiv svikt, 7,5 hp</li><li>Palliativ vård &amp; omsorg i livets slut</li>',
  '<li>Läkemedelshantering<ul><li>grundkurs</li><li>fördjupning</li></ul></li></ul>',
  '<h3>Så anmäler du dig</h3>',
  '<ol><li>Prata med din chef.</li><li>Fyll i anmälan på <a href="https://www.vo-college.se/skane/anmalan"',
  ' target="_blank" rel="noopener noreferrer">VO-Colleges webbplats</a>.</li><li>Vänta på bekräftelse.</li></ol>',
  '<blockquote><p>»Kompetens är nyckeln till en trygg äldreomsorg«, säger samordnaren Lars Öberg.</p></blockquote>',
  '<h4>Kontakt</h4>',
  '<p>Frågor? Mejla <a href="mailto:info@vo-college-skane.se">info@vo-college-skane.se</a> eller ring ',
  '<a href="tel:+46406753000">040-675 30 00</a>.<br />Läs även ',
  '<a href="/nyheter/vo-college-skane/2024-ars-kurser">förra årets kurser</a> och ',
  '<a href="https://samverka.se/federationer/vo-college-skane">federationens sida</a>.</p>',
].join('');

describe('rich text: XSS vectors', () => {
  it('has at least 50 distinct known vectors', () => {
    expect(new Set(xssVectors.map((vector) => vector.html)).size).toBe(xssVectors.length);
    expect(new Set(xssVectors.map((vector) => vector.name)).size).toBe(xssVectors.length);
    expect(xssVectors.length).toBeGreaterThanOrEqual(50);
  });

  it('the checker finds executable markup when it is there', () => {
    const unsafe = [
      '<script>alert(1)</script>',
      '<img src="https://ok.example/a.png" alt="a" onerror="alert(1)">',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="\u0001javascript:alert(1)">x</a>',
      '<svg><a>x</a></svg>',
      '<iframe srcdoc="x"></iframe>',
      '<p style="color:red">x</p>',
      '<img src="/relative.png" alt="x">',
      '<a href="https://ok.example" target="_blank">x</a>',
      '<!-- comment -->',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    ];
    for (const markup of unsafe) {
      expect(findUnsafeMarkup(markup), markup).not.toEqual([]);
    }
    expect(findUnsafeMarkup(article)).toEqual([]);
  });

  it.each(xssVectors)('$name: nothing executable survives, and sanitising again changes nothing', ({ html }) => {
    for (const options of [{ hubOrigin }, {}]) {
      const result = sanitizeRichText(html, options);
      expect(findUnsafeMarkup(result.html)).toEqual([]);
      expect(sanitizeRichText(result.html, options).html).toBe(result.html);
      expect(sanitizeRichText(result.html, options).problems).toEqual([]);
    }
  });
});

describe('rich text: what is kept', () => {
  it('keeps a realistic article unchanged and reports nothing', () => {
    const result = sanitize(article);
    expect(result.html).toBe(article);
    expect(result.problems).toEqual([]);
    expect(sanitize(result.html).html).toBe(result.html);
  });

  it('gives the article as plain text, a block per paragraph and a line per list item', () => {
    const { text } = sanitize(article);
    expect(text.startsWith('Nytt utbildningsår för undersköterskor i Skåne\n\nVård- och omsorgscollege Skåne')).toBe(
      true,
    );
    expect(text).toContain('Kursstart i Malmö. Foto: Anna Svensson\n\nDet här ingår\n\nDemens och kognitiv svikt');
    expect(text).toContain('Palliativ vård & omsorg i livets slut\nLäkemedelshantering\ngrundkurs\nfördjupning');
    expect(text).not.toContain('<');
    expect(text).not.toContain('personalrum');
    expect(text.endsWith('ring 040-675 30 00.\nLäs även förra årets kurser och federationens sida.')).toBe(true);
  });

  it('turns h1 into h2, h5 and h6 into h4, b into strong and i into em', () => {
    expect(sanitize('<h1 id="top">Rubrik</h1><h5>Liten</h5><h6>Minst</h6>').html).toBe(
      '<h2>Rubrik</h2><h4>Liten</h4><h4>Minst</h4>',
    );
    expect(sanitize('<p><b class="x">fet</b> och <i>kursiv</i></p>').html).toBe(
      '<p><strong>fet</strong> och <em>kursiv</em></p>',
    );
  });

  it('drops disallowed elements and attributes but keeps their text', () => {
    expect(sanitize('<div class="x"><span style="color:red">Hej</span> <u>där</u></div>').html).toBe('Hej där');
    expect(sanitize('<table><tr><td>Cell</td></tr></table>').html).toBe('Cell');
    expect(sanitize('<p>Före</p><script>alert(1)</script><style>p{}</style><p>Efter</p>').html).toBe(
      '<p>Före</p><p>Efter</p>',
    );
  });

  it('normalises entities and escapes what needs it', () => {
    expect(sanitize('<p>&eacute;t&#233; &lt;3 &amp;&#x26; a&nbsp;b "citat"</p>').html).toBe(
      '<p>été &lt;3 &amp;&amp; a\u00a0b "citat"</p>',
    );
  });
});

describe('rich text: links', () => {
  it('adds rel="noopener noreferrer" to links to other sites, and keeps target="_blank" only there', () => {
    expect(sanitize('<a href="https://example.org/x" target="_blank">x</a>').html).toBe(
      '<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitize('<a href="https://example.org/x" rel="nofollow" target="_top">x</a>').html).toBe(
      '<a href="https://example.org/x" rel="noopener noreferrer">x</a>',
    );
    expect(sanitize('<a href="http://samverka.se/x">x</a>').html).toBe(
      '<a href="http://samverka.se/x" rel="noopener noreferrer">x</a>',
    );
    expect(sanitize('<a href="//evil.example/x">x</a>').html).toBe(
      '<a href="https://evil.example/x" rel="noopener noreferrer">x</a>',
    );
  });

  it('leaves links within the hub, email and phone links without rel or target', () => {
    expect(sanitize('<a href="https://samverka.se/nyheter" target="_blank" rel="nofollow">x</a>').html).toBe(
      '<a href="https://samverka.se/nyheter">x</a>',
    );
    expect(sanitize('<a href="/nyheter?sida=2#topp" target="_blank">x</a>').html).toBe(
      '<a href="/nyheter?sida=2#topp">x</a>',
    );
    expect(sanitize('<a href="mailto:info@example.se" target="_blank">x</a>').html).toBe(
      '<a href="mailto:info@example.se">x</a>',
    );
    expect(sanitize('<a href="tel:+4681234567">x</a>').html).toBe('<a href="tel:+4681234567">x</a>');
  });

  it('treats every absolute web link as external when the hub origin is unknown', () => {
    expect(sanitizeRichText('<a href="https://samverka.se/x">x</a><a href="/y">y</a>', {}).html).toBe(
      '<a href="https://samverka.se/x" rel="noopener noreferrer">x</a><a href="/y">y</a>',
    );
  });

  it('removes a link with a disallowed address, keeps its text and says why', () => {
    const result = sanitize('<p>Klicka <a href="javascript:alert(1)">här</a></p>');
    expect(result.html).toBe('<p>Klicka här</p>');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'LINK_URL_INVALID', subject: 'javascript:alert(1)' }),
    ]);
    expect(result.problems[0]?.message).toContain('"javascript:alert(1)"');
  });
});

describe('rich text: images', () => {
  it('reports an image without alt text by its address and leaves it out', () => {
    const result = sanitize(
      '<p>Före</p><img src="https://example.se/bild.jpg"><img src="https://example.se/b.jpg" alt=" ">',
    );
    expect(result.html).toBe('<p>Före</p>');
    expect(result.problems.map((problem) => problem.code)).toEqual(['IMAGE_ALT_MISSING', 'IMAGE_ALT_MISSING']);
    expect(result.problems[0]?.message).toContain('https://example.se/bild.jpg');
    expect(result.problems[0]?.message).toMatch(/alt text/);
  });

  it('keeps an image with alt text, numeric sizes only', () => {
    expect(
      sanitize('<img src="https://example.se/a.jpg" alt="En  karta" width="640" height="50%" title="t">').html,
    ).toBe('<img src="https://example.se/a.jpg" alt="En karta" width="640" />');
  });

  it('reports and leaves out images that are not on the web', () => {
    const result = sanitize(
      '<img src="/lokal.jpg" alt="Lokal"><img alt="Ingen adress"><img src="data:image/png;base64,AAAA" alt="x">',
    );
    expect(result.html).toBe('');
    expect(result.problems.map((problem) => problem.code)).toEqual([
      'IMAGE_SRC_INVALID',
      'IMAGE_SRC_INVALID',
      'IMAGE_SRC_INVALID',
    ]);
  });
});

describe('rich text: problems', () => {
  it('names each thing to fix once, and at most 50 things', () => {
    const same = sanitize('<img src="https://example.se/a.jpg"><p>x</p><img src="https://example.se/a.jpg">');
    expect(same.problems).toHaveLength(1);
    const many = sanitize(
      Array.from({ length: 80 }, (_, index) => `<img src="https://example.se/${index}.jpg">`).join(''),
    );
    expect(many.problems).toHaveLength(50);
    expect(many.html).toBe('');
  });
});

describe('rich text: size limit', () => {
  it(`refuses input over ${RICH_TEXT_MAX_LENGTH} characters`, () => {
    const result = sanitize(`<p>${'a'.repeat(RICH_TEXT_MAX_LENGTH)}</p>`);
    expect(result).toEqual({ html: '', text: '', problems: [expect.objectContaining({ code: 'TOO_LONG' })] });
    expect(result.problems[0]?.message).toContain(String(RICH_TEXT_MAX_LENGTH));
  });

  it('accepts input of exactly the limit', () => {
    const html = `<p>${'a'.repeat(RICH_TEXT_MAX_LENGTH - 7)}</p>`;
    expect(html.length).toBe(RICH_TEXT_MAX_LENGTH);
    const result = sanitize(html);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(html);
  });
});

describe('rich text: plain text', () => {
  it('decodes entities, separates blocks and list items, and leaves out what was removed', () => {
    const result = sanitize(
      '<h2>Rubrik</h2><p>Första &amp; andra<br>raden,\n   ihop</p><ul><li>Ett</li><li>Två</li></ul>' +
        '<script>x()</script><p>Slut</p>',
    );
    expect(result.text).toBe('Rubrik\n\nFörsta & andra\nraden, ihop\n\nEtt\nTvå\n\nSlut');
  });

  it('is empty for empty input', () => {
    expect(sanitize('')).toEqual({ html: '', text: '', problems: [] });
  });
});
