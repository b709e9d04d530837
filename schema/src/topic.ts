import { listTopics, type Topic } from '@samverka/db/topics';
import { builder } from './builder.js';
import { UiLanguageEnum } from './enums.js';

export const TopicRef = builder.objectRef<Topic>('Topic').implement({
  description: 'A subject that news, courses and events are tagged with, named in every hub language.',
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Its unique key, for topic filters, e.g. "rekrytering" or "kompetensforsorjning".',
    }),
    name: t.string({
      description:
        'Its name in the language asked for, e.g. "Äldreomsorg" (sv), "Eldreomsorg" (nb), "Elderly care" (en).',
      args: {
        language: t.arg({
          type: UiLanguageEnum,
          defaultValue: 'sv',
          description: 'The language of the name; Swedish when left out.',
        }),
      },
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
