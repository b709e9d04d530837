import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TYPENAME = /^[A-Z][A-Za-z]*$/;
export const MAX_NODES = 100;

export interface GlobalId {
  typename: string;
  id: string;
}

const notAnId = (argument: string, value: string) =>
  badInput(argument, `"${value.slice(0, 100)}" is not a valid ID; use an id this API returned.`);

/** Opaque ids: base64url of "Type:uuid", so a client never builds or parses one. */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): GlobalId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 1 || !TYPENAME.test(typename) || !UUID.test(id) || encodeGlobalId(typename, id) !== globalId) {
    throw notAnId('id', globalId);
  }
  return { typename, id };
}

/** Only ids of types that implement Node can be looked up; anything else is the caller's mistake. */
function checkNodeType(argument: string, globalId: GlobalId, info: GraphQLResolveInfo): void {
  const type = info.schema.getType(globalId.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((implemented) => implemented.name === 'Node')) {
    throw notAnId(argument, encodeGlobalId(globalId.typename, globalId.id));
  }
}

export function resolveNode(
  args: { id: GlobalId },
  info: GraphQLResolveInfo,
  load: (id: GlobalId) => unknown,
): unknown {
  checkNodeType('id', args.id, info);
  return load(args.id);
}

export function resolveNodes(
  args: { ids: GlobalId[] },
  info: GraphQLResolveInfo,
  load: (ids: GlobalId[]) => Promise<unknown[]>,
): Promise<unknown[]> {
  if (args.ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids at a time, got ${args.ids.length}.`);
  for (const id of args.ids) checkNodeType('ids', id, info);
  return load(args.ids);
}
