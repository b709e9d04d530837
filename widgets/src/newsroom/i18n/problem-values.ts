/** What a problem's sentence may name besides its code; every value is already formatted for the UI language. */
export interface ProblemValues {
  /** The field the hub named, as the form names it ("title", "images[0].alt", "credits[1].hours"). */
  field?: string;
  /** The largest value the rule allows (characters, items, days, MB), when the hub's message names it. */
  most?: string;
  /** The smallest value of the allowed range ("1 to 300"), when the hub's message names one. */
  least?: string;
  /** Minutes until another login may be tried. */
  minutes?: string;
  /** What the problem is about, as the UI knows it: a topic's slug, an e-mail address. */
  subject?: string;
  /** The hub's own words (in English), for a technical detail worth passing on: a feed's HTTP status, where its XML broke. */
  detail?: string;
}

/** A problem's sentence: fixed, or made from the values the UI has. */
export type ProblemText = string | ((values: ProblemValues) => string);

/** The hub's own words after a sentence, marked as theirs; nothing when there are none. */
export function withDetail(sentence: string, values: ProblemValues, label: string): string {
  return values.detail ? `${sentence} ${label}: ${values.detail}` : sentence;
}

/** Whether the hub named the field, or one of a list (`images[0].url` is one of `images`). */
export function isField(values: ProblemValues, name: string): boolean {
  const field = values.field ?? '';
  return field === name || field.startsWith(`${name}[`) || field.endsWith(`.${name}`);
}
