import type { ContactContent } from '@samverka/db/contact-editing';
import type { Country } from '@samverka/db/tables/common';
import { EmailAddressResolver } from 'graphql-scalars';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { builder } from './builder.js';
import { checkText } from './content-input.js';
import { LanguageEnum } from './enums.js';
import { InputProblem } from './problems.js';

export const ContactInput = builder.inputType('ContactInput', {
  description:
    'A work role’s public details, and nothing private (GDPR): a role address or switchboard number is best.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The person’s name: 1 to 200 characters.' }),
    title: t.string({ required: true, description: 'The role, e.g. "Kommunikationschef": 1 to 200 characters.' }),
    email: t.string({ description: 'The address the role makes public, e.g. "kommunikation@example.se".' }),
    phone: t.string({
      description: 'The number the role makes public; national ("040-628 04 12") or international ("+46 …").',
    }),
    language: t.field({ type: LanguageEnum, required: true, description: 'The language the title is written in.' }),
  }),
});

export type ContactInputValue = typeof ContactInput.$inferInput;

function checkEmail(value: string | null | undefined): string | null {
  const email = value?.trim();
  if (!email) return null;
  try {
    if (email.length > 254) throw new Error('too long');
    return EmailAddressResolver.parseValue(email) as string;
  } catch {
    throw new InputProblem('email', 'INVALID_EMAIL', 'Give an e-mail address such as "kommunikation@example.se".');
  }
}

/** Stored in international form, e.g. "+46 40 628 04 12", so readers abroad can call too. */
function checkPhone(value: string | null | undefined, country: Country): string | null {
  const phone = value?.trim();
  if (!phone) return null;
  const parsed = phone.length <= 40 ? parsePhoneNumberFromString(phone, country) : undefined;
  if (!parsed?.isValid()) {
    throw new InputProblem(
      'phone',
      'INVALID_PHONE',
      `Give a phone number valid in ${country === 'SE' ? 'Sweden' : 'Norway'}, or one starting with + and a country code.`,
    );
  }
  return parsed.formatInternational();
}

/** Checks a contact as written; `country` is where national numbers belong. */
export function toContactContent(input: ContactInputValue, country: Country): ContactContent {
  return {
    name: checkText('name', input.name, 200, true),
    roleTitle: checkText('title', input.title, 200, true),
    email: checkEmail(input.email),
    phone: checkPhone(input.phone, country),
    language: input.language,
  };
}
