export type RichTextProblemCode = 'TOO_LONG' | 'IMAGE_ALT_MISSING' | 'IMAGE_SRC_INVALID' | 'LINK_URL_INVALID';

/** Something in the submitted rich text that a person has to fix; `subject` is the offending value, if any. */
export interface RichTextProblem {
  readonly code: RichTextProblemCode;
  readonly message: string;
  readonly subject?: string;
}

const SHOWN_LENGTH = 120;

function shown(value: string): string {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed.length > SHOWN_LENGTH ? `"${trimmed.slice(0, SHOWN_LENGTH)}…"` : `"${trimmed}"`;
}

export function tooLong(length: number, limit: number): RichTextProblem {
  return {
    code: 'TOO_LONG',
    message: `The text is ${length} characters long, over the limit of ${limit}. Shorten it or split it into items.`,
  };
}

export function imageAltMissing(src: string): RichTextProblem {
  return {
    code: 'IMAGE_ALT_MISSING',
    message: `The image ${shown(src)} has no alt text, so it was left out. Add a short description of what it shows.`,
    subject: src,
  };
}

export function imageSrcInvalid(src: string): RichTextProblem {
  return {
    code: 'IMAGE_SRC_INVALID',
    message:
      src.trim() === ''
        ? 'An image has no address, so it was left out. Give it a web address starting with https://.'
        : `The image address ${shown(src)} is not a web address (http or https), so the image was left out.`,
    subject: src,
  };
}

export function linkUrlInvalid(href: string): RichTextProblem {
  return {
    code: 'LINK_URL_INVALID',
    message:
      `The link address ${shown(href)} is not allowed (only web, email and phone links are), ` +
      'so the link was removed and its text kept.',
    subject: href,
  };
}

/** More would bury the first ones; the rest show up once these are fixed. */
const MAX_PROBLEMS = 50;

export interface ProblemCollector {
  readonly problems: RichTextProblem[];
  readonly report: (problem: RichTextProblem) => void;
}

/** Collects problems, each once: the same broken image or link used ten times is one thing to fix. */
export function problemCollector(): ProblemCollector {
  const problems: RichTextProblem[] = [];
  const seen = new Set<string>();
  const report = (problem: RichTextProblem): void => {
    const key = `${problem.code} ${problem.subject ?? ''}`;
    if (!seen.has(key) && problems.length < MAX_PROBLEMS) {
      seen.add(key);
      problems.push(problem);
    }
  };
  return { problems, report };
}
