// What the mutations of editable content (news, events, courses, contacts) have alike: they answer
// as `result`, with the item as `data` on success and typed problems otherwise.

/** A problem with a code and a message, maybe naming the field of the input it is about. */
export const INPUT_PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';

/** The problems of a change to a saved item: those of `INPUT_PROBLEM`, or a conflict with their version as `current`. */
export function changeProblems(conflict: string, fields: string): string {
  return `${INPUT_PROBLEM} ... on ${conflict} { current { ${fields} } }`;
}

/** The variables of a change to a saved item: which one, and the revision the change is based on. */
export const BASED_ON = { id: 'ID!', basedOn: 'Int!' } as const;

/** What a result selects: the item's fields on success (`{Field}Success`), and the problems. */
export interface ResultSelection {
  fields: string;
  problems: string;
}

/** `mutation {operation}(variables) { result: {field}(…) { … } }`, each variable passed on as the argument of its name. */
export function resultMutation(
  operation: string,
  field: string,
  variables: Record<string, string>,
  selection: ResultSelection,
): string {
  const parameters = Object.entries(variables).map(([name, type]) => `$${name}: ${type}`);
  const argumentList = Object.keys(variables).map((name) => `${name}: $${name}`);
  const success = `${field[0]?.toUpperCase()}${field.slice(1)}Success`;
  return `mutation ${operation}(${parameters.join(', ')}) {
  result: ${field}(${argumentList.join(', ')}) {
    __typename ... on ${success} { data { ${selection.fields} } } ${selection.problems}
  }
}`;
}

/**
 * The documents every kind of editable content has alike, by the schema's names for its type ("Event"):
 * a draft created in a federation, and an update, a restore and each publishing step based on a revision.
 */
export function contentDocuments<Step extends string>(
  type: string,
  fields: string,
  conflict = `${type}RevisionConflict`,
) {
  const changed = { fields, problems: changeProblems(conflict, fields) };
  const input = `${type}Input!`;
  return {
    create: resultMutation(
      `NewsroomCreate${type}`,
      `create${type}Draft`,
      { federation: 'String!', input },
      { fields, problems: INPUT_PROBLEM },
    ),
    update: resultMutation(`NewsroomUpdate${type}`, `update${type}`, { ...BASED_ON, input }, changed),
    restore: resultMutation(
      `NewsroomRestore${type}`,
      `restore${type}Revision`,
      { ...BASED_ON, revision: 'Int!' },
      changed,
    ),
    transition: (step: Step) => resultMutation(`Newsroom${type}Transition`, step, BASED_ON, changed),
    /** What the kind's other changes of a saved item select. */
    changed,
  };
}
