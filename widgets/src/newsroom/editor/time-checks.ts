import type { Strings } from '../i18n/en.js';
import type { FieldErrors } from './field-errors.js';
import { isLocalTime } from './time-zone.js';

/**
 * The problems of wall-clock time fields before they are read in the federation's zone, by field
 * (under `prefix`): a required one left empty, and any that is no whole date and time.
 */
export function timeErrors(
  strings: Strings,
  times: Record<string, string>,
  required: readonly string[],
  prefix = '',
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(times)) {
    if (!value && required.includes(field)) errors[`${prefix}${field}`] = strings.required;
    else if (value && !isLocalTime(value)) errors[`${prefix}${field}`] = strings.invalidTime;
  }
  return errors;
}
