import type { ArgBuilder } from '@pothos/core';
import { recordAudit } from '@samverka/db/audit-log';
import { insertTopic, renameTopic, type TopicNames } from '@samverka/db/topics';
import { type BuilderTypes, builder } from './builder.js';
import { actorId } from './federation-admin.js';
import { isSlug } from './inputs.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';
import { TopicRef } from './topic.js';

function nameArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    nameSv: arg.string({ required: true, description: 'The name in Swedish: 1 to 100 characters.' }),
    nameNb: arg.string({ required: true, description: 'The name in Norwegian Bokmål: 1 to 100 characters.' }),
    nameEn: arg.string({ required: true, description: 'The name in English: 1 to 100 characters.' }),
  };
}

function checkNames(args: { nameSv: string; nameNb: string; nameEn: string }): TopicNames {
  const name = (field: string, value: string): string => {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 100) {
      throw new InputProblem(field, 'INVALID_LENGTH', 'Write a name of 1 to 100 characters.');
    }
    return trimmed;
  };
  return {
    name_sv: name('nameSv', args.nameSv),
    name_nb: name('nameNb', args.nameNb),
    name_en: name('nameEn', args.nameEn),
  };
}

builder.mutationFields((t) => ({
  createTopic: t.field({
    type: TopicRef,
    description: 'Adds a topic that every federation can tag its news, courses and events with. For platform admins.',
    authScopes: { platformAdmin: true },
    errors: problemsOf('CreateTopic', [InputProblem], 'the new topic'),
    args: {
      slug: t.arg.string({
        required: true,
        description: 'Its unique key: lower-case words joined by hyphens, e.g. "kompetensforsorjning".',
      }),
      ...nameArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      if (!isSlug(args.slug)) {
        throw new InputProblem(
          'slug',
          'INVALID_SLUG',
          'Use lower-case letters and digits joined by hyphens, e.g. "arbetsmiljo".',
        );
      }
      const names = checkNames(args);
      const topic = await ctx.db.transaction().execute(async (tx) => {
        const created = await insertTopic(tx, args.slug, names);
        if (created) {
          await recordAudit(tx, {
            actorId: actorId(ctx),
            action: 'topic.created',
            subjectType: 'topic',
            subjectId: created.id,
            federationId: null,
            details: { slug: created.slug, ...names },
          });
        }
        return created;
      });
      if (!topic)
        throw new InputProblem('slug', 'TOPIC_EXISTS', `There is a topic "${args.slug}" already; rename it instead.`);
      return topic;
    },
  }),
  renameTopic: t.field({
    type: TopicRef,
    description: 'Gives a topic new names; its slug, and so every link and filter, stays. For platform admins.',
    authScopes: { platformAdmin: true },
    errors: problemsOf('RenameTopic', [InputProblem, NotFoundProblem], 'the renamed topic'),
    args: {
      slug: t.arg.string({ required: true, description: 'The topic’s slug.' }),
      ...nameArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const names = checkNames(args);
      const renamed = await ctx.db.transaction().execute(async (tx) => {
        const result = await renameTopic(tx, args.slug, names);
        if (!result) return undefined;
        const { before, after } = result;
        await recordAudit(tx, {
          actorId: actorId(ctx),
          action: 'topic.renamed',
          subjectType: 'topic',
          subjectId: after.id,
          federationId: null,
          details: {
            slug: after.slug,
            before: { name_sv: before.name_sv, name_nb: before.name_nb, name_en: before.name_en },
            after: names,
          },
        });
        return after;
      });
      if (!renamed) throw new NotFoundProblem('topic', `There is no topic "${args.slug.slice(0, 100)}".`);
      return renamed;
    },
  }),
}));
