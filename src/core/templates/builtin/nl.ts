// Nederlandse antwoordsjablonen (u-vorm). Platte tekst; mustache-secties geven de formulering als
// een waarde ontbreekt. Geen klinisch advies in de routinesjablonen.
// De regel "deze mailbox is niet bedoeld voor noodgevallen" voegt render.ts toe.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Beste {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Goedendag,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} of bel ons op {{pharmacyPhone}}{{/pharmacyPhone}}';
const signOff =
  'Met vriendelijke groet,\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}Uw apotheekteam{{/pharmacyName}}{{/signature}}';
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const nl: LanguagePack = {
  language: 'nl',
  neutralGreeting: 'Goedendag,',
  emergencyFooter:
    'Deze mailbox is niet bedoeld voor noodgevallen en wordt niet dag en nacht gelezen. Bel in geval van nood {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}het noodnummer{{/emergencyNumber}}.',
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Uw herhaalrecept${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. We hebben uw aanvraag voor een herhaalrecept {{#medication}}voor {{medication}}{{/medication}}{{^medication}}goed{{/medication}} ontvangen en zetten het voor u klaar.

We laten het u weten zodra u het kunt ophalen. Heeft u nog vragen? Beantwoord dan gewoon deze e-mail${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `Over uw recept${subjectTail}`,
      body: `${hello}

We hebben geprobeerd u te bereiken over uw recept{{#medication}} voor {{medication}}{{/medication}}.

Wilt u ons laten weten wanneer u het wilt ophalen? Als u dat liever heeft, kunnen we het ook bij u thuis laten bezorgen. Beantwoord gewoon deze e-mail${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `We hebben uw recept ontvangen${subjectTail}`,
      body: `${hello}

Dank u voor het doorsturen van uw recept{{#medication}} voor {{medication}}{{/medication}}. We hebben het goed ontvangen en gaan het voor u klaarmaken.

We laten het u weten zodra het klaarstaat, of als we nog iets van u nodig hebben.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Uw afspraak${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. {{#date}}Graag bevestigen we uw afspraak op {{date}}.{{/date}}{{^date}}We hebben uw aanvraag voor een afspraak ontvangen en bevestigen de datum en het uur zo snel mogelijk.{{/date}}

Kunt u toch niet komen? Laat het ons dan weten door deze e-mail te beantwoorden${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Uw afspraak is gewijzigd${subjectTail}`,
      body: `${hello}

Dank u dat u het ons laat weten. {{#date}}We hebben uw afspraak verplaatst naar {{date}}.{{/date}}{{^date}}We zoeken graag een nieuw moment voor uw afspraak. Wilt u ons een paar dagen en tijdstippen doorgeven die u passen?{{/date}}

Past dit niet? Beantwoord dan gewoon deze e-mail${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Uw testresultaten${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. Uw testresultaten{{#date}} van {{date}}{{/date}} zijn binnen.

Om uw privacy te beschermen, bespreken we resultaten niet per e-mail. Een apotheker neemt contact met u op om ze samen met u door te nemen. U kunt ook antwoorden met een moment dat u past${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Uw factuur${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. In de bijlage vindt u uw factuur{{#date}} van {{date}}{{/date}}.

Klopt er iets niet? Beantwoord dan gewoon deze e-mail${callUs}, dan zoeken we het voor u uit.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Uw aanvraag bij de verzekeraar loopt${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. We hebben contact met uw ziekenfonds of verzekeraar over {{#medication}}uw recept voor {{medication}}{{/medication}}{{^medication}}uw recept{{/medication}}. De aanvraag voor vergoeding of machtiging loopt.

Dit kan enkele werkdagen duren. We laten het u weten zodra we antwoord hebben.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Uw vraag over {{#medication}}{{medication}}{{/medication}}{{^medication}}een product{{/medication}}${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. We kijken of {{#medication}}{{medication}}{{/medication}}{{^medication}}het gevraagde product{{/medication}} op voorraad is of voor u besteld kan worden.

We laten u snel weten of het beschikbaar is en wanneer u het kunt ophalen. Is het dringend? Beantwoord dan deze e-mail${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `Beschikbaarheid van uw product${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. Helaas is {{#medication}}{{medication}}{{/medication}}{{^medication}}het gevraagde product{{/medication}} op dit moment niet op voorraad of in backorder bij onze leverancier.

We laten het u weten zodra het weer beschikbaar is{{#date}} (verwacht op {{date}}){{/date}}. Heeft u het eerder nodig? Beantwoord dan deze e-mail${callUs}, dan bekijken we samen de mogelijkheden.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Uw bestelling${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. Uw bestelling{{#medication}} ({{medication}}){{/medication}} ligt voor u klaar{{#date}} vanaf {{date}}{{/date}}.

U kunt ze ophalen bij {{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}de apotheek{{/pharmacyName}} tijdens de openingsuren, of deze e-mail beantwoorden als u ze liever thuis laat bezorgen.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `We hebben uw bericht ontvangen${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. We hebben het goed ontvangen en een van onze medewerkers antwoordt u zo snel mogelijk.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `Een apotheker antwoordt u${subjectTail}`,
      body: `${hello}

Dank u voor uw bericht. Een apotheker leest het en antwoordt u persoonlijk, zo snel mogelijk.

Kan uw vraag niet wachten? Bel ons dan{{#pharmacyPhone}} op {{pharmacyPhone}}{{/pharmacyPhone}} tijdens de openingsuren.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        'Bel nu {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}het noodnummer{{/emergencyNumber}}',
      body: `${hello}

Wat u beschrijft, vraagt mogelijk om dringende hulp. Bel nu {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}het noodnummer{{/emergencyNumber}}.

Wacht niet op een antwoord per e-mail: deze mailbox wordt niet dag en nacht gelezen.

${signOff}`,
    },
  ],
};
