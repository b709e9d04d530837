import { builder } from './builder.js';

export const CountryEnum = builder.enumType('Country', {
  description: 'ISO 3166-1 alpha-2 code of a country the hub covers.',
  values: { SE: { description: 'Sweden' }, NO: { description: 'Norway' } } as const,
});

export const LanguageEnum = builder.enumType('Language', {
  description: 'BCP 47 tag of the language content is written in.',
  values: {
    sv: { description: 'Swedish' },
    nb: { description: 'Norwegian Bokmål' },
    nn: { description: 'Norwegian Nynorsk' },
    en: { description: 'English' },
    se: { description: 'Northern Sami' },
  } as const,
});

/** The languages the hub's own texts (topic names) are available in. */
export const UiLanguageEnum = builder.enumType('UiLanguage', {
  description: 'A language the hub’s own texts, such as topic names, are available in.',
  values: {
    sv: { description: 'Swedish' },
    nb: { description: 'Norwegian Bokmål' },
    en: { description: 'English' },
  } as const,
});

export const FederationKindEnum = builder.enumType('FederationKind', {
  description: 'What sort of organisation a federation is.',
  values: {
    VO_COLLEGE: { value: 'vo_college', description: 'A Vård- och omsorgscollege (national or regional).' },
    MUNICIPAL_ASSOCIATION: {
      value: 'municipal_association',
      description: 'A kommunalförbund or regional council of municipalities.',
    },
    NETWORK: { value: 'network', description: 'A network or academy of municipalities.' },
    NATIONAL_CENTRE: { value: 'national_centre', description: 'A national competence centre.' },
    OTHER: { value: 'other', description: 'Any other kind of organisation.' },
  } as const,
});

export const CourseFormatEnum = builder.enumType('CourseFormat', {
  description: 'How a course is given.',
  values: {
    DIGITAL: { value: 'digital', description: 'Live, online.' },
    ON_SITE: { value: 'on_site', description: 'In a room, at a place.' },
    BLENDED: { value: 'blended', description: 'Both online and on site.' },
    SELF_PACED: { value: 'self_paced', description: 'Online, at the learner’s own pace.' },
  } as const,
});
