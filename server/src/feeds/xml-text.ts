// XML 1.0 cannot carry these characters at all, escaped or not, and one of them makes the whole
// document unreadable; text pasted from a word processor or imported from elsewhere can hold them.
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/**
 * For text the feed library puts in CDATA sections: it splits only the first "]]>", so a second one
 * would end the section early. A zero-width space keeps every one of them visible as written.
 */
export function cdataText(text: string): string {
  return xmlText(text).replaceAll(']]>', ']]\u200b>');
}

/** For attribute values the feed library writes: it escapes `&` and `"` but not `<`, which XML forbids there. */
export function attributeText(text: string): string {
  return xmlText(text).replaceAll('<', '');
}
