import type { DemoNewsItem, MunicipalityRef } from './types.js';

const se = (code: string): MunicipalityRef => ({ country: 'SE', code });
const no = (code: string): MunicipalityRef => ({ country: 'NO', code });

/**
 * News in the publishers' own languages. Items that retell the source documents have
 * `isDemo: false`; the rest are invented to fill the listings.
 */
export const demoNews: DemoNewsItem[] = [
  // Vård- och omsorgscollege Skåne
  {
    slug: 'modul-5-ambassadorer-fordjupar-sig-i-halsoagenterna',
    federationSlug: 'vo-college-skane',
    title: 'Modul 5: ambassadörerna fördjupade sig i HälsoAgenterna',
    summary:
      'Vård- och omsorgsambassadörer som gått modul 1–4 samlades för en utbildningsdag om materialet ' +
      'till HälsoAgenterna. Gäster från Kalmar kommun var med för att hämta idéer.',
    bodyHtml:
      '<p>I veckan träffades vård- och omsorgsambassadörer från hela regionen för den nya ' +
      'påbyggnadsdagen <strong>Modul 5</strong>. Dagen riktade sig till dem som redan har gått modul 1–4 ' +
      'och handlade om hur man leder en workshop med HälsoAgenterna: hur den planeras, hur den genomförs ' +
      'och vad man ska tänka på när man samtalar med tolvåringar om vårdens yrken.</p>' +
      '<p>Bakgrunden är att rekryteringen till vård och omsorg behöver breddas på lång sikt. Därför ' +
      'moderniseras ambassadörsutbildningen så att ambassadörerna blir tryggare i mötet med barn och unga ' +
      'och kan visa hur många olika yrken och utbildningsvägar branschen rymmer.</p>' +
      '<h3>Besök från Kalmar</h3>' +
      '<p>Två medarbetare från omsorgsförvaltningen i Kalmar kommun deltog under dagen. Kommunen vill ' +
      'utveckla sitt eget ambassadörsprogram och har varit referensgrupp när Modul 5 togs fram. ' +
      'Nästa steg för ambassadörerna i Skånes kommuner är spridningskonferensen i Hässleholm den 14 december.</p>',
    images: [
      {
        url: 'https://images.example/vo-college-skane/modul-5-utbildningsdag.jpg',
        alt: 'Två föreläsare står framför en bildvägg och talar till en grupp ambassadörer.',
      },
    ],
    language: 'sv',
    status: 'published',
    publishedAt: '2023-12-01T09:00:00+01:00',
    topics: ['rekrytering', 'kompetensforsorjning', 'barn-och-unga', 'utbildning'],
    municipalities: [se('0880'), se('1282'), se('1293')],
    contactKey: 'skane-ambassadorer',
    isDemo: false,
  },
  {
    slug: 'halsoagenter-tolvaringar-blir-ambassadorer',
    federationSlug: 'vo-college-skane',
    title: 'HälsoAgenter – när tolvåringar berättar om vårdens yrken',
    summary:
      'Med HälsoAgenterna får elever i tolvårsåldern lära sig mer om yrken inom vård och omsorg och ' +
      'sedan föra kunskapen vidare till sina klasskamrater.',
    bodyHtml:
      '<p>Hur får man unga att upptäcka vård och omsorg innan de väljer gymnasieprogram? I Skåne prövar ' +
      'kommunerna ett svar: <strong>HälsoAgenter</strong>. Elever som är runt tolv år får under några ' +
      'workshoppar lära sig om olika yrken, arbetsplatser och utbildningar inom vården.</p>' +
      '<p>Därefter blir eleverna själva ambassadörer bland sina vänner och klasskamrater. Tanken är att ' +
      'budskapet når längre när det kommer från någon i samma ålder.</p>' +
      '<p>Workshopparna leds av collegets vård- och omsorgsambassadörer, som förbereds för uppdraget i ' +
      'Modul 5 av ambassadörsutbildningen. Vill din kommun eller skola delta? ' +
      '<a href="https://vo-college-skane.example/halsoagenter">Läs mer om HälsoAgenter</a>.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2023-09-20T10:00:00+02:00',
    topics: ['barn-och-unga', 'rekrytering', 'folkhalsa'],
    municipalities: [],
    contactKey: 'skane-ambassadorer',
    isDemo: false,
  },
  {
    slug: 'lomma-kommun-ansluter-till-vo-college-skane',
    federationSlug: 'vo-college-skane',
    title: 'Lomma kommun ansluter till VO-College Skåne',
    summary:
      'Lomma blir medlem i Vård- och omsorgscollege Skåne för att samverka om kompetensförsörjning. ' +
      'Nu deltar 30 av de 33 kommunerna i Skåne.',
    bodyHtml:
      '<p>Lomma kommun har gått med i Vård- och omsorgscollege Skåne. Kommunen vill samarbeta med andra ' +
      'kommuner, utbildningsanordnare och fack om personal- och kompetensförsörjning inom vård och omsorg.</p>' +
      '<p>Kommunen har tagit över både hemtjänst och särskilda boenden i egen regi och vill säkra att ' +
      'medarbetarna har rätt kompetens. Bemötande mot brukare, anhöriga och kollegor är en ' +
      'viktig del, liksom att vara en attraktiv arbetsgivare som kan rekrytera behörig personal.</p>' +
      '<ul><li>Fler deltagare och samordningsvinster för utbildarna</li>' +
      '<li>Vägar till kompetensutveckling för redan anställda</li>' +
      '<li>God och säker omvårdnad för den som får vård och omsorg</li></ul>' +
      '<p>Först på tur i Lomma är utbildningar för handledare och språkstödjare. Med Lomma är nu ' +
      '<strong>30 av Skånes 33 kommuner</strong> med i samarbetet.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2023-05-16T10:00:00+02:00',
    topics: ['kompetensforsorjning', 'aldreomsorg', 'rekrytering'],
    municipalities: [se('1262')],
    contactKey: 'skane-kommunikation',
    isDemo: false,
  },
  {
    slug: 'valkommen-till-spridningskonferensen-i-hassleholm',
    federationSlug: 'vo-college-skane',
    title: 'Välkommen till spridningskonferensen i Hässleholm',
    summary:
      'Den 14 december samlas ambassadörer, skolor och kommuner i Hässleholm för att dela erfarenheter ' +
      'från arbetet med ambassadörer och HälsoAgenter.',
    bodyHtml:
      '<p>Under hösten har ambassadörerna besökt skolor i flera kommuner. Nu är det dags att berätta vad ' +
      'arbetet har gett. Den <strong>14 december</strong> bjuder colleget in till spridningskonferens i ' +
      'Hässleholm.</p>' +
      '<p>Dagen riktar sig till chefer, ambassadörer, studie- och yrkesvägledare och alla som arbetar med ' +
      'rekrytering till vård och omsorg. Anmälan görs via kalendern.</p>',
    images: [],
    language: 'sv',
    status: 'archived',
    publishedAt: '2023-11-10T09:00:00+01:00',
    topics: ['rekrytering', 'barn-och-unga'],
    municipalities: [se('1293')],
    contactKey: 'skane-kommunikation',
    isDemo: false,
  },
  {
    slug: 'fyrtio-nya-ambassadorer-i-skane',
    federationSlug: 'vo-college-skane',
    title: 'Fyrtio nya ambassadörer redo för skolbesök',
    summary:
      'Under våren har fyrtio undersköterskor och vårdbiträden från tolv skånska kommuner gått ' +
      'ambassadörsutbildningen.',
    bodyHtml:
      '<p>Vårens utbildningsomgång är avslutad och fyrtio nya vård- och omsorgsambassadörer kan nu ta emot ' +
      'förfrågningar från skolor, mässor och arbetsförmedlingar. De kommer från tolv olika kommuner.</p>' +
      '<p>Ambassadörerna berättar om sin vardag på boenden, i hemtjänsten och inom funktionsstöd. ' +
      'Många av dem säger att uppdraget också har gjort dem stoltare över sitt eget yrke.</p>' +
      '<p>Kommunerna som vill boka en ambassadör kontaktar collegets processledare.</p>',
    images: [
      {
        url: 'https://images.example/vo-college-skane/nya-ambassadorer-2025.jpg',
        alt: 'En grupp nyutbildade ambassadörer i arbetskläder står i en halvcirkel och ler mot kameran.',
        caption: 'Vårens ambassadörer samlade efter sista utbildningsdagen.',
      },
    ],
    language: 'sv',
    status: 'published',
    publishedAt: '2025-06-04T08:30:00+02:00',
    topics: ['rekrytering', 'utbildning'],
    municipalities: [se('1280'), se('1290'), se('1285')],
    contactKey: 'skane-processledare',
    isDemo: true,
  },
  {
    slug: 'halsoagenter-i-fler-skolor-2027',
    federationSlug: 'vo-college-skane',
    title: 'HälsoAgenter i fler skolor under 2027',
    summary: 'Utkast: planen för att erbjuda HälsoAgenter i alla medlemskommuner nästa läsår.',
    bodyHtml:
      '<p>Under 2027 vill collegets medlemskommuner att fler sjätteklasser ska få möta HälsoAgenterna. ' +
      'Målet är att varje kommun ska ha minst en skola med.</p>' +
      '<p><em>Siffror och skolor fylls i när kommunerna har svarat på förfrågan.</em></p>',
    images: [],
    language: 'sv',
    status: 'draft',
    topics: ['barn-och-unga', 'rekrytering'],
    municipalities: [],
    contactKey: 'skane-ambassadorer',
    isDemo: true,
  },

  // Vård- och omsorgscollege (national)
  {
    slug: 'regionala-college-delar-erfarenheter-om-unga',
    federationSlug: 'vard-och-omsorgscollege',
    title: 'Regionala college delar erfarenheter om att nå unga',
    summary: 'Vid vårens nationella nätverksträff presenterade flera regioner sitt arbete med ambassadörer.',
    bodyHtml:
      '<p>Representanter från regionala college över hela landet träffades för att jämföra hur de når ' +
      'elever i grundskolan. Skåne berättade om HälsoAgenter och påbyggnadsmodulen för ambassadörer.</p>' +
      '<p>Flera regioner vill nu pröva liknande upplägg. Det nationella kansliet samlar material och ' +
      'erfarenheter så att inte varje college behöver börja från noll.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2024-04-18T13:00:00+02:00',
    topics: ['rekrytering', 'barn-och-unga', 'kompetensforsorjning'],
    municipalities: [],
    contactKey: 'vo-nationell-samordnare',
    isDemo: true,
  },
  {
    slug: 'ny-omgang-certifiering-2026',
    federationSlug: 'vard-och-omsorgscollege',
    title: 'Ny omgång certifiering av regionala college',
    summary: 'Under 2026 granskas hur de regionala collegen uppfyller de nationella kriterierna.',
    bodyHtml:
      '<p>Vart fjärde år prövas varje regionalt college mot de gemensamma kriterierna. I år gäller det ' +
      'bland annat hur samverkan mellan arbetsgivare och utbildning fungerar i praktiken.</p>' +
      '<p>Kommuner som är medlemmar i ett regionalt college får en enkät under våren.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2026-02-03T09:00:00+01:00',
    topics: ['utbildning', 'kompetensforsorjning'],
    municipalities: [],
    contactKey: 'vo-nationell-kommunikation',
    isDemo: true,
  },

  // Göteborgsregionen
  {
    slug: 'branschrad-och-yrkesresan-lyfts-i-betankande',
    federationSlug: 'goteborgsregionen',
    title: 'Branschrådet och Yrkesresan lyfts fram i statligt betänkande',
    summary:
      'Ett betänkande om kompetensförsörjningen i äldreomsorgen nämner två arbetssätt från GR och ' +
      'medlemskommunerna som goda exempel.',
    bodyHtml:
      '<p>Den nationella samordnaren för ökad kvalitet inom äldreomsorgen har lämnat sitt betänkande ' +
      '<em>Vilja välja vård och omsorg</em> till socialministern. Det innehåller 38 förslag om bland annat ' +
      'utbildningsnivå, ledarskap, anställningsvillkor, arbetsmiljö och ny teknik.</p>' +
      '<h3>Yrkesresan</h3>' +
      '<p>GR utvecklade Yrkesresan på uppdrag av kommunerna, som ville möta den höga personalomsättningen i ' +
      'socialtjänsten tillsammans. Den första resan startade våren 2017 för socialsekreterare inom barn och ' +
      'unga. SKR driver numera konceptet nationellt och omkring 80 procent av landets kommuner deltar.</p>' +
      '<h3>Branschrådet</h3>' +
      '<p>Betänkandet tar också upp det branschråd för vård och omsorg om äldre som GR:s 13 kommuner har ' +
      'bildat. Rådet arbetar för en långsiktig strategi som gör branschen mer attraktiv, och ' +
      'Äldreomsorgslyftet är en av de prioriterade frågorna.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2022-05-12T10:00:00+02:00',
    topics: ['aldreomsorg', 'kompetensforsorjning', 'socialtjanst'],
    municipalities: [],
    contactKey: 'gr-aldreomsorg',
    isDemo: false,
  },
  {
    slug: 'forstudie-yrkesresa-for-aldreomsorgen',
    federationSlug: 'goteborgsregionen',
    title: 'Förstudie ska ge äldreomsorgen en egen yrkesresa',
    summary:
      'Efter en enkät bland de deltagande kommunerna utreds nu hur en yrkesresa för utförare inom ' +
      'äldreomsorgen kan se ut.',
    bodyHtml:
      '<p>Kommunerna som deltar i Yrkesresan har fått prioritera vilka områden som ska få nya resor. ' +
      'Äldreomsorgens utförarverksamhet hamnade högt, och en förstudie har inletts.</p>' +
      '<p>Yrkesresan blandar digitalt lärande med träffar som ordnas regionalt. Förstudien ska visa hur ' +
      'upplägget passar undersköterskor och enhetschefer i äldreomsorgen.</p>' +
      '<p>Kommunerna i Göteborgsregionen bidrar med erfarenheter från de första resorna inom socialtjänsten.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2023-09-05T09:00:00+02:00',
    topics: ['aldreomsorg', 'utbildning', 'ledarskap'],
    municipalities: [],
    contactKey: 'gr-yrkesresan',
    isDemo: true,
  },
  {
    slug: 'branschradet-samlar-kommunerna-kring-rekrytering',
    federationSlug: 'goteborgsregionen',
    title: 'Branschrådet samlar kommunerna kring rekrytering',
    summary: 'Vid höstens möte i branschrådet enades kommunerna om en gemensam kampanj för sommarvikarier.',
    bodyHtml:
      '<p>Alla tretton kommuner var representerade när branschrådet för äldreomsorgen träffades i Mölndal. ' +
      'Huvudfrågan var hur kommunerna kan hjälpas åt att rekrytera sommarvikarier utan att konkurrera ' +
      'med varandra.</p>' +
      '<p>Rådet beslutade att ta fram en gemensam kampanj och en gemensam introduktion för nya vikarier. ' +
      'Arbetet redovisas vid nästa möte.</p>',
    images: [
      {
        url: 'https://images.example/goteborgsregionen/branschradet-2024.jpg',
        alt: 'Deltagare från kommunerna sitter runt ett långt mötesbord med anteckningsblock.',
      },
    ],
    language: 'sv',
    status: 'published',
    publishedAt: '2024-10-16T14:00:00+02:00',
    topics: ['rekrytering', 'aldreomsorg'],
    municipalities: [se('1481')],
    contactKey: 'gr-aldreomsorg',
    isDemo: true,
  },
  {
    slug: 'handledarutbildning-varen-2022',
    federationSlug: 'goteborgsregionen',
    title: 'Handledarutbildning för äldreomsorgen våren 2022',
    summary: 'Anmälan till vårens handledarutbildning är öppen för medarbetare i medlemskommunerna.',
    bodyHtml:
      '<p>Den som tar emot elever och nyanställda på sin arbetsplats kan nu anmäla sig till vårens ' +
      'handledarutbildning. Utbildningen består av tre halvdagar.</p>' +
      '<p>Platserna fördelas mellan kommunerna efter storlek.</p>',
    images: [],
    language: 'sv',
    status: 'archived',
    publishedAt: '2022-01-20T09:00:00+01:00',
    topics: ['utbildning', 'aldreomsorg'],
    municipalities: [],
    contactKey: 'gr-aldreomsorg',
    isDemo: true,
  },
  {
    slug: 'gemensam-kompetensstrategi-for-aldreomsorgen',
    federationSlug: 'goteborgsregionen',
    title: 'Gemensam kompetensstrategi för äldreomsorgen antagen',
    summary:
      'Förbundsstyrelsen har antagit en strategi för kompetensförsörjning i äldreomsorgen, ' + 'som gäller från 2027.',
    bodyHtml:
      '<p>Strategin bygger på branschrådets arbete och pekar ut tre områden: fler som utbildar sig till ' +
      'undersköterska, bättre introduktion och ett starkare ledarskap nära medarbetarna.</p>' +
      '<p>Varje kommun gör en egen handlingsplan under våren 2027. GR samordnar uppföljningen.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2026-09-22T10:00:00+02:00',
    topics: ['kompetensforsorjning', 'aldreomsorg', 'ledarskap'],
    municipalities: [],
    contactKey: 'gr-kommunikation',
    isDemo: true,
  },

  // Akademi Norr
  {
    slug: 'tusen-deltagare-i-valfardsteknologi-i-omsorgen',
    federationSlug: 'akademi-norr',
    title: 'Tusen deltagare – digitala kurser för omsorgen blev en succé',
    summary:
      'Projektet Välfärdsteknologi i omsorgen siktade på 400 deltagare. Det blev 1 000, och nu vill ' +
      'kommunerna behålla utbildningarna.',
    bodyHtml:
      '<p>Det är svårt att frigöra personal i omsorgen för att resa bort på kurs. Därför satsade Akademi ' +
      'Norr på webbkurser som går att ta när det passar, och pausa mitt i. I tolv inlandskommuner har ' +
      'medarbetare inom äldreomsorg och personlig assistans läst kurser i datakunskap, ' +
      'personcentrerad vård och säker dokumentation.</p>' +
      '<p>Målet var 400 deltagare. När projektet nu summeras har <strong>1 000 personer</strong> gått ' +
      'utbildningarna, och nästan nio av tio säger att de har stor nytta av dem i arbetet.</p>' +
      '<p>Socialchefer och kommunchefer i kommunerna har bett om att få behålla plattformen när ' +
      'ESF-projektet avslutas i december, och det blir så.</p>',
    images: [
      {
        url: 'https://images.example/akademi-norr/digital-utbildning.jpg',
        alt: 'En undersköterska sitter vid en surfplatta i personalrummet på ett boende.',
      },
    ],
    language: 'sv',
    status: 'published',
    publishedAt: '2022-12-06T09:00:00+01:00',
    topics: ['digitalisering', 'valfardsteknologi', 'aldreomsorg', 'utbildning'],
    municipalities: [se('2462'), se('2505'), se('2313'), se('2283')],
    contactKey: 'akademi-norr-projekt',
    isDemo: false,
  },
  {
    slug: 'utbildningsplattformen-finns-kvar-2023',
    federationSlug: 'akademi-norr',
    title: 'Utbildningsplattformen finns kvar under 2023',
    summary: 'Medarbetare i de tolv kommunerna kan fortsätta läsa kurserna efter projektets slut.',
    bodyHtml:
      '<p>Projektet Välfärdsteknologi i omsorgen avslutades vid årsskiftet, men kurserna stängs inte. ' +
      'Kommunerna har beslutat att plattformen ska vara öppen hela 2023.</p>' +
      '<p>Det gör det lättare att introducera nyanställda: alla kan gå samma kurser och får samma grund ' +
      'att stå på. Chefer i flera kommuner beskriver att personalen har blivit tryggare i sin digitala ' +
      'kompetens.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2023-01-11T09:00:00+01:00',
    topics: ['digitalisering', 'kompetensforsorjning'],
    municipalities: [se('2505'), se('2313')],
    contactKey: 'akademi-norr-verksamhet',
    isDemo: false,
  },
  {
    slug: 'enkat-halvvags-valfardsteknologi-i-omsorgen',
    federationSlug: 'akademi-norr',
    title: 'Halvvägs i projektet: deltagarna svarar på enkät',
    summary: 'En enkät bland deltagarna visar vilka kurser som används mest och vad som saknas.',
    bodyHtml:
      '<p>Inför projektets sista halvår har deltagarna fått tycka till om kurserna. De flesta uppskattar ' +
      'att kunna läsa i egen takt, men flera efterfrågar kortare avsnitt.</p>' +
      '<p>Svaren används för att justera kurserna under hösten.</p>',
    images: [],
    language: 'sv',
    status: 'archived',
    publishedAt: '2022-06-08T10:00:00+02:00',
    topics: ['digitalisering', 'utbildning'],
    municipalities: [],
    contactKey: 'akademi-norr-projekt',
    isDemo: true,
  },
  {
    slug: 'uppdaterad-kurs-dokumentera-sakert',
    federationSlug: 'akademi-norr',
    title: 'Uppdaterad kurs: Dokumentera säkert',
    summary: 'Kursen om säker dokumentation har fått nya övningar om journalsystem och informationssäkerhet.',
    bodyHtml:
      '<p>Kursen <em>Dokumentera säkert</em> är en av de mest lästa på plattformen. Nu har den fått nya ' +
      'övningar som följer de journalsystem som används i inlandskommunerna.</p>' +
      '<p>Kursen tar cirka två timmar och kan delas upp i korta pass under arbetsdagen.</p>',
    images: [],
    language: 'sv',
    status: 'published',
    publishedAt: '2025-02-18T09:00:00+01:00',
    topics: ['digitalisering', 'aldreomsorg'],
    municipalities: [],
    contactKey: 'akademi-norr-verksamhet',
    isDemo: true,
  },
  {
    slug: 'inlandskommunerna-planerar-ny-kurs-om-valfardsteknik',
    federationSlug: 'akademi-norr',
    title: 'Inlandskommunerna planerar ny kurs om välfärdsteknik',
    summary: 'Utkast: en kurs om trygghetskameror och digital tillsyn i hemtjänsten.',
    bodyHtml:
      '<p>Flera kommuner har bett om en kurs om digital tillsyn och trygghetskameror. En arbetsgrupp tar ' +
      'fram innehållet under vintern.</p>' +
      '<p><em>Startdatum bekräftas senare.</em></p>',
    images: [],
    language: 'sv',
    status: 'draft',
    topics: ['valfardsteknologi', 'aldreomsorg'],
    municipalities: [],
    contactKey: 'akademi-norr-projekt',
    isDemo: true,
  },

  // Verdighetsenteret
  {
    slug: 'ny-fagplan-samspillsmodellen',
    federationSlug: 'verdighetsenteret',
    title: 'Nytt dagskurs om samspill med frivillige',
    summary:
      'Verdighetsenteret tilbyr et dagskurs om hvordan kommunen kan organisere samarbeidet med frivillige ' +
      'i helse og omsorg, bygget på senterets samspillsmodell.',
    bodyHtml:
      '<p>Frivillige kan bidra til en eldreomsorg som ser hele mennesket, men samarbeidet må ha en plan. ' +
      'Det krever kompetanse, forankring, klare roller og bevissthet om etiske og juridiske spørsmål.</p>' +
      '<p>Sammen med to kommuner har Verdighetsenteret utviklet en <strong>samspillsmodell</strong> som ' +
      'viser hvordan kommunens helse- og omsorgstjeneste kan samarbeide med frivillige. På kurset får ' +
      'deltakerne konkrete første steg, eksempler fra kommuner som bruker modellen og verktøy for å ' +
      'kartlegge ressursbruk, barrierer og motivasjon.</p>' +
      '<p>Kurset gir 6 timer i fagstigen hos både Fagforbundet og Delta.</p>',
    images: [
      {
        url: 'https://images.example/verdighetsenteret/samspillsmodellen.png',
        alt: 'Illustrasjon av samspillsmodellen: kommune og frivillige knyttet sammen rundt den eldre.',
      },
    ],
    language: 'nb',
    status: 'published',
    publishedAt: '2023-01-02T09:00:00+01:00',
    topics: ['frivillighet', 'aldreomsorg', 'utbildning'],
    municipalities: [],
    contactKey: 'verdighet-radgiver',
    isDemo: false,
  },
  {
    slug: 'erfaringer-med-frivillighet-i-eldreomsorgen',
    federationSlug: 'verdighetsenteret',
    title: 'Slik bruker kommunene samspillsmodellen',
    summary: 'Tre kommuner forteller hva som skjedde da de satte samarbeidet med frivillige i system.',
    bodyHtml:
      '<p>I Bergen, Trondheim og Lillehammer har helse- og omsorgstjenestene tatt i bruk samspillsmodellen. ' +
      'Felles for dem er at de startet med å avklare roller: hva frivillige skal gjøre, og hva som er ' +
      'kommunens ansvar.</p>' +
      '<p>Kommunene forteller at en fast kontaktperson for de frivillige har vært avgjørende. ' +
      'Flere sykehjem har nå faste turgrupper og sangstunder med frivillige.</p>' +
      '<p>Erfaringene deles på neste dagskurs.</p>',
    images: [],
    language: 'nb',
    status: 'published',
    publishedAt: '2024-05-14T10:00:00+02:00',
    topics: ['frivillighet', 'aldreomsorg'],
    municipalities: [no('4601'), no('5001'), no('3405')],
    contactKey: 'verdighet-radgiver',
    isDemo: true,
  },
  {
    slug: 'nytt-verktoy-for-kartlegging-av-ressursbruk',
    federationSlug: 'verdighetsenteret',
    title: 'Nytt verktøy for å kartlegge ressursbruk',
    summary: 'Et regneark hjelper kommunen å se hvor mye tid samarbeidet med frivillige krever.',
    bodyHtml:
      '<p>Når kommunen innfører samspillsmodellen, er det nyttig å vite hva det koster i tid og penger. ' +
      'Det nye verktøyet samler timer, utgifter og aktiviteter på ett sted.</p>' +
      '<p>Verktøyet er gratis og kan lastes ned fra ' +
      '<a href="https://verdighetsenteret.example/verktoy">verktøysiden</a>.</p>',
    images: [],
    language: 'nb',
    status: 'published',
    publishedAt: '2025-09-09T09:00:00+02:00',
    topics: ['frivillighet', 'ledarskap'],
    municipalities: [],
    contactKey: 'verdighet-fagutvikler',
    isDemo: true,
  },
  {
    slug: 'pamelding-dagskurs-hosten-2023',
    federationSlug: 'verdighetsenteret',
    title: 'Påmelding til høstens dagskurs i Bergen',
    summary: 'Det er fortsatt ledige plasser på dagskurset om samspillsmodellen i oktober.',
    bodyHtml:
      '<p>Høstens dagskurs om samspillsmodellen holdes i Bergen. Kurset passer for ledere, rådgivere og ' +
      'politikere som jobber med frivillighet i kommunen.</p>' +
      '<p>Påmeldingsfristen er to uker før kursdagen.</p>',
    images: [],
    language: 'nb',
    status: 'archived',
    publishedAt: '2023-08-21T09:00:00+02:00',
    topics: ['frivillighet'],
    municipalities: [no('4601')],
    contactKey: 'verdighet-kommunikasjon',
    isDemo: true,
  },
];
