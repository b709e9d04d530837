import {
  akademiNorrMunicipalities,
  goteborgsregionenMunicipalities,
  voCollegeSkaneMunicipalities,
} from './federations.js';
import type { DemoCourse, MunicipalityRef } from './types.js';

const se = (code: string): MunicipalityRef => ({ country: 'SE', code });
const no = (code: string): MunicipalityRef => ({ country: 'NO', code });

const skaneAudiences = ['Undersköterskor', 'Vårdbiträden', 'Personliga assistenter', 'Stödassistenter'];

/**
 * Training offers. Sessions before 2026-11-23 lie in the past; every provider has at least one in 2027.
 * The structure of Modul 5 and of the Verdighetsenteret day course comes from the source documents;
 * the contents of modules 1–4, all places, capacities and prices are invented.
 */
export const demoCourses: DemoCourse[] = [
  // Vård- och omsorgscollege Skåne: the ambassador training
  {
    slug: 'ambassadorsutbildning-modul-1',
    federationSlug: 'vo-college-skane',
    title: 'Ambassadörsutbildning, modul 1: Uppdraget som ambassadör',
    summary: 'Första steget för den som vill representera sitt yrke inom vård och omsorg.',
    descriptionHtml:
      '<p>Modulen går igenom vad en vård- och omsorgsambassadör gör, vilka uppdrag som kan komma och hur ' +
      'man samarbetar med sin chef och sin kommun kring dem.</p>' +
      '<p>Deltagarna skriver också en första kort presentation av sitt eget yrke.</p>',
    format: 'on_site',
    targetAudiences: skaneAudiences,
    learningGoals: ['Beskriva ambassadörens roll och uppdrag', 'Presentera sitt eget yrke på några minuter'],
    credits: [],
    language: 'sv',
    topics: ['rekrytering', 'utbildning'],
    openTo: voCollegeSkaneMunicipalities,
    prerequisiteSlugs: [],
    contactKey: 'skane-processledare',
    sessions: [
      {
        startsAt: '2024-02-07T09:00:00+01:00',
        endsAt: '2024-02-07T15:30:00+01:00',
        placeName: 'Kommunhuset, sal Öresund',
        municipality: se('1280'),
        capacity: 30,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-1-2024',
        registrationDeadline: '2024-01-24T23:59:00+01:00',
      },
      {
        startsAt: '2027-02-03T09:00:00+01:00',
        endsAt: '2027-02-03T15:30:00+01:00',
        placeName: 'Stadshallen, konferensrum 2',
        municipality: se('1281'),
        capacity: 30,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-1-2027',
        registrationDeadline: '2027-01-20T23:59:00+01:00',
      },
    ],
    isDemo: true,
  },
  {
    slug: 'ambassadorsutbildning-modul-2',
    federationSlug: 'vo-college-skane',
    title: 'Ambassadörsutbildning, modul 2: Yrken och utbildningsvägar',
    summary: 'Om bredden av yrken inom vård och omsorg och vägarna dit.',
    descriptionHtml:
      '<p>Ambassadörerna lär sig beskriva yrkena i branschen och de utbildningar som leder dit, från ' +
      'vård- och omsorgsprogrammet på gymnasiet till vuxenutbildning och yrkeshögskola.</p>',
    format: 'on_site',
    targetAudiences: skaneAudiences,
    learningGoals: ['Ge exempel på yrken inom vård och omsorg', 'Förklara utbildningsvägar för unga och vuxna'],
    credits: [],
    language: 'sv',
    topics: ['utbildning', 'kompetensforsorjning'],
    openTo: voCollegeSkaneMunicipalities,
    prerequisiteSlugs: ['ambassadorsutbildning-modul-1'],
    contactKey: 'skane-processledare',
    sessions: [
      {
        startsAt: '2024-03-13T09:00:00+01:00',
        endsAt: '2024-03-13T15:30:00+01:00',
        placeName: 'Kulturhuset, seminarierummet',
        municipality: se('1283'),
        capacity: 30,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-2-2024',
        registrationDeadline: '2024-02-28T23:59:00+01:00',
      },
      {
        startsAt: '2027-03-03T09:00:00+01:00',
        endsAt: '2027-03-03T15:30:00+01:00',
        placeName: 'Rådhuset, stora salen',
        municipality: se('1290'),
        capacity: 30,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-2-2027',
        registrationDeadline: '2027-02-17T23:59:00+01:00',
      },
    ],
    isDemo: true,
  },
  {
    slug: 'ambassadorsutbildning-modul-3',
    federationSlug: 'vo-college-skane',
    title: 'Ambassadörsutbildning, modul 3: Berätta så att det fastnar',
    summary: 'Presentationsteknik och retorik för skolbesök, mässor och sociala medier.',
    descriptionHtml:
      '<p>En praktisk dag där deltagarna övar på att berätta om sitt arbete inför en grupp, med och utan ' +
      'bilder, och får återkoppling från varandra.</p>',
    format: 'on_site',
    targetAudiences: skaneAudiences,
    learningGoals: ['Bygga upp en kort presentation', 'Använda berättelser och bilder för att väcka intresse'],
    credits: [],
    language: 'sv',
    topics: ['rekrytering', 'utbildning'],
    openTo: voCollegeSkaneMunicipalities,
    prerequisiteSlugs: ['ambassadorsutbildning-modul-2'],
    contactKey: 'skane-processledare',
    sessions: [
      {
        startsAt: '2024-04-17T09:00:00+02:00',
        endsAt: '2024-04-17T15:30:00+02:00',
        placeName: 'Stadshallen, konferensrum 2',
        municipality: se('1281'),
        capacity: 24,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-3-2024',
        registrationDeadline: '2024-04-03T23:59:00+02:00',
      },
      {
        startsAt: '2027-04-14T09:00:00+02:00',
        endsAt: '2027-04-14T15:30:00+02:00',
        placeName: 'Kommunhuset, sal Öresund',
        municipality: se('1280'),
        capacity: 24,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-3-2027',
        registrationDeadline: '2027-03-31T23:59:00+02:00',
      },
    ],
    isDemo: true,
  },
  {
    slug: 'ambassadorsutbildning-modul-4',
    federationSlug: 'vo-college-skane',
    title: 'Ambassadörsutbildning, modul 4: Möta barn och unga',
    summary: 'Pedagogik och bemötande när ambassadören besöker grundskolan.',
    descriptionHtml:
      '<p>Hur pratar man om vård och omsorg med elever i mellanstadiet och högstadiet? Modulen tar upp ' +
      'pedagogik, gruppdynamik och hur man svarar på frågor om lön, arbetstider och arbetsmiljö.</p>',
    format: 'on_site',
    targetAudiences: skaneAudiences,
    learningGoals: ['Anpassa sitt budskap till barn och unga', 'Leda ett samtal i en skolklass'],
    credits: [],
    language: 'sv',
    topics: ['barn-och-unga', 'rekrytering'],
    openTo: voCollegeSkaneMunicipalities,
    prerequisiteSlugs: ['ambassadorsutbildning-modul-3'],
    contactKey: 'skane-processledare',
    sessions: [
      {
        startsAt: '2024-05-22T09:00:00+02:00',
        endsAt: '2024-05-22T15:30:00+02:00',
        placeName: 'Kulturhuset, lilla salen',
        municipality: se('1293'),
        capacity: 24,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-4-2024',
        registrationDeadline: '2024-05-08T23:59:00+02:00',
      },
      {
        startsAt: '2027-05-19T09:00:00+02:00',
        endsAt: '2027-05-19T15:30:00+02:00',
        placeName: 'Kulturhuset, seminarierummet',
        municipality: se('1283'),
        capacity: 24,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-4-2027',
        registrationDeadline: '2027-05-05T23:59:00+02:00',
      },
    ],
    isDemo: true,
  },
  {
    slug: 'ambassadorsutbildning-modul-5',
    federationSlug: 'vo-college-skane',
    title: 'Modul 5: HälsoAgenter – workshoppar med tolvåringar',
    summary:
      'Påbyggnadsdag för ambassadörer som gått modul 1–4: så planerar och leder du en workshop med ' +
      'HälsoAgenterna.',
    descriptionHtml:
      '<p>Modul 5 förbereder ambassadörerna för att leda workshoppar där elever runt tolv år blir ' +
      'HälsoAgenter och sedan sprider kunskap om vårdens yrken till sina kamrater.</p>' +
      '<ul><li>Materialet till HälsoAgenterna och hur en workshop läggs upp</li>' +
      '<li>Planering inför skolbesöket</li>' +
      '<li>Dialog med unga: presentationsteknik, retorik och pedagogik</li></ul>',
    format: 'on_site',
    targetAudiences: ['Vård- och omsorgsambassadörer som har gått modul 1–4'],
    learningGoals: [
      'Planera och leda en workshop med HälsoAgenterna',
      'Föra samtal med tolvåringar om yrken inom vård och omsorg',
      'Visa vilka utbildningsvägar som leder till branschen',
    ],
    credits: [],
    language: 'sv',
    topics: ['barn-och-unga', 'rekrytering', 'folkhalsa'],
    openTo: voCollegeSkaneMunicipalities,
    prerequisiteSlugs: [
      'ambassadorsutbildning-modul-1',
      'ambassadorsutbildning-modul-2',
      'ambassadorsutbildning-modul-3',
      'ambassadorsutbildning-modul-4',
    ],
    contactKey: 'skane-ambassadorer',
    sessions: [
      {
        startsAt: '2023-11-29T09:00:00+01:00',
        endsAt: '2023-11-29T16:00:00+01:00',
        placeName: 'Kommunhuset, sal Öresund',
        municipality: se('1280'),
        capacity: 40,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-5-2023',
        registrationDeadline: '2023-11-15T23:59:00+01:00',
      },
      {
        startsAt: '2027-09-22T09:00:00+02:00',
        endsAt: '2027-09-22T16:00:00+02:00',
        placeName: 'Teatern, foajén',
        municipality: se('1282'),
        capacity: 40,
        registrationUrl: 'https://vo-college-skane.example/anmalan/modul-5-2027',
        registrationDeadline: '2027-09-08T23:59:00+02:00',
      },
    ],
    isDemo: false,
  },

  // Verdighetsenteret
  {
    slug: 'dagskurs-samspillsmodellen',
    federationSlug: 'verdighetsenteret',
    title: 'Dagskurs: Verdighetsenterets samspillsmodell',
    summary:
      'Hvordan kommunen kan organisere samarbeidet med frivillige i helse og omsorg strategisk, ' +
      'med samspillsmodellen som utgangspunkt.',
    descriptionHtml:
      '<p>Frivillighet i eldreomsorgen varer når den er satt i system. Kurset går i dybden på modellen ' +
      'Verdighetsenteret har utviklet sammen med to kommuner, og gir råd om de første stegene i en ' +
      'frivillighetssatsing.</p>' +
      '<h3>Tema</h3>' +
      '<ul><li>Samspillsmodellen</li>' +
      '<li>Erfaringsutveksling og eksempler fra kommuner som bruker modellen</li>' +
      '<li>Verktøy for å kartlegge ressursbruk</li>' +
      '<li>Verktøy for å finne hindringer og det som motiverer</li></ul>',
    format: 'on_site',
    targetAudiences: [
      'Lokalpolitikere og medlemmer av helse- og omsorgsutvalg',
      'Ledere på alle nivåer i kommuneadministrasjonen',
      'Fagutviklere, rådgivere og prosjektledere',
      'Planleggere som arbeider på tvers av helse, omsorg og frivillig sektor',
      'Ansatte som arbeider med folkehelse',
    ],
    learningGoals: [
      'Gjøre rede for de viktigste politiske føringene for frivillighet i eldreomsorgen',
      'Forklare samspillsmodellen og vurdere om den passer i egen kommune',
      'Drøfte hva som gjør samarbeidet nyttig for både kommunen og de frivillige',
      'Kartlegge ressursbruken når modellen innføres',
      'Kartlegge hva som hemmer og motiverer samarbeidet',
    ],
    credits: [
      {
        hours: 6,
        body: 'Fagforbundet',
        note:
          'Godkjent i klinisk fagstige for blant annet sykepleiere, vernepleiere, ' +
          'helsefagarbeidere og annet helsefaglig personell',
      },
      {
        hours: 6,
        body: 'Delta',
        note: 'Godkjent i fagstigen for hjelpepleiere, omsorgsarbeidere, helsefagarbeidere og aktivitører',
      },
    ],
    language: 'nb',
    topics: ['frivillighet', 'aldreomsorg', 'folkhalsa'],
    openTo: [],
    prerequisiteSlugs: [],
    contactKey: 'verdighet-fagutvikler',
    sessions: [
      {
        startsAt: '2023-10-19T09:00:00+02:00',
        endsAt: '2023-10-19T15:30:00+02:00',
        placeName: 'Verdighetsenteret, kurssalen',
        municipality: no('4601'),
        capacity: 40,
        registrationUrl: 'https://verdighetsenteret.example/pamelding/samspill-2023',
        registrationDeadline: '2023-10-05T23:59:00+02:00',
      },
      {
        startsAt: '2025-03-13T09:00:00+01:00',
        endsAt: '2025-03-13T15:30:00+01:00',
        placeName: 'Kurssenter i sentrum',
        municipality: no('5001'),
        capacity: 35,
        registrationUrl: 'https://verdighetsenteret.example/pamelding/samspill-2025',
        registrationDeadline: '2025-02-27T23:59:00+01:00',
      },
      {
        startsAt: '2027-03-11T09:00:00+01:00',
        endsAt: '2027-03-11T15:30:00+01:00',
        placeName: 'Kurssenter i sentrum',
        municipality: no('0301'),
        capacity: 50,
        registrationUrl: 'https://verdighetsenteret.example/pamelding/samspill-2027',
        registrationDeadline: '2027-02-25T23:59:00+01:00',
      },
    ],
    isDemo: false,
  },
  {
    slug: 'frivilligkoordinator-i-eldreomsorgen',
    federationSlug: 'verdighetsenteret',
    title: 'Frivilligkoordinator i eldreomsorgen',
    summary: 'Nettkurs i tre økter for deg som skal koordinere frivillige ved et sykehjem eller i hjemmetjenesten.',
    descriptionHtml:
      '<p>Kurset tar for seg rekruttering, opplæring og oppfølging av frivillige, og hvordan du avklarer ' +
      'roller mellom frivillige og ansatte.</p>' +
      '<p>Øktene holdes digitalt, med oppgaver mellom hver gang.</p>',
    format: 'digital',
    targetAudiences: ['Frivilligkoordinatorer', 'Avdelingsledere i sykehjem og hjemmetjenester'],
    learningGoals: [
      'Rekruttere og følge opp frivillige',
      'Avklare roller mellom frivillige og ansatte',
      'Håndtere taushetsplikt og andre juridiske spørsmål',
    ],
    credits: [],
    language: 'nb',
    price: { amount: 1200, currency: 'NOK' },
    topics: ['frivillighet', 'ledarskap'],
    openTo: [],
    prerequisiteSlugs: [],
    contactKey: 'verdighet-radgiver',
    sessions: [
      {
        startsAt: '2025-11-05T12:00:00+01:00',
        endsAt: '2025-11-05T15:00:00+01:00',
        onlineUrl: 'https://meet.verdighetsenteret.example/frivilligkoordinator-2025',
        capacity: 60,
        registrationUrl: 'https://verdighetsenteret.example/pamelding/frivilligkoordinator-2025',
        registrationDeadline: '2025-10-29T23:59:00+01:00',
      },
      {
        startsAt: '2027-01-27T12:00:00+01:00',
        endsAt: '2027-01-27T15:00:00+01:00',
        onlineUrl: 'https://meet.verdighetsenteret.example/frivilligkoordinator-2027',
        capacity: 60,
        registrationUrl: 'https://verdighetsenteret.example/pamelding/frivilligkoordinator-2027',
        registrationDeadline: '2027-01-20T23:59:00+01:00',
      },
    ],
    isDemo: true,
  },

  // Akademi Norr: the web courses from "Välfärdsteknologi i omsorgen"
  {
    slug: 'grundlaggande-datakunskap-for-omsorgspersonal',
    federationSlug: 'akademi-norr',
    title: 'Grundläggande datakunskap för omsorgspersonal',
    summary: 'Webbkurs i egen takt om datorn, surfplattan och de digitala verktygen i omsorgens vardag.',
    descriptionHtml:
      '<p>Kursen ger en trygg grund för den som använder dator, surfplatta och mobil i arbetet: inloggning, ' +
      'e-post, lösenord och de vanligaste programmen.</p>' +
      '<p>Du läser när det passar, pausar och fortsätter senare.</p>',
    format: 'self_paced',
    targetAudiences: ['Medarbetare i äldreomsorgen', 'Personliga assistenter', 'Nyanställda i omsorgen'],
    learningGoals: ['Använda arbetsplatsens digitala verktyg med säkerhet', 'Hantera lösenord och inloggning'],
    credits: [],
    language: 'sv',
    topics: ['digitalisering', 'valfardsteknologi'],
    openTo: akademiNorrMunicipalities,
    prerequisiteSlugs: [],
    contactKey: 'akademi-norr-projekt',
    sessions: [
      {
        startsAt: '2023-01-09T08:00:00+01:00',
        endsAt: '2023-12-22T17:00:00+01:00',
        onlineUrl: 'https://larplattform.akademi-norr.example/kurser/grundlaggande-datakunskap',
        registrationUrl: 'https://akademi-norr.example/anmalan/grundlaggande-datakunskap-2023',
        registrationDeadline: '2023-12-01T23:59:00+01:00',
      },
      {
        startsAt: '2027-01-11T08:00:00+01:00',
        endsAt: '2027-06-30T17:00:00+02:00',
        onlineUrl: 'https://larplattform.akademi-norr.example/kurser/grundlaggande-datakunskap',
        registrationUrl: 'https://akademi-norr.example/anmalan/grundlaggande-datakunskap-2027',
        registrationDeadline: '2027-05-31T23:59:00+02:00',
      },
    ],
    isDemo: false,
  },
  {
    slug: 'personcentrerad-vard',
    federationSlug: 'akademi-norr',
    title: 'Personcentrerad vård',
    summary: 'Digital kurs med webbinarier om att utgå från personens egen berättelse och behov.',
    descriptionHtml:
      '<p>Vad betyder det att sätta personen i centrum i äldreomsorgen och den personliga assistansen? ' +
      'Kursen blandar korta filmer med två livesända webbinarier där deltagarna diskuterar fall från sina ' +
      'egna arbetsplatser.</p>',
    format: 'digital',
    targetAudiences: ['Undersköterskor', 'Vårdbiträden', 'Personliga assistenter'],
    learningGoals: ['Förklara grunderna i personcentrerad vård', 'Planera omsorgen tillsammans med den enskilde'],
    credits: [],
    language: 'sv',
    topics: ['aldreomsorg', 'utbildning'],
    openTo: akademiNorrMunicipalities,
    prerequisiteSlugs: [],
    contactKey: 'akademi-norr-projekt',
    sessions: [
      {
        startsAt: '2024-10-08T13:00:00+02:00',
        endsAt: '2024-10-08T15:00:00+02:00',
        onlineUrl: 'https://webbinarium.akademi-norr.example/personcentrerad-vard-2024',
        capacity: 100,
        registrationUrl: 'https://akademi-norr.example/anmalan/personcentrerad-vard-2024',
        registrationDeadline: '2024-10-01T23:59:00+02:00',
      },
      {
        startsAt: '2027-02-09T13:00:00+01:00',
        endsAt: '2027-02-09T15:00:00+01:00',
        onlineUrl: 'https://webbinarium.akademi-norr.example/personcentrerad-vard-2027',
        capacity: 100,
        registrationUrl: 'https://akademi-norr.example/anmalan/personcentrerad-vard-2027',
        registrationDeadline: '2027-02-02T23:59:00+01:00',
      },
    ],
    isDemo: false,
  },
  {
    slug: 'dokumentera-sakert',
    federationSlug: 'akademi-norr',
    title: 'Dokumentera säkert',
    summary: 'Webbkurs om dokumentation, journalföring och informationssäkerhet i omsorgen.',
    descriptionHtml:
      '<p>Kursen visar vad som ska dokumenteras, hur det görs i journalsystemet och hur uppgifter om ' +
      'brukare skyddas. Den tar ungefär två timmar och kan delas upp i korta pass.</p>',
    format: 'self_paced',
    targetAudiences: ['Medarbetare i äldreomsorgen', 'Personliga assistenter'],
    learningGoals: ['Dokumentera korrekt och sakligt', 'Skydda uppgifter om brukare'],
    credits: [],
    language: 'sv',
    topics: ['digitalisering', 'aldreomsorg'],
    openTo: akademiNorrMunicipalities,
    prerequisiteSlugs: ['grundlaggande-datakunskap-for-omsorgspersonal'],
    contactKey: 'akademi-norr-verksamhet',
    sessions: [
      {
        startsAt: '2025-02-18T08:00:00+01:00',
        endsAt: '2025-12-19T17:00:00+01:00',
        onlineUrl: 'https://larplattform.akademi-norr.example/kurser/dokumentera-sakert',
        registrationUrl: 'https://akademi-norr.example/anmalan/dokumentera-sakert-2025',
        registrationDeadline: '2025-11-28T23:59:00+01:00',
      },
      {
        startsAt: '2027-01-11T08:00:00+01:00',
        endsAt: '2027-12-17T17:00:00+01:00',
        onlineUrl: 'https://larplattform.akademi-norr.example/kurser/dokumentera-sakert',
        registrationUrl: 'https://akademi-norr.example/anmalan/dokumentera-sakert-2027',
        registrationDeadline: '2027-11-26T23:59:00+01:00',
      },
    ],
    isDemo: false,
  },

  // Göteborgsregionen
  {
    slug: 'handledarutbildning-aldreomsorg',
    federationSlug: 'goteborgsregionen',
    title: 'Handledarutbildning för äldreomsorgen',
    summary: 'Blandad utbildning för dig som tar emot elever, praktikanter och nyanställda.',
    descriptionHtml:
      '<p>Utbildningen kombinerar webbaserade avsnitt med två fysiska träffar. Du lär dig planera en ' +
      'introduktion, ge återkoppling och stödja någon som är ny i yrket.</p>' +
      '<p>Mellan träffarna prövar du verktygen på din egen arbetsplats.</p>',
    format: 'blended',
    targetAudiences: ['Undersköterskor som handleder', 'Enhetschefer i äldreomsorgen'],
    learningGoals: [
      'Planera en introduktion för nya medarbetare',
      'Ge konstruktiv återkoppling',
      'Stödja elever under arbetsplatsförlagt lärande',
    ],
    credits: [],
    language: 'sv',
    price: { amount: 2400, currency: 'SEK' },
    topics: ['utbildning', 'aldreomsorg', 'ledarskap'],
    openTo: goteborgsregionenMunicipalities,
    prerequisiteSlugs: [],
    contactKey: 'gr-aldreomsorg',
    sessions: [
      {
        startsAt: '2025-03-12T09:00:00+01:00',
        endsAt: '2025-03-12T16:00:00+01:00',
        placeName: 'GR:s lokaler, konferensrum Älvsborg',
        municipality: se('1480'),
        onlineUrl: 'https://larande.goteborgsregionen.example/handledare-2025',
        capacity: 28,
        registrationUrl: 'https://goteborgsregionen.example/anmalan/handledare-2025',
        registrationDeadline: '2025-02-26T23:59:00+01:00',
      },
      {
        startsAt: '2027-02-17T09:00:00+01:00',
        endsAt: '2027-02-17T16:00:00+01:00',
        placeName: 'Stadshuset, sal Fässberg',
        municipality: se('1481'),
        onlineUrl: 'https://larande.goteborgsregionen.example/handledare-2027',
        capacity: 28,
        registrationUrl: 'https://goteborgsregionen.example/anmalan/handledare-2027',
        registrationDeadline: '2027-02-03T23:59:00+01:00',
      },
    ],
    isDemo: true,
  },
];
