import type { DemoFederation, MunicipalityRef } from './types.js';

const se = (code: string): MunicipalityRef => ({ country: 'SE', code });
const no = (code: string): MunicipalityRef => ({ country: 'NO', code });

/**
 * The 30 Skåne municipalities that are members of VO-College Skåne, with the date each joined.
 * That 30 of 33 belong and that Lomma joined in 2023 are known; which three stay outside
 * (here Vellinge 1233, Östra Göinge 1256 and Båstad 1278) and the earlier dates are invented.
 */
const voCollegeSkaneJoinDates: Array<[code: string, joinedOn: string]> = [
  ['1280', '2014-09-01'], // Malmö
  ['1281', '2014-09-01'], // Lund
  ['1283', '2014-09-01'], // Helsingborg
  ['1290', '2014-09-01'], // Kristianstad
  ['1293', '2014-09-01'], // Hässleholm
  ['1282', '2014-09-01'], // Landskrona
  ['1285', '2015-01-15'], // Eslöv
  ['1286', '2015-01-15'], // Ystad
  ['1287', '2015-01-15'], // Trelleborg
  ['1292', '2015-01-15'], // Ängelholm
  ['1284', '2015-06-01'], // Höganäs
  ['1261', '2015-06-01'], // Kävlinge
  ['1230', '2016-02-01'], // Staffanstorp
  ['1231', '2016-02-01'], // Burlöv
  ['1263', '2016-02-01'], // Svedala
  ['1214', '2016-09-01'], // Svalöv
  ['1260', '2016-09-01'], // Bjuv
  ['1277', '2016-09-01'], // Åstorp
  ['1276', '2017-03-01'], // Klippan
  ['1257', '2017-03-01'], // Örkelljunga
  ['1275', '2017-03-01'], // Perstorp
  ['1264', '2018-01-15'], // Skurup
  ['1265', '2018-01-15'], // Sjöbo
  ['1270', '2018-01-15'], // Tomelilla
  ['1291', '2018-09-01'], // Simrishamn
  ['1266', '2019-02-01'], // Hörby
  ['1267', '2019-02-01'], // Höör
  ['1272', '2020-09-01'], // Bromölla
  ['1273', '2021-03-01'], // Osby
  ['1262', '2023-05-15'], // Lomma
];

export const voCollegeSkaneMunicipalities: MunicipalityRef[] = voCollegeSkaneJoinDates.map(([code]) => se(code));

/** The 13 member municipalities of Göteborgsregionen (Kungsbacka lies in Halland, the rest in Västra Götaland). */
export const goteborgsregionenMunicipalities: MunicipalityRef[] = [
  se('1440'), // Ale
  se('1489'), // Alingsås
  se('1480'), // Göteborg
  se('1401'), // Härryda
  se('1384'), // Kungsbacka
  se('1482'), // Kungälv
  se('1441'), // Lerum
  se('1462'), // Lilla Edet
  se('1481'), // Mölndal
  se('1402'), // Partille
  se('1415'), // Stenungsund
  se('1419'), // Tjörn
  se('1407'), // Öckerö
];

/** The twelve inland municipalities of Akademi Norr's project "Välfärdsteknologi i omsorgen". */
export const akademiNorrMunicipalities: MunicipalityRef[] = [
  se('2506'), // Arjeplog
  se('2505'), // Arvidsjaur
  se('2425'), // Dorotea
  se('2282'), // Kramfors
  se('2481'), // Lycksele
  se('2417'), // Norsjö
  se('2283'), // Sollefteå
  se('2422'), // Sorsele
  se('2421'), // Storuman
  se('2313'), // Strömsund
  se('2462'), // Vilhelmina
  se('2463'), // Åsele
];

/** Norwegian municipalities shown as Verdighetsenteret's partners; invented for the demo. */
const verdighetsenteretPartners: Array<[code: string, joinedOn: string]> = [
  ['4601', '2019-01-01'], // Bergen
  ['5001', '2021-08-15'], // Trondheim
  ['3405', '2022-03-01'], // Lillehammer
  ['1804', '2024-01-10'], // Bodø
];

export const verdighetsenteretMunicipalities: MunicipalityRef[] = verdighetsenteretPartners.map(([code]) => no(code));

