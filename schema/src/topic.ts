import { listTopics, type Topic } from '@samverka/db/topics';
import { builder } from './builder.js';
import { UiLanguageEnum } from './enums.js';

export const TopicRef = builder.objectRef<Topic>('Topic').implement({
  description: 'A subject that news, courses and events are tagged with, named in every hub language.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.string({
      args: { language: t.arg({ type: UiLanguageEnum, defaultValue: 'sv' }) },
      resolve: (topic, { language }) => ({ sv: topic.name_sv, nb: topic.name_nb, en: topic.name_en })[language ?? 'sv'],
    }),
  }),
});

builder.queryField('topics', (t) =>
  t.field({
    type: [TopicRef],
    description: 'Every topic, by slug.',
    resolve: (_root, _args, ctx) => listTopics(ctx.db),
  }),
);
