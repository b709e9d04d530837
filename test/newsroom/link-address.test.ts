import { LINK_SCHEMES as SANITISER_SCHEMES } from '@samverka/db/rich-text/allow-list';
import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { describe, expect, it } from 'vitest';
import { checkLinkAddress, LINK_SCHEMES } from '../../widgets/src/newsroom/editor/link-address.js';

const hubOrigin = 'https://samverka.se';
const linkIn = (href: string) => sanitizeRichText(`<p><a href="${href}">x</a></p>`, { hubOrigin });

describe('the link dialog’s check of an address, against the hub’s sanitiser', () => {
  it('knows the same schemes as the sanitiser', () => {
    expect([...LINK_SCHEMES].sort()).toEqual([...SANITISER_SCHEMES].sort());
  });

  it.each([
    ['https://www.vo-college.se/skane/anmalan', 'https://www.vo-college.se/skane/anmalan'],
    ['  HTTPS://Example.SE  ', 'https://example.se/'],
    ['http://kommun.example/kurser?ar=2026', 'http://kommun.example/kurser?ar=2026'],
    ['https://kommun.example/en sida', 'https://kommun.example/en%20sida'],
    ['mailto:info@vo-college-skane.se', 'mailto:info@vo-college-skane.se'],
    ['tel:+46406753000', 'tel:+46406753000'],
  ])('accepts %j as %j, which the sanitiser keeps as it is', (typed, href) => {
    expect(checkLinkAddress(typed)).toBe(href);
    const sanitized = linkIn(href);
    expect(sanitized.problems).toEqual([]);
    expect(sanitized.html).toContain(`href="${href}"`);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'jav\tascript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://files.example/a.pdf',
  ])('refuses %j, which the sanitiser drops', (typed) => {
    expect(checkLinkAddress(typed)).toBeUndefined();
    const sanitized = linkIn(typed);
    expect(sanitized.html).not.toContain('<a');
    expect(sanitized.problems.map((problem) => problem.code)).toContain('LINK_URL_INVALID');
  });

  it.each(['', '   ', 'mailto:', 'https://', 'www.kommun.example', '/kurser', 'kurser.html'])(
    'refuses %j: no address, or not a whole one (it would lead elsewhere on every site showing the news)',
    (typed) => {
      expect(checkLinkAddress(typed)).toBeUndefined();
    },
  );
});
