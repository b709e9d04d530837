import type { ApolloServerPlugin } from '@apollo/server';
import { checkQueryLimits } from '@samverka/schema/query-limits';

/** Refuses a too deep or too costly operation after parsing and validation, before any resolver runs. */
export const queryLimitsPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, contextValue, schema }) {
        const refusal = checkQueryLimits(schema, document, {
          variables: request.variables,
          operationName: request.operationName,
          context: contextValue,
        });
        if (refusal) throw refusal;
      },
    };
  },
};
