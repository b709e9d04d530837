export type EmbedLanguage = 'sv' | 'en';

/** `?lang=en` switches the builder to English; Swedish otherwise. */
export function embedLanguageOf(value: string | undefined): EmbedLanguage {
  return value === 'en' ? 'en' : 'sv';
}

const sv = {
  title: 'Skapa en widget',
  description: 'Välj vad som ska visas, se hur det blir och kopiera koden till din webbplats.',
  intro:
    'Välj innehåll och utseende. Förhandsvisningen visar den riktiga widgeten. Kopiera sedan koden och klistra in den som HTML i ditt publiceringsverktyg; den fungerar på vilken webbplats som helst.',
  otherLanguage: { href: '/embed?lang=en', label: 'In English', lang: 'en' },
  backToDemo: 'Till demosidan',
  widgetLegend: 'Widget',
  widgets: {
    news: 'Nyheter',
    courses: 'Utbildningar',
    events: 'Evenemang',
    members: 'Medlemskommuner',
    contacts: 'Kontakter',
  },
  contentLegend: 'Innehåll',
  federation: 'Förbund eller nätverk',
  loading: 'Hämtar…',
  loadFailed: 'Listan kunde inte hämtas. Ladda om sidan för att försöka igen.',
  municipality: 'Bara det som rör kommunen',
  allMunicipalities: 'Alla kommuner',
  topic: 'Ämne',
  allTopics: 'Alla ämnen',
  limit: 'Antal',
  limitHint: '1–100',
  appearanceLegend: 'Utseende',
  language: 'Språk',
  pageLanguage: 'Samma som sidan',
  layout: 'Layout',
  layouts: { list: 'Lista', cards: 'Kort', compact: 'Kompakt', map: 'Karta' },
  headingLevel: 'Rubriknivå för posterna',
  headingLevelHint: 'En nivå under rubriken som står ovanför widgeten på din sida.',
  refresh: 'Uppdatera automatiskt',
  refreshOptions: { '': 'Aldrig', '60': 'Varje minut', '300': 'Var 5:e minut', '900': 'Var 15:e minut' },
  colorsLegend: 'Färger',
  colorsHint: 'Bara färger du ändrar kommer med i koden. Typsnittet ärvs från din webbplats.',
  colors: {
    accent: 'Accent (länkar, knappar)',
    'on-accent': 'Text på accentfärg',
    text: 'Text',
    surface: 'Bakgrund på kort',
    border: 'Linjer och ramar',
  },
  resetColors: 'Återställ färgerna',
  previewHeading: 'Förhandsvisning',
  snippetHeading: 'Koden att klistra in',
  snippetLabel: 'HTML-kod',
  copy: 'Kopiera koden',
  copied: 'Koden är kopierad.',
  copyFailed: 'Kopieringen gick inte. Markera koden och kopiera den själv.',
  noscript: 'Widgetbyggaren behöver JavaScript.',
};

export type EmbedTexts = typeof sv;

const en: EmbedTexts = {
  title: 'Build a widget',
  description: 'Pick what to show, see how it looks and copy the code to your website.',
  intro:
    'Pick the content and the look. The preview shows the real widget. Then copy the code and paste it as HTML into your content management system; it works on any website.',
  otherLanguage: { href: '/embed', label: 'På svenska', lang: 'sv' },
  backToDemo: 'To the demo page',
  widgetLegend: 'Widget',
  widgets: {
    news: 'News',
    courses: 'Training',
    events: 'Events',
    members: 'Member municipalities',
    contacts: 'Contacts',
  },
  contentLegend: 'Content',
  federation: 'Federation or network',
  loading: 'Loading…',
  loadFailed: 'The list could not be loaded. Reload the page to try again.',
  municipality: 'Only what concerns the municipality',
  allMunicipalities: 'All municipalities',
  topic: 'Topic',
  allTopics: 'All topics',
  limit: 'Number of items',
  limitHint: '1–100',
  appearanceLegend: 'Appearance',
  language: 'Language',
  pageLanguage: 'Same as the page',
  layout: 'Layout',
  layouts: { list: 'List', cards: 'Cards', compact: 'Compact', map: 'Map' },
  headingLevel: 'Heading level of the items',
  headingLevelHint: 'One level below the heading above the widget on your page.',
  refresh: 'Refresh automatically',
  refreshOptions: { '': 'Never', '60': 'Every minute', '300': 'Every 5 minutes', '900': 'Every 15 minutes' },
  colorsLegend: 'Colours',
  colorsHint: 'Only the colours you change go into the code. The font comes from your website.',
  colors: {
    accent: 'Accent (links, buttons)',
    'on-accent': 'Text on the accent colour',
    text: 'Text',
    surface: 'Card background',
    border: 'Lines and borders',
  },
  resetColors: 'Reset the colours',
  previewHeading: 'Preview',
  snippetHeading: 'The code to paste',
  snippetLabel: 'HTML code',
  copy: 'Copy the code',
  copied: 'The code is copied.',
  copyFailed: 'Copying did not work. Select the code and copy it yourself.',
  noscript: 'The widget builder needs JavaScript.',
};

export function embedTexts(language: EmbedLanguage): EmbedTexts {
  return language === 'en' ? en : sv;
}
