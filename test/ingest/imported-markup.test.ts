import { withAbsoluteUrls } from '@samverka/db/rich-text/absolute-urls';
import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../publishing/unsafe-markup.js';
import { xssVectors } from '../publishing/xss-vectors.js';

const BASE = 'https://forbundet.example/nyheter/1';
const imported = (html: string) => sanitizeRichText(withAbsoluteUrls(html, BASE)).html;

describe('markup imported from another site', () => {
  it.each(xssVectors)('leaves nothing executable of "$name" once links are made absolute', ({ html }) => {
    expect(findUnsafeMarkup(imported(html))).toEqual([]);
  });

  it('points relative links and images at the site they came from, and leaves the rest', () => {
    expect(imported('<p><a href="../om-oss">Om oss</a> <img src="/bild.png" alt="Bild"></p>')).toBe(
      '<p><a href="https://forbundet.example/om-oss" rel="noopener noreferrer">Om oss</a> <img src="https://forbundet.example/bild.png" alt="Bild" /></p>',
    );
    expect(imported('<a href="mailto:info@forbundet.example">Mejla</a>')).toBe(
      '<a href="mailto:info@forbundet.example">Mejla</a>',
    );
    expect(imported('<a href="java\tscript:alert(1)">x</a>')).not.toMatch(/script/);
  });
});
