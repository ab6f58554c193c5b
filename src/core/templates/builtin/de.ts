// Deutsche Antwortvorlagen (Sie-Form). Reiner Text; Mustache-Abschnitte liefern die Formulierung,
// wenn ein Wert fehlt. Keine medizinische Beratung in den Routinevorlagen. Nach der Anrede mit
// Komma beginnt der Text klein. Den Satz "dieses Postfach ist nicht für Notfälle" fügt render.ts an.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Guten Tag {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Guten Tag,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} oder rufen Sie uns unter {{pharmacyPhone}} an{{/pharmacyPhone}}';
const signOff =
  'Mit freundlichen Grüßen\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}Ihr Apothekenteam{{/pharmacyName}}{{/signature}}';
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const de: LanguagePack = {
  language: 'de',
  neutralGreeting: 'Guten Tag,',
  emergencyFooter:
    'Dieses Postfach ist nicht für Notfälle gedacht und wird nicht rund um die Uhr gelesen. Rufen Sie im Notfall {{#emergencyNumber}}die {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}den Notruf{{/emergencyNumber}} an.',
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Ihr Folgerezept${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage für ein Folgerezept {{#medication}}für {{medication}}{{/medication}}{{^medication}}Ihres Medikaments{{/medication}} erhalten und bereiten alles vor.

Wir melden uns, sobald Sie es abholen können. Bei Fragen antworten Sie einfach auf diese E-Mail${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `Zu Ihrem Rezept${subjectTail}`,
      body: `${hello}

wir haben versucht, Sie wegen Ihres Rezepts{{#medication}} für {{medication}}{{/medication}} zu erreichen.

Bitte teilen Sie uns mit, wann Sie es abholen möchten. Auf Wunsch liefern wir es Ihnen auch nach Hause. Antworten Sie einfach auf diese E-Mail${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `Wir haben Ihr Rezept erhalten${subjectTail}`,
      body: `${hello}

vielen Dank, dass Sie uns Ihr Rezept{{#medication}} für {{medication}}{{/medication}} geschickt haben. Wir haben es erhalten und bereiten alles vor.

Wir melden uns, sobald es fertig ist oder falls wir noch etwas von Ihnen benötigen.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Ihr Termin${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. {{#date}}Gerne bestätigen wir Ihren Termin am {{date}}.{{/date}}{{^date}}Wir haben Ihre Terminanfrage erhalten und bestätigen Ihnen Datum und Uhrzeit so bald wie möglich.{{/date}}

Falls Sie den Termin nicht wahrnehmen können, geben Sie uns bitte per Antwort auf diese E-Mail Bescheid${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Ihr Termin wurde geändert${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. {{#date}}Wir haben Ihren Termin auf den {{date}} verlegt.{{/date}}{{^date}}Gerne finden wir einen neuen Termin für Sie. Bitte nennen Sie uns ein paar Tage und Uhrzeiten, die Ihnen passen.{{/date}}

Falls das nicht passt, antworten Sie einfach auf diese E-Mail${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Ihre Testergebnisse${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Ihre Testergebnisse{{#date}} vom {{date}}{{/date}} liegen uns vor.

Zum Schutz Ihrer Privatsphäre besprechen wir Ergebnisse nicht per E-Mail. Eine Apothekerin oder ein Apotheker meldet sich bei Ihnen, um sie mit Ihnen durchzugehen. Sie können uns auch gerne eine passende Zeit nennen${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Ihre Rechnung${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Im Anhang finden Sie Ihre Rechnung{{#date}} vom {{date}}{{/date}}.

Sollte etwas nicht stimmen, antworten Sie einfach auf diese E-Mail${callUs}. Wir kümmern uns darum.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Ihr Antrag bei der Krankenkasse ist in Bearbeitung${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Wir stehen wegen {{#medication}}Ihres Rezepts für {{medication}}{{/medication}}{{^medication}}Ihres Rezepts{{/medication}} mit Ihrer Krankenkasse in Kontakt. Der Antrag auf Kostenübernahme bzw. Genehmigung ist in Bearbeitung.

Das kann einige Werktage dauern. Wir melden uns, sobald wir eine Antwort haben.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Ihre Frage zu {{#medication}}{{medication}}{{/medication}}{{^medication}}einem Produkt{{/medication}}${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Wir prüfen, ob {{#medication}}{{medication}}{{/medication}}{{^medication}}das gewünschte Produkt{{/medication}} vorrätig ist oder für Sie bestellt werden kann.

Wir melden uns in Kürze mit der Verfügbarkeit und wann Sie es abholen können. Wenn es dringend ist, antworten Sie auf diese E-Mail${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `Verfügbarkeit Ihres Produkts${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Leider ist {{#medication}}{{medication}}{{/medication}}{{^medication}}das gewünschte Produkt{{/medication}} derzeit nicht vorrätig bzw. bei unserem Lieferanten nicht lieferbar.

Wir melden uns, sobald es wieder verfügbar ist{{#date}} (voraussichtlich am {{date}}){{/date}}. Wenn Sie es früher benötigen, antworten Sie auf diese E-Mail${callUs}. Gemeinsam finden wir eine Lösung.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Ihre Bestellung${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Ihre Bestellung{{#medication}} ({{medication}}){{/medication}} liegt{{#date}} ab {{date}}{{/date}} für Sie bereit.

Sie können sie während unserer Öffnungszeiten in {{#pharmacyName}}der {{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}der Apotheke{{/pharmacyName}} abholen oder auf diese E-Mail antworten, wenn Sie eine Lieferung nach Hause wünschen.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `Wir haben Ihre Nachricht erhalten${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Wir haben sie erhalten und jemand aus unserem Team antwortet Ihnen so bald wie möglich.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `Eine Apothekerin oder ein Apotheker antwortet Ihnen${subjectTail}`,
      body: `${hello}

vielen Dank für Ihre Nachricht. Eine Apothekerin oder ein Apotheker liest sie und antwortet Ihnen persönlich so bald wie möglich.

Wenn Ihre Frage nicht warten kann, rufen Sie uns bitte während unserer Öffnungszeiten an{{#pharmacyPhone}}: {{pharmacyPhone}}{{/pharmacyPhone}}.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        'Bitte rufen Sie jetzt {{#emergencyNumber}}die {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}den Notruf{{/emergencyNumber}} an',
      body: `${hello}

was Sie beschreiben, kann dringende Hilfe erfordern. Bitte rufen Sie jetzt {{#emergencyNumber}}die {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}den Notruf{{/emergencyNumber}} an.

Warten Sie nicht auf eine Antwort per E-Mail: Dieses Postfach wird nicht rund um die Uhr gelesen.

${signOff}`,
    },
  ],
};
