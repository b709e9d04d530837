import type { DemoTopic } from './types.js';

/** Shared topic vocabulary; news, courses and events refer to these slugs. */
export const demoTopics: DemoTopic[] = [
  { slug: 'kompetensforsorjning', sv: 'Kompetensförsörjning', nb: 'Kompetanseforsyning', en: 'Skills supply' },
  { slug: 'valfardsteknologi', sv: 'Välfärdsteknologi', nb: 'Velferdsteknologi', en: 'Welfare technology' },
  { slug: 'aldreomsorg', sv: 'Äldreomsorg', nb: 'Eldreomsorg', en: 'Elderly care' },
  { slug: 'rekrytering', sv: 'Rekrytering', nb: 'Rekruttering', en: 'Recruitment' },
  { slug: 'frivillighet', sv: 'Frivillighet', nb: 'Frivillighet', en: 'Volunteering' },
  { slug: 'utbildning', sv: 'Utbildning', nb: 'Utdanning', en: 'Education and training' },
  { slug: 'socialtjanst', sv: 'Socialtjänst', nb: 'Sosialtjeneste', en: 'Social services' },
  { slug: 'folkhalsa', sv: 'Folkhälsa', nb: 'Folkehelse', en: 'Public health' },
  { slug: 'digitalisering', sv: 'Digitalisering', nb: 'Digitalisering', en: 'Digitalisation' },
  { slug: 'ledarskap', sv: 'Ledarskap', nb: 'Ledelse', en: 'Leadership' },
  { slug: 'barn-och-unga', sv: 'Barn och unga', nb: 'Barn og unge', en: 'Children and young people' },
];