export const demoFederations: DemoFederation[] = [
  {
    slug: 'vard-och-omsorgscollege',
    name: 'Vård- och omsorgscollege',
    shortName: 'VO-College',
    kind: 'vo_college',
    country: 'SE',
    regionName: 'Sverige',
    regionCountyCodes: [],
    description:
      'Den nationella föreningen för Vård- och omsorgscollege samordnar de regionala collegen i landet. ' +
      'Arbetsgivare, utbildningsanordnare och fackliga organisationer samarbetar här om utbildningar ' +
      'inom vård och omsorg som leder till jobb och ger möjlighet att växa i yrket.',
    website: 'https://vo-college.se/',
    socialLinks: [],
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
    isDemo: false,
    members: [],
  },
  {
    slug: 'vo-college-skane',
    name: 'Vård- och omsorgscollege Skåne',
    shortName: 'VO-College Skåne',
    kind: 'vo_college',
    country: 'SE',
    regionName: 'Skåne',
    regionCountyCodes: ['12'],
    description:
      'Det regionala Vård- och omsorgscollege i Skåne, där kommuner, regionen, skolor och fack tillsammans ' +
      'arbetar för att fler ska välja och stanna i yrken inom vård och omsorg. Nästan alla kommuner i länet ' +
      'är med, och collegets ambassadörer besöker skolor för att väcka ungas intresse för branschen.',
    socialLinks: [
      { kind: 'instagram', url: 'https://www.instagram.com/vocollegeskane/' },
      { kind: 'facebook', url: 'https://www.facebook.com/vocollegeskane' },
    ],
    parentSlug: 'vard-och-omsorgscollege',
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
    isDemo: true,
    members: voCollegeSkaneJoinDates.map(([code, joinedOn]) => ({ ...se(code), joinedOn })),
  },
  {
    slug: 'goteborgsregionen',
    name: 'Göteborgsregionen',
    shortName: 'GR',
    kind: 'municipal_association',
    country: 'SE',
    regionName: 'Göteborgsregionen',
    regionCountyCodes: [],
    description:
      'Kommunalförbundet där tretton kommuner i och kring Göteborg samarbetar. Förbundet driver ' +
      'utvecklingsprojekt, forskar, ordnar utbildningar och samlar politiker och tjänstepersoner i nätverk ' +
      'för att regionens invånare ska få ett bättre liv.',
    website: 'https://goteborgsregionen.se/',
    socialLinks: [
      { kind: 'facebook', url: 'https://www.facebook.com/goteborgsregionen' },
      { kind: 'linkedin', url: 'https://www.linkedin.com/company/goteborgsregionen' },
      { kind: 'youtube', url: 'https://www.youtube.com/@goteborgsregionen' },
      { kind: 'rss', url: 'https://goteborgsregionen.se/rss' },
    ],
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
    isDemo: false,
    // The dates are placeholders: the members are known, the day each joined is not.
    members: goteborgsregionenMunicipalities.map((ref) => ({ ...ref, joinedOn: '1995-01-01' })),
  },
  {
    slug: 'akademi-norr',
    name: 'Akademi Norr',
    kind: 'network',
    country: 'SE',
    regionName: 'Norrlands inland',
    regionCountyCodes: ['22', '23', '24', '25'],
    description:
      'Ett samarbete mellan inlandskommuner i norra och mellersta Sverige som gör utbildning och ' +
      'kompetensutveckling tillgänglig där avstånden är långa. Akademi Norr har bland annat drivit ett ' +
      'ESF-projekt med digitala kurser för omsorgspersonal.',
    website: 'https://www.akademinorr.se/',
    socialLinks: [],
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
    isDemo: false,
    // The dates are placeholders: the twelve took part in the project from its start in 2020.
    members: akademiNorrMunicipalities.map((ref) => ({ ...ref, joinedOn: '2020-01-01' })),
  },
  {
    slug: 'verdighetsenteret',
    name: 'Verdighetsenteret',
    kind: 'national_centre',
    country: 'NO',
    regionName: 'Norge',
    regionCountyCodes: [],
    description:
      'Et nasjonalt kompetansesenter for verdig eldreomsorg. Senteret utvikler kurs, verktøy og modeller, ' +
      'blant annet for hvordan kommuner kan organisere samarbeidet med frivillige i helse- og omsorgstjenestene.',
    website: 'https://www.verdighetsenteret.no/',
    socialLinks: [],
    timeZone: 'Europe/Oslo',
    defaultLanguage: 'nb',
    isDemo: true,
    members: verdighetsenteretPartners.map(([code, joinedOn]) => ({ ...no(code), joinedOn })),
  },
];
