import type { CourseSession } from '@samverka/db/courses';
import { builder } from './builder.js';
import { encodeGlobalId } from './global-id.js';
import { MunicipalityRef } from './refs.js';

export const SessionRef = builder.objectRef<CourseSession>('CourseSession').implement({
  description: 'One run of a course: when, where, how many can take part and how to register.',
  fields: (t) => ({
    id: t.id({
      description: 'Its id: pass it to `updateCourseSession` or `cancelCourseSession`.',
      resolve: (session) => encodeGlobalId('CourseSession', session.id),
    }),
    startsAt: t.field({
      type: 'DateTime',
      description: 'When it starts (UTC; show it in the provider’s `timeZone`).',
      resolve: (session) => session.starts_at,
    }),
    endsAt: t.field({
      type: 'DateTime',
      description: 'When it ends (UTC); never before `startsAt`.',
      resolve: (session) => session.ends_at,
    }),
    placeName: t.exposeString('place_name', {
      nullable: true,
      description: 'The venue, e.g. "Kommunhuset, sal Öresund"; null when not given.',
    }),
    address: t.exposeString('address', {
      nullable: true,
      description: 'Street address of the place; null when not given.',
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The municipality it is held in; null when not given.',
      resolve: (session) => session.municipality_id,
    }),
    onlineUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where to join online; null when it has no online part.',
      resolve: (session) => session.online_url,
    }),
    capacity: t.exposeInt('capacity', {
      nullable: true,
      description: 'How many can take part (at least 1); null when not given.',
    }),
    registrationUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where to register; null when not given.',
      resolve: (session) => session.registration_url,
    }),
    registrationDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The last moment to register (UTC); null when there is none.',
      resolve: (session) => session.registration_deadline,
    }),
    cancelled: t.boolean({
      description: 'True when this session is cancelled; it stays listed so people know.',
      resolve: (session) => session.status === 'cancelled',
    }),
  }),
});
