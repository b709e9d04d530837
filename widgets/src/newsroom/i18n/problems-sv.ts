import { isField, withDetail } from './problem-values.js';
import type { ProblemTable } from './problems-en.js';

// Hubbens problem på svenska, med samma koder som problems-en.ts.
export const problemsSv: ProblemTable = {
  locale: 'sv-SE',
  texts: {
    // Inmatning: text och listor
    REQUIRED: (v) =>
      isField(v, 'municipality')
        ? 'Välj kommunen.'
        : v.most
          ? `Fyll i det här: 1 till ${v.most} tecken.`
          : 'Fyll i det här; det kan inte lämnas tomt.',
    TOO_LONG: (v) =>
      isField(v, 'url') && v.most
        ? `Använd en adress som är kortare än ${v.most} tecken.`
        : v.most
          ? `Korta texten till högst ${v.most} tecken.`
          : 'Texten är för lång: korta den.',
    INVALID_LENGTH: (v) => {
      const range = v.least && v.most ? ` på ${v.least} till ${v.most} tecken` : '';
      return isField(v, 'title') ? `Skriv en rubrik${range}.` : `Skriv ett namn${range}.`;
    },
    INVALID_NAME: (v) =>
      v.least && v.most ? `Skriv ett namn på ${v.least} till ${v.most} tecken.` : 'Skriv ett namn.',
    TOO_MANY: (v) =>
      isField(v, 'images') && v.most
        ? `Bifoga högst ${v.most} bilder.`
        : v.most
          ? `Det är för många: ta bort några så att högst ${v.most} är kvar.`
          : 'Det är för många: ta bort några.',
    OUT_OF_RANGE: (v) => {
      if (isField(v, 'capacity')) {
        return `Ange en kapacitet på ${v.least ?? 1} till ${v.most ?? '100\u00a0000'} platser, eller lämna fältet tomt.`;
      }
      if (isField(v, 'hours')) return `Ange mer än 0 och högst ${v.most ?? '1\u00a0000'} timmar.`;
      if (isField(v, 'expiresInDays'))
        return v.most ? `Välj ${v.least ?? 1} till ${v.most} dagar.` : 'Välj färre dagar.';
      return v.least && v.most
        ? `Ange ett värde från ${v.least} till ${v.most}.`
        : 'Ange ett mindre eller ett större värde.';
    },
    INVALID_URL: (v) => {
      if (isField(v, 'url')) {
        return 'Ange flödets hela webbadress, som börjar med https://, utan användarnamn och lösenord.';
      }
      if (isField(v, 'images')) return 'Ange bildens hela https-adress, eller ladda först upp bilden till hubben.';
      return 'Ange en hel webbadress som börjar med https://.';
    },
    INVALID_EMAIL: 'Skriv en hel e-postadress, t.ex. namn@kommun.se.',
    INVALID_PHONE: 'Ange ett telefonnummer som gäller i ägarens land, eller ett som börjar med + och landsnummer.',
    INVALID_AMOUNT: 'Ange ett belopp på minst 0 med högst två decimaler.',
    UNKNOWN_CURRENCY: 'Välj en valuta i listan.',
    ENDS_BEFORE_START: 'Välj ett slut som ligger efter starten.',
    DEADLINE_AFTER_START: 'Låt anmälan stänga senast när det börjar.',
    NOT_IN_FUTURE: 'Välj en tid i framtiden, eller publicera nu.',
    // Inmatning: formaterad text och bilder
    IMAGE_ALT_MISSING: (v) =>
      isField(v, 'images')
        ? 'Beskriv bilden (alternativtext) innan du publicerar.'
        : 'En bild i texten saknar alternativtext och togs bort: lägg till en kort beskrivning av vad den visar.',
    IMAGE_SRC_INVALID:
      'En bild i texten saknar webbadress (http eller https) och togs bort: ge den en adress som börjar med https://.',
    LINK_URL_INVALID:
      'En länkadress i texten är inte tillåten (bara webb-, e-post- och telefonlänkar), så länken togs bort och texten fick stå kvar.',
    // Inmatning: det som objektet hänvisar till
    UNKNOWN_TOPIC: 'Ämnet finns inte längre: välj ett i listan.',
    INVALID_MUNICIPALITY_CODE: 'Sök efter kommunen med namnet och välj den i listan.',
    UNKNOWN_MUNICIPALITY: 'Det finns ingen sådan kommun: sök med namnet och välj den i listan.',
    AMBIGUOUS_MUNICIPALITY: 'Både Sverige och Norge använder den här koden: sök med namnet och välj kommunen i listan.',
    UNKNOWN_CONTACT: 'Välj en aktiv kontakt i samma förbund.',
    UNKNOWN_COURSE: 'Den kursen kan inte krävas: välj en av förbundets egna kurser eller en publicerad.',
    PREREQUISITE_SELF: 'En kurs kan inte kräva sig själv.',
    PREREQUISITE_LOOP:
      'En av de valda kurserna kräver redan den här kursen, direkt eller genom andra: ta bort en av de två.',
    ONE_OWNER: 'Ange antingen ett förbund eller en kommun, inte båda.',
    SESSION_CANCELLED: 'Tillfället är inställt: lägg till ett nytt i stället.',
    INVALID_TRANSITION:
      'Steget passar inte objektets status just nu (någon kan ha ändrat den under tiden): ladda om sidan och försök igen.',
    // Medlemskap (membership-text.ts säger mer när den känner till perioden)
    MEMBERSHIP_OVERLAP:
      'Kommunen är redan medlem den dagen: välj en dag utanför perioden, eller registrera först att kommunen gick ur.',
    NOT_A_MEMBER: 'Kommunen har inget pågående medlemskap att avsluta; listorna är nu uppdaterade.',
    LEFT_BEFORE_JOINED: 'Kommunen gick med senare än så: välj den dag den gick med eller en senare.',
    // Ämnen
    INVALID_SLUG: 'Använd små bokstäver a–z och siffror, med bindestreck mellan orden, t.ex. arbetsmiljo.',
    TOPIC_EXISTS: (v) =>
      `Det finns redan ett ämne ${v.subject ?? 'med det kortnamnet'}: byt namn på det i listan i stället.`,
    // Flödeskällor
    INVALID_INTERVAL: (v) =>
      `Skriv ett helt antal minuter från ${v.least ?? 5} till ${v.most ?? '10\u00a0080'} (en vecka).`,
    FEED_SOURCE_EXISTS: 'Förbundet importerar redan det här flödet.',
    FEED_IMPORT_RUNNING: 'Källan importeras just nu: titta på den senaste körningen om en stund.',
    // Importer som misslyckades (hubbens ord säger exakt vad, för den som publicerar flödet)
    FEED_ADDRESS_REFUSED: (v) =>
      withDetail(
        'Hubben hämtar inte från den adressen (den är inte öppen på internet): använd flödets öppna adress.',
        v,
        'Hubben säger',
      ),
    FEED_UNREACHABLE: (v) =>
      withDetail('Flödet gick inte att hämta: kontrollera adressen och att webbplatsen är uppe.', v, 'Hubben säger'),
    FEED_TIMEOUT: (v) =>
      withDetail('Webbplatsen svarade för långsamt: hubben försöker igen vid nästa import.', v, 'Hubben säger'),
    FEED_TOO_LARGE: (v) =>
      withDetail('Flödet är för stort att importera: be den som publicerar det att korta det.', v, 'Hubben säger'),
    FEED_HTTP_STATUS: (v) =>
      withDetail('Webbplatsen svarade med ett fel i stället för flödet: kontrollera adressen.', v, 'Hubben säger'),
    FEED_TOO_MANY_REDIRECTS: (v) =>
      withDetail(
        'Adressen skickar vidare för många gånger: använd adressen den till slut hamnar på.',
        v,
        'Hubben säger',
      ),
    FEED_MALFORMED: (v) =>
      withDetail('Flödet är inte korrekt skrivet: be den som publicerar det att rätta det.', v, 'Hubben säger'),
    FEED_HOSTILE: (v) =>
      withDetail(
        'Flödet innehåller konstruktioner som kan skada hubben och togs inte emot: be den som publicerar det att ta bort dem.',
        v,
        'Hubben säger',
      ),
    FEED_WRONG_KIND: (v) =>
      withDetail(
        'Det här är inte den sortens flöde som källan är till för: nyheter kräver RSS eller Atom, evenemang iCalendar.',
        v,
        'Hubben säger',
      ),
    IMPORT_FAILED: (v) =>
      withDetail('Importen misslyckades och inget av den sparades: försök igen om en stund.', v, 'Hubben säger'),
    // Förbundets profil
    INVALID_KIND: 'Skriv nätverkets namn med små bokstäver, t.ex. ”linkedin”.',
    INVALID_COUNTY_CODE: 'Ange högst 30 tvåsiffriga länskoder, t.ex. ”12”.',
    UNKNOWN_COUNTY: 'Inget län i förbundets land har den koden: använd den officiella tvåsiffriga koden.',
    UNKNOWN_TIME_ZONE: 'Välj en tidszon i listan.',
    // Konton, personer och inbjudningar
    INVALID_CREDENTIALS: 'Fel e-postadress eller lösenord.',
    TOO_MANY_ATTEMPTS: (v) =>
      `För många försök: kontot är spärrat en stund. Försök igen om ${v.minutes ?? 'några'} minuter.`,
    WEAK_PASSWORD: 'Välj ett starkare lösenord: minst 12 tecken, minst fem olika, och inte byggt på e-postadressen.',
    EMAIL_TAKEN: (v) => (v.subject ? `${v.subject} har redan ett konto.` : 'E-postadressen har redan ett konto.'),
    CANNOT_DISABLE_SELF: 'Du kan inte stänga av ditt eget konto.',
    ACCOUNT_EXISTS:
      'E-postadressen har redan ett konto: logga in först, eller ange kontots lösenord, för att ta emot inbjudan.',
    INVITATION_INVALID: 'Inbjudningslänken gäller inte. Kontrollera att hela länken kom med, eller be om en ny.',
    INVITATION_EXPIRED: 'Inbjudan har gått ut. Be förbundets administratör om en ny.',
    INVITATION_REVOKED: 'Inbjudan har dragits tillbaka. Fråga förbundets administratör om du ska få en ny.',
    INVITATION_USED: 'Inbjudan har redan använts. Logga in med kontot som skapades.',
    INVITATION_FOR_SOMEONE_ELSE:
      'Inbjudan gäller en annan e-postadress. Logga ut, eller logga in som den inbjudna personen.',
    // Spara och hitta
    REVISION_CONFLICT:
      'Någon annan sparade en nyare version medan du arbetade. Inget sparades: jämför och spara sedan igen.',
    NOT_FOUND: (v) =>
      isField(v, 'file')
        ? 'Det finns inget sådant förbund att ladda upp till: ladda om sidan.'
        : 'Det finns inte (längre), eller så har du inte tillgång till det: ladda om sidan och försök igen.',
    // Uppladdningar (POST /uploads)
    UPLOAD_TOO_LARGE: (v) =>
      `Bilden är större än ${v.most ? `gränsen på ${v.most} MB` : 'gränsen'}: välj en mindre bild eller förminska den.`,
    UNSUPPORTED_MEDIA_TYPE: 'Ladda upp en bild i JPEG, PNG, WebP, GIF eller AVIF (SVG tas inte emot).',
    // Hubbens allmänna fel, och nätet
    BAD_USER_INPUT: (v) =>
      isField(v, 'file')
        ? `Bilden kunde inte tas emot: välj en enda bild i JPEG, PNG, WebP, GIF eller AVIF${v.most ? ` med högst ${v.most} pixlar åt varje håll` : ''}.`
        : 'Hubben kunde inte läsa en del av frågan: kontrollera det du skrev (t.ex. datum i ett filter) och försök igen.',
    UNAUTHENTICATED: 'Du är inte inloggad längre: logga in igen.',
    FORBIDDEN: (v) =>
      isField(v, 'file')
        ? 'Du har ingen roll i förbundet och kan därför inte ladda upp bilder åt det.'
        : 'Din roll i förbundet räcker inte till det här: be en publicist eller en administratör.',
    QUERY_TOO_COMPLEX: 'Frågan till hubben blev för stor: visa färre åt gången eller smalna av filtret.',
    QUERY_TOO_DEEP: 'Frågan till hubben blev för stor: visa färre åt gången eller smalna av filtret.',
    INTERNAL_SERVER_ERROR: 'Något gick fel i hubben. Försök igen; händer det igen, säg till den som driver hubben.',
    NETWORK: 'Hubben går inte att nå: kontrollera anslutningen och försök igen.',
    UNKNOWN: 'Hubben kunde inte svara just nu: försök igen om en stund.',
  },
};
