import { akademiNorrMunicipalities, goteborgsregionenMunicipalities } from './federations.js';
import type { DemoInitiative, MunicipalityRef } from './types.js';

const se = (code: string): MunicipalityRef => ({ country: 'SE', code });
const no = (code: string): MunicipalityRef => ({ country: 'NO', code });

/** Projects and programmes that link federations and municipalities. */
export const demoInitiatives: DemoInitiative[] = [
  {
    slug: 'valfardsteknologi-i-omsorgen',
    federationSlug: 'akademi-norr',
    title: 'Välfärdsteknologi i omsorgen',
    summary:
      'ESF-projekt 2020–2022 som gav omsorgspersonal i tolv inlandskommuner webbkurser i digital ' +
      'kompetens. Målet var 400 deltagare; 1 000 genomförde kurserna.',
    descriptionHtml:
      '<p>Projektet ville stärka den digitala kompetensen hos medarbetare inom äldreomsorg och personlig ' +
      'assistans, så att de lättare hanterar verktygen de använder varje dag. Kurserna låg på en webbaserad ' +
      'plattform och kunde läsas i egen takt.</p>' +
      '<ul><li>Tolv inlandskommuner i fyra län deltog</li>' +
      '<li>Kurser i datakunskap, personcentrerad vård och säker dokumentation</li>' +
      '<li>Nästan nio av tio deltagare har stor nytta av kurserna i arbetet</li></ul>' +
      '<p>Efter projektet beslutade kommunerna att plattformen skulle finnas kvar under 2023.</p>',
    funding: 'Europeiska socialfonden',
    startsOn: '2020-01-01',
    endsOn: '2022-12-31',
    participantGoal: 400,
    participantsReached: 1000,
    language: 'sv',
    partnerFederationSlugs: [],
    municipalities: akademiNorrMunicipalities,
    isDemo: false,
  },
  {
    slug: 'yrkesresan',
    federationSlug: 'goteborgsregionen',
    title: 'Yrkesresan',
    summary:
      'Kompetensutveckling för socialtjänstens medarbetare, framtagen av GR och kommunerna 2017 och ' +
      'numera nationell genom SKR.',
    descriptionHtml:
      '<p>Kommunerna i Göteborgsregionen ville tillsammans minska den höga personalomsättningen i ' +
      'socialtjänsten. GR tog därför fram Yrkesresan, som startade våren 2017 för socialsekreterare inom ' +
      'den sociala barn- och ungdomsvården.</p>' +
      '<p>Upplägget kombinerar digitalt lärande med utbildningsträffar som ordnas regionalt. Numera driver ' +
      'SKR konceptet i hela landet, och omkring 80 procent av landets kommuner deltar. Ett avtal gäller i sju ' +
      'år och omfattar fem yrkesresor; förstudier pågår bland annat för äldreomsorgens utförarverksamhet.</p>',
    startsOn: '2017-03-01',
    language: 'sv',
    partnerFederationSlugs: [],
    municipalities: goteborgsregionenMunicipalities,
    isDemo: false,
  },
  {
    slug: 'halsoagenter-i-skane',
    federationSlug: 'vo-college-skane',
    title: 'HälsoAgenter i Skåne',
    summary:
      'Tolvåringar lär sig om vårdens yrken i workshoppar ledda av ambassadörer och blir själva ' +
      'ambassadörer bland sina kamrater.',
    descriptionHtml:
      '<p>Satsningen ska visa barn och unga hur mycket vård och omsorg rymmer: vilka yrken som finns ' +
      'och vilka utbildningar som leder dit. Ambassadörer förbereds i Modul 5 av ' +
      'ambassadörsutbildningen.</p>' +
      '<p>Kalmar kommun följer arbetet och har varit referensgrupp när utbildningsmaterialet togs fram.</p>',
    startsOn: '2023-01-01',
    participantGoal: 2000,
    participantsReached: 850,
    language: 'sv',
    partnerFederationSlugs: ['vard-och-omsorgscollege'],
    municipalities: [se('1282'), se('1280'), se('1293'), se('1290'), se('0880')],
    isDemo: true,
  },
  {
    slug: 'samspill-med-frivillige',
    federationSlug: 'verdighetsenteret',
    title: 'Samspill med frivillige i helse og omsorg',
    summary:
      'Utvikling og spredning av en modell for hvordan kommunen organiserer samarbeidet med frivillige ' +
      'i eldreomsorgen.',
    descriptionHtml:
      '<p>Verdighetsenteret utviklet samspillsmodellen sammen med to kommuner. Nå prøves den ut i flere ' +
      'kommuner, med verktøy for å kartlegge ressursbruk, barrierer og motivasjon.</p>' +
      '<p>Erfaringene samles og deles gjennom dagskurs og en årlig konferanse.</p>',
    startsOn: '2021-01-01',
    endsOn: '2027-12-31',
    language: 'nb',
    partnerFederationSlugs: [],
    municipalities: [no('4601'), no('5001'), no('3405')],
    isDemo: true,
  },
];
