import type { Membership } from '../api/membership-queries.js';
import { municipalityKey } from '../api/news-queries.js';
import type { Strings } from '../i18n/en.js';
import { fill, type NewsroomLanguage } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';

/** A calendar day ("2025-06-30") in the UI language; as a day, no time zone may shift it. */
export function formatDay(day: string, language: NewsroomLanguage): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The municipality as the API's `municipality` argument, with its country ("SE-1262"), as the picker names it. */
export function membershipArgument(membership: Membership): string {
  const { code, country } = membership.municipality;
  return municipalityKey(code, country);
}

/** What the hub said about a join or a leave, in the UI language with the days that matter when they are known here. */
export function membershipProblem(
  strings: Strings,
  language: NewsroomLanguage,
  problem: { code?: string; message?: string },
  context: { name: string; key: string; day: string; history: Membership[]; joinedOn?: string },
): string {
  const day = (value: string) => formatDay(value, language);
  switch (problem.code) {
    case 'MEMBERSHIP_OVERLAP': {
      // The hub's rule: the new open-ended period overlaps any period not ended by that day.
      const clash = context.history.find(
        (period) => membershipArgument(period) === context.key && (!period.leftOn || period.leftOn > context.day),
      );
      if (!clash) break;
      return clash.leftOn
        ? fill(strings.overlapEnded, context.name, day(clash.joinedOn), day(clash.leftOn))
        : fill(strings.overlapOngoing, context.name, day(clash.joinedOn));
    }
    case 'LEFT_BEFORE_JOINED':
      if (context.joinedOn) return fill(strings.leftBeforeJoined, context.name, day(context.joinedOn));
      break;
    case 'NOT_A_MEMBER':
      return fill(strings.notAMember, context.name);
  }
  return problemText(strings, problem);
}
