// Danske svarskabeloner (du-form, som apotekerne skriver i dag). Ren tekst; mustache-sektioner
// giver formuleringen, når en værdi mangler. Ingen klinisk rådgivning i rutineskabelonerne.
// Linjen "denne postkasse er ikke til akutte henvendelser" tilføjes af render.ts.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Hej {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Hej,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} eller ringe til os på {{pharmacyPhone}}{{/pharmacyPhone}}';
const signOff =
  'Venlig hilsen\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}Dit apotek{{/pharmacyName}}{{/signature}}';
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const da: LanguagePack = {
  language: 'da',
  neutralGreeting: 'Hej,',
  emergencyFooter:
    'Denne postkasse er ikke til akutte henvendelser og bliver ikke læst døgnet rundt. Ring {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}til alarmcentralen{{/emergencyNumber}} i nødstilfælde.',
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Din receptfornyelse${subjectTail}`,
      body: `${hello}

Tak for din besked. Vi har modtaget din anmodning om receptfornyelse{{#medication}} af {{medication}}{{/medication}} og er ved at gøre {{#medication}}medicinen{{/medication}}{{^medication}}din medicin{{/medication}} klar.

Vi giver dig besked, så snart den er klar til afhentning. Har du spørgsmål, kan du blot svare på denne mail${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `Om din recept${subjectTail}`,
      body: `${hello}

Vi har forsøgt at komme i kontakt med dig angående din recept{{#medication}} på {{medication}}{{/medication}}.

Vil du give os besked om, hvornår du ønsker at hente den? Hvis du foretrækker det, kan vi også sørge for levering til din adresse. Du kan blot svare på denne mail${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `Vi har modtaget din recept${subjectTail}`,
      body: `${hello}

Tak fordi du har sendt os din recept{{#medication}} på {{medication}}{{/medication}}. Vi har modtaget den og går i gang med at gøre den klar.

Vi giver dig besked, når den er klar, eller hvis vi har brug for yderligere oplysninger fra dig.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Din aftale${subjectTail}`,
      body: `${hello}

Tak for din besked. {{#date}}Vi bekræfter hermed din aftale den {{date}}.{{/date}}{{^date}}Vi har modtaget din anmodning om en aftale og bekræfter dato og tidspunkt hurtigst muligt.{{/date}}

Hvis du alligevel ikke kan komme, så giv os besked ved at svare på denne mail${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Din aftale er ændret${subjectTail}`,
      body: `${hello}

Tak fordi du gav os besked. {{#date}}Vi har flyttet din aftale til den {{date}}.{{/date}}{{^date}}Vi finder gerne et nyt tidspunkt til din aftale. Svar venligst med et par dage og tidspunkter, der passer dig.{{/date}}

Passer det ikke, kan du blot svare på denne mail${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Dine prøvesvar${subjectTail}`,
      body: `${hello}

Tak for din besked. Dine prøvesvar{{#date}} fra den {{date}}{{/date}} er kommet.

Af hensyn til dit privatliv gennemgår vi ikke svar pr. mail. En farmaceut kontakter dig for at gennemgå dem sammen med dig. Du er også velkommen til at svare med et tidspunkt, der passer dig${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Din faktura${subjectTail}`,
      body: `${hello}

Tak for din besked. Du finder din faktura{{#date}} af {{date}}{{/date}} vedhæftet.

Hvis noget ikke ser rigtigt ud, kan du blot svare på denne mail${callUs}, så ser vi på det.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Din ansøgning om tilskud er under behandling${subjectTail}`,
      body: `${hello}

Tak for din besked. Vi er i kontakt med din forsikring eller de relevante myndigheder om {{#medication}}din recept på {{medication}}{{/medication}}{{^medication}}din recept{{/medication}}. Ansøgningen om tilskud eller forhåndsgodkendelse er under behandling.

Det kan tage nogle hverdage. Vi giver dig besked, så snart vi har hørt noget.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Dit spørgsmål om {{#medication}}{{medication}}{{/medication}}{{^medication}}et produkt{{/medication}}${subjectTail}`,
      body: `${hello}

Tak for din besked. Vi undersøger, om {{#medication}}{{medication}}{{/medication}}{{^medication}}det produkt, du spørger om,{{/medication}} er på lager eller kan bestilles hjem til dig.

Vi vender snart tilbage med, om det kan fås, og hvornår du kan hente det. Haster det, kan du svare på denne mail${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `Om tilgængeligheden af dit produkt${subjectTail}`,
      body: `${hello}

Tak for din besked. Desværre er {{#medication}}{{medication}}{{/medication}}{{^medication}}det produkt, du har spurgt om,{{/medication}} i øjeblikket udsolgt eller i restordre hos vores leverandør.

Vi giver dig besked, så snart det er på lager igen{{#date}} (forventet den {{date}}){{/date}}. Har du brug for det før, kan du svare på denne mail${callUs}, så finder vi en løsning sammen.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Din bestilling${subjectTail}`,
      body: `${hello}

Tak for din besked. Din bestilling{{#medication}} ({{medication}}){{/medication}} er klar{{#date}} fra den {{date}}{{/date}}.

Du kan hente den hos {{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}apoteket{{/pharmacyName}} i vores åbningstid eller svare på denne mail, hvis du hellere vil have den leveret.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `Vi har modtaget din besked${subjectTail}`,
      body: `${hello}

Tak for din besked. Vi har modtaget den, og en af vores medarbejdere svarer dig hurtigst muligt.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `En farmaceut svarer dig${subjectTail}`,
      body: `${hello}

Tak for din besked. En farmaceut læser den og svarer dig personligt hurtigst muligt.

Hvis dit spørgsmål ikke kan vente, så ring til os{{#pharmacyPhone}} på {{pharmacyPhone}}{{/pharmacyPhone}} i vores åbningstid.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        'Ring {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}til alarmcentralen{{/emergencyNumber}} nu',
      body: `${hello}

Det, du beskriver, kan kræve akut hjælp. Ring {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}til alarmcentralen{{/emergencyNumber}} nu.

Vent ikke på svar pr. mail: denne postkasse bliver ikke læst døgnet rundt.

${signOff}`,
    },
  ],
};
