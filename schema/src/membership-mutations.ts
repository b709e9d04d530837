import { recordAudit } from '@samverka/db/audit-log';
import type { Federation } from '@samverka/db/federations';
import { joinFederation, leaveFederation } from '@samverka/db/membership-changes';
import type { Membership } from '@samverka/db/memberships';
import { findMunicipalitiesByCode, type Municipality } from '@samverka/db/municipalities';
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { actorId, adminsOf, federationBySlug } from './federation-admin.js';
import { parseMunicipalityCode } from './inputs.js';
import { MembershipRef } from './membership.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

/** The one municipality a code names; anything else is an InputProblem on `municipality`. */
async function municipalityByCode(ctx: Context, code: string): Promise<Municipality> {
  let key: ReturnType<typeof parseMunicipalityCode>;
  try {
    key = parseMunicipalityCode('municipality', code);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new InputProblem(
      'municipality',
      'INVALID_MUNICIPALITY_CODE',
      'Write four digits such as "1262", or "NO-1860".',
    );
  }
  const found = key ? await findMunicipalitiesByCode(ctx.db, key) : [];
  if (found.length > 1) {
    throw new InputProblem(
      'municipality',
      'AMBIGUOUS_MUNICIPALITY',
      `Code ${code} exists in Sweden and Norway; write SE-${key?.code} or NO-${key?.code}.`,
    );
  }
  const [municipality] = found;
  if (!municipality) {
    throw new InputProblem(
      'municipality',
      'UNKNOWN_MUNICIPALITY',
      `There is no municipality with code ${code.slice(0, 20)}.`,
    );
  }
  return municipality;
}

async function audit(
  ctx: Context,
  tx: Context['db'],
  action: string,
  federation: Federation,
  municipality: Municipality,
  membership: Membership,
): Promise<void> {
  await recordAudit(tx, {
    actorId: actorId(ctx),
    action,
    subjectType: 'membership',
    subjectId: membership.id,
    federationId: federation.id,
    details: {
      municipality: `${municipality.country}-${municipality.code}`,
      joinedOn: membership.joined_on,
      leftOn: membership.left_on,
    },
  });
}

builder.mutationFields((t) => ({
  joinFederation: t.field({
    type: MembershipRef,
    description:
      'Records that a municipality became a member on a day; earlier periods stay in the history. For the federation’s admins and platform admins.',
    errors: problemsOf('JoinFederation', [InputProblem, NotFoundProblem], 'the new membership'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      municipality: t.arg.string({ required: true, description: 'The municipality’s code, e.g. "1262" or "NO-1860".' }),
      joinedOn: t.arg({ type: 'Date', required: true, description: 'The first day of membership.' }),
    },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const municipality = await municipalityByCode(ctx, args.municipality);
      return ctx.db.transaction().execute(async (tx) => {
        const outcome = await joinFederation(tx, federation.id, municipality.id, args.joinedOn);
        if (outcome.kind === 'overlap') {
          const { joined_on: from, left_on: to } = outcome.existing;
          throw new InputProblem(
            'joinedOn',
            'MEMBERSHIP_OVERLAP',
            `${municipality.name} is a member from ${from}${to ? ` until ${to}` : ''}; choose a day outside that period, or record that it left first.`,
          );
        }
        await audit(ctx, tx, 'membership.joined', federation, municipality, outcome.membership);
        return outcome.membership;
      });
    },
  }),
  leaveFederation: t.field({
    type: MembershipRef,
    description:
      'Records that a municipality left: its open membership ends on a day and is kept as history. For the federation’s admins and platform admins.',
    errors: problemsOf('LeaveFederation', [InputProblem, NotFoundProblem], 'the ended membership'),
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      municipality: t.arg.string({ required: true, description: 'The municipality’s code, e.g. "1262" or "NO-1860".' }),
      leftOn: t.arg({
        type: 'Date',
        required: true,
        description: 'The first day it is no longer a member; not before it joined. May lie in the future.',
      }),
    },
    authScopes: (_root, args, ctx) => adminsOf(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const municipality = await municipalityByCode(ctx, args.municipality);
      return ctx.db.transaction().execute(async (tx) => {
        const outcome = await leaveFederation(tx, federation.id, municipality.id, args.leftOn);
        if (outcome.kind === 'not_a_member') {
          throw new InputProblem(
            'municipality',
            'NOT_A_MEMBER',
            `${municipality.name} has no open membership of ${federation.name} to end.`,
          );
        }
        if (outcome.kind === 'before_joined') {
          throw new InputProblem(
            'leftOn',
            'LEFT_BEFORE_JOINED',
            `${municipality.name} joined on ${outcome.open.joined_on}; choose that day or a later one.`,
          );
        }
        await audit(ctx, tx, 'membership.left', federation, municipality, outcome.membership);
        return outcome.membership;
      });
    },
  }),
}));
