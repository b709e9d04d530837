import type { SessionValues } from '@samverka/db/course-session-changes';
import { builder } from './builder.js';
import { optionalMunicipalityIdFor, optionalText, optionalWebAddress } from './content-input.js';
import type { Context } from './context.js';
import { InputProblem } from './problems.js';

export const CourseSessionInput = builder.inputType('CourseSessionInput', {
  description: 'One run of a course: when, where, how many, and how to register.',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'When it ends; after `startsAt`.' }),
    placeName: t.string({ description: 'The venue, up to 200 characters.' }),
    address: t.string({ description: 'Street address, up to 300 characters.' }),
    municipality: t.string({ description: 'The municipality it is held in, by code: "1262", or "NO-1860".' }),
    onlineUrl: t.string({ description: 'Where to join online: a full http or https address.' }),
    capacity: t.int({ description: 'How many can take part: 1 to 100 000.' }),
    registrationUrl: t.string({ description: 'Where to register: a full http or https address.' }),
    registrationDeadline: t.field({
      type: 'DateTime',
      description: 'The last moment to register; not after `startsAt`.',
    }),
  }),
});

export type CourseSessionInputValue = typeof CourseSessionInput.$inferInput;

/** Checks a session as an editor wrote it; anything wrong names its field. */
export async function toSessionValues(ctx: Context, input: CourseSessionInputValue): Promise<SessionValues> {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    throw new InputProblem('endsAt', 'ENDS_BEFORE_START', 'Choose an end after the start.');
  }
  const deadline = input.registrationDeadline ?? null;
  if (deadline && deadline.getTime() > input.startsAt.getTime()) {
    throw new InputProblem(
      'registrationDeadline',
      'DEADLINE_AFTER_START',
      'Let registration close at the start at the latest.',
    );
  }
  const capacity = input.capacity ?? null;
  if (capacity !== null && (capacity < 1 || capacity > 100_000)) {
    throw new InputProblem('capacity', 'OUT_OF_RANGE', 'Give a capacity of 1 to 100 000, or leave it out.');
  }
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    placeName: optionalText('placeName', input.placeName, 200),
    address: optionalText('address', input.address, 300),
    municipalityId: await optionalMunicipalityIdFor(ctx, 'municipality', input.municipality),
    onlineUrl: optionalWebAddress('onlineUrl', input.onlineUrl),
    capacity,
    registrationUrl: optionalWebAddress('registrationUrl', input.registrationUrl),
    registrationDeadline: deadline,
  };
}
