import { GraphQLScalarType } from 'graphql';
import {
  DateTimeResolver,
  EmailAddressResolver,
  JSONObjectResolver,
  LocalDateResolver,
  URLResolver,
} from 'graphql-scalars';
import { builder } from './builder.js';

// A calendar day ("2023-05-15") stays a string end to end: no time zone can shift it.
builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    name: 'Date',
    description: 'A calendar day in ISO 8601 form, e.g. 2023-05-15.',
  }),
);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('URL', URLResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
