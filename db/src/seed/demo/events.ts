import type { DemoEvent, MunicipalityRef } from './types.js';

const se = (code: string): MunicipalityRef => ({ country: 'SE', code });
const no = (code: string): MunicipalityRef => ({ country: 'NO', code });

/** Conferences and meetings. Only the dissemination conference in Hässleholm is a known fact. */
export const demoEvents: DemoEvent[] = [
  {
    slug: 'spridningskonferens-hassleholm-2023',
    federationSlug: 'vo-college-skane',
    title: 'Spridningskonferens om ambassadörer och HälsoAgenter',
    summary:
      'En dag i Hässleholm där kommuner, skolor och ambassadörer delar vad arbetet med ambassadörer ' +
      'och HälsoAgenter har gett.',
    descriptionHtml:
      '<p>Konferensen samlar dem som arbetar med att locka fler unga till vård och omsorg. Ambassadörer ' +
      'och skolor berättar om sina erfarenheter av HälsoAgenterna, och kommunerna diskuterar hur arbetet ' +
      'kan fortsätta.</p>' +
      '<p>Programmet varvar korta föredrag med samtal i mindre grupper.</p>',
    startsAt: '2023-12-14T09:00:00+01:00',
    endsAt: '2023-12-14T16:00:00+01:00',
    municipality: se('1293'),
    registrationUrl: 'https://vo-college-skane.example/anmalan/spridningskonferens-2023',
    registrationDeadline: '2023-12-04T23:59:00+01:00',
    language: 'sv',
    topics: ['rekrytering', 'barn-och-unga', 'kompetensforsorjning'],
    contactKey: 'skane-kommunikation',
    isDemo: false,
  },
  {
    slug: 'inspirationstraff-halsoagenter-2027',
    federationSlug: 'vo-college-skane',
    title: 'Inspirationsträff för skolor om HälsoAgenter',
    summary: 'Eftermiddag för rektorer och lärare i årskurs 6 som vill ta emot HälsoAgenter.',
    descriptionHtml:
      '<p>Ambassadörer visar hur en workshop med HälsoAgenterna går till och svarar på frågor om ' +
      'upplägg, tid och förberedelser. Skolor från alla kommuner i Skåne är välkomna.</p>',
    startsAt: '2027-04-27T13:00:00+02:00',
    endsAt: '2027-04-27T16:00:00+02:00',
    placeName: 'Kulturkvarteret, hörsalen',
    municipality: se('1290'),
    registrationUrl: 'https://vo-college-skane.example/anmalan/inspirationstraff-2027',
    registrationDeadline: '2027-04-16T23:59:00+02:00',
    language: 'sv',
    topics: ['barn-och-unga', 'folkhalsa'],
    contactKey: 'skane-ambassadorer',
    isDemo: true,
  },
  {
    slug: 'nationell-konferens-vo-college-2025',
    federationSlug: 'vard-och-omsorgscollege',
    title: 'Nationell konferens för Vård- och omsorgscollege 2025',
    summary: 'Två dagar för regionala college, arbetsgivare och utbildningsanordnare från hela landet.',
    descriptionHtml:
      '<p>Årets konferens handlar om hur kommuner och regioner kan behålla medarbetare i vård och omsorg. ' +
      'Regionala college presenterar exempel och deltagarna arbetar i workshoppar.</p>',
    startsAt: '2025-10-08T10:00:00+02:00',
    endsAt: '2025-10-09T15:00:00+02:00',
    placeName: 'Konferenscenter i city',
    municipality: se('0180'),
    registrationUrl: 'https://vo-college.example/konferens-2025',
    registrationDeadline: '2025-09-19T23:59:00+02:00',
    language: 'sv',
    topics: ['kompetensforsorjning', 'utbildning'],
    contactKey: 'vo-nationell-samordnare',
    isDemo: true,
  },
  {
    slug: 'yrkesresan-erfarenhetsdag-2024',
    federationSlug: 'goteborgsregionen',
    title: 'Erfarenhetsdag: ett år med Yrkesresan',
    summary: 'Chefer och medarbetare inom socialtjänsten delar vad Yrkesresan har betytt för introduktionen.',
    descriptionHtml:
      '<p>Socialsekreterare och enhetschefer från flera kommuner berättar hur Yrkesresan används i ' +
      'introduktionen av nya medarbetare och vad den har betytt för att behålla personal.</p>',
    startsAt: '2024-11-14T09:00:00+01:00',
    endsAt: '2024-11-14T12:00:00+01:00',
    placeName: 'Stadshuset, sal Fässberg',
    municipality: se('1481'),
    registrationUrl: 'https://goteborgsregionen.example/anmalan/yrkesresan-2024',
    registrationDeadline: '2024-11-07T23:59:00+01:00',
    language: 'sv',
    topics: ['socialtjanst', 'utbildning', 'ledarskap'],
    contactKey: 'gr-yrkesresan',
    isDemo: true,
  },
  {
    slug: 'branschradet-aldreomsorg-februari-2027',
    federationSlug: 'goteborgsregionen',
    title: 'Branschrådet för äldreomsorgen: strategin i praktiken',
    summary: 'Öppet möte där kommunerna presenterar sina handlingsplaner för kompetensförsörjning.',
    descriptionHtml:
      '<p>Varje medlemskommun visar hur den omsätter den gemensamma strategin i sin egen verksamhet. ' +
      'Mötet är öppet för chefer, HR och fackliga företrädare.</p>',
    startsAt: '2027-02-10T13:00:00+01:00',
    endsAt: '2027-02-10T16:30:00+01:00',
    placeName: 'GR:s lokaler, konferensrum Älvsborg',
    municipality: se('1480'),
    onlineUrl: 'https://mote.goteborgsregionen.example/branschradet-2027',
    registrationUrl: 'https://goteborgsregionen.example/anmalan/branschradet-2027',
    registrationDeadline: '2027-02-03T23:59:00+01:00',
    language: 'sv',
    topics: ['aldreomsorg', 'kompetensforsorjning', 'rekrytering'],
    contactKey: 'gr-aldreomsorg',
    isDemo: true,
  },
  {
    slug: 'natverksdag-digital-kompetens-inlandet-2027',
    federationSlug: 'akademi-norr',
    title: 'Nätverksdag om digital kompetens i omsorgen',
    summary: 'Digital träff för chefer i inlandskommunerna om hur webbkurserna används i introduktionen.',
    descriptionHtml:
      '<p>Chefer inom äldreomsorg och funktionsstöd delar hur de använder kurserna för nyanställda och ' +
      'hur de ger personalen tid att läsa.</p>' +
      '<p>Träffen hålls digitalt så att ingen behöver resa.</p>',
    startsAt: '2027-03-17T09:00:00+01:00',
    endsAt: '2027-03-17T11:30:00+01:00',
    onlineUrl: 'https://mote.akademi-norr.example/natverksdag-2027',
    registrationUrl: 'https://akademi-norr.example/anmalan/natverksdag-2027',
    registrationDeadline: '2027-03-10T23:59:00+01:00',
    language: 'sv',
    topics: ['digitalisering', 'ledarskap', 'aldreomsorg'],
    contactKey: 'akademi-norr-verksamhet',
    isDemo: true,
  },
  {
    slug: 'frivillighetskonferansen-2027',
    federationSlug: 'verdighetsenteret',
    title: 'Frivillighetskonferansen 2027',
    summary: 'Nasjonal konferanse om samspill mellom kommunen og frivillige i eldreomsorgen.',
    descriptionHtml:
      '<p>Kommuner som har tatt i bruk samspillsmodellen deler erfaringer, og forskere presenterer ny ' +
      'kunnskap om frivillighet og folkehelse blant eldre.</p>',
    startsAt: '2027-04-21T09:30:00+02:00',
    endsAt: '2027-04-21T16:00:00+02:00',
    placeName: 'Konferansesenter i sentrum',
    municipality: no('4601'),
    registrationUrl: 'https://verdighetsenteret.example/pamelding/konferanse-2027',
    registrationDeadline: '2027-04-07T23:59:00+02:00',
    language: 'nb',
    topics: ['frivillighet', 'aldreomsorg', 'folkhalsa'],
    contactKey: 'verdighet-kommunikasjon',
    isDemo: true,
  },
];
