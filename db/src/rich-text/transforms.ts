import type sanitizeHtml from 'sanitize-html';
import { EXTERNAL_LINK_REL, RENAMED_TAGS } from './allow-list.js';
import { imageAltMissing, imageSrcInvalid, linkUrlInvalid, type RichTextProblem } from './problems.js';
import { checkImageSrc, checkLinkHref } from './urls.js';

/** A name outside the allow-list: the sanitiser drops an element renamed to it and keeps its content. */
const UNWRAP = 'samverka-unwrap';

const NUMBER = /^\d{1,5}$/;

type Transforms = Record<string, sanitizeHtml.Transformer>;

/**
 * The tag transforms for one sanitising run. Links and images are rebuilt from their checked
 * attributes alone, so nothing the author wrote reaches the output unchecked; `report` collects
 * what the author has to fix.
 */
export function richTextTransforms(
  origin: string,
  report: (problem: RichTextProblem) => void,
  hubUrl?: string,
): Transforms {
  const transforms: Transforms = {
    a: (_tagName, attribs) => transformLink(attribs, origin, report),
    img: (_tagName, attribs) => transformImage(attribs, report, hubUrl),
  };
  for (const [from, to] of Object.entries(RENAMED_TAGS)) {
    transforms[from] = () => ({ tagName: to, attribs: {} });
  }
  return transforms;
}

function transformLink(
  attribs: sanitizeHtml.Attributes,
  origin: string,
  report: (problem: RichTextProblem) => void,
): sanitizeHtml.Tag {
  const raw = attribs.href;
  if (raw === undefined) {
    return { tagName: UNWRAP, attribs: {} };
  }
  const link = checkLinkHref(raw, origin);
  if (link === undefined) {
    report(linkUrlInvalid(raw));
    return { tagName: UNWRAP, attribs: {} };
  }
  if (!link.external) {
    return { tagName: 'a', attribs: { href: link.href } };
  }
  const newTab = attribs.target?.trim().toLowerCase() === '_blank';
  return {
    tagName: 'a',
    attribs: newTab
      ? { href: link.href, target: '_blank', rel: EXTERNAL_LINK_REL }
      : { href: link.href, rel: EXTERNAL_LINK_REL },
  };
}

function transformImage(
  attribs: sanitizeHtml.Attributes,
  report: (problem: RichTextProblem) => void,
  hubUrl: string | undefined,
): sanitizeHtml.Tag {
  const raw = attribs.src ?? '';
  const src = checkImageSrc(raw, hubUrl);
  const alt = (attribs.alt ?? '').replace(/\s+/g, ' ').trim();
  if (src === undefined) {
    report(imageSrcInvalid(raw));
  }
  if (alt === '') {
    report(imageAltMissing(src ?? raw));
  }
  if (src === undefined || alt === '') {
    return { tagName: UNWRAP, attribs: {} };
  }
  const kept: sanitizeHtml.Attributes = { src, alt };
  for (const name of ['width', 'height']) {
    const value = attribs[name]?.trim();
    if (value !== undefined && NUMBER.test(value)) {
      kept[name] = value;
    }
  }
  return { tagName: 'img', attribs: kept };
}
