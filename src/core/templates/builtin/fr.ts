// Modèles de réponse en français (vouvoiement). Texte brut ; les sections mustache donnent la
// formulation utilisée quand une valeur manque. Aucun conseil clinique dans les modèles courants.
// La ligne « cette adresse n'est pas destinée aux urgences » est ajoutée par render.ts.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Bonjour {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Bonjour,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} ou appelez-nous au {{pharmacyPhone}}{{/pharmacyPhone}}';
const signOff =
  "Bien cordialement,\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}L'équipe de votre pharmacie{{/pharmacyName}}{{/signature}}";
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const fr: LanguagePack = {
  language: 'fr',
  neutralGreeting: 'Bonjour,',
  emergencyFooter:
    "Cette adresse e-mail n'est pas destinée aux urgences et n'est pas consultée en permanence. En cas d'urgence, appelez {{#emergencyNumber}}le {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}les services d'urgence{{/emergencyNumber}}.",
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Renouvellement de votre ordonnance${subjectTail}`,
      body: `${hello}

Merci pour votre message. Nous avons bien reçu votre demande de renouvellement {{#medication}}pour {{medication}}{{/medication}}{{^medication}}de votre ordonnance{{/medication}} et nous la préparons.

Nous vous préviendrons dès qu'elle sera prête à être retirée. Pour toute question, répondez simplement à ce message${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `Au sujet de votre ordonnance${subjectTail}`,
      body: `${hello}

Nous avons essayé de vous joindre au sujet de votre ordonnance{{#medication}} pour {{medication}}{{/medication}}.

Pourriez-vous nous indiquer quand vous souhaitez venir la retirer ? Si vous le préférez, nous pouvons aussi organiser une livraison à domicile. Répondez simplement à ce message${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `Nous avons bien reçu votre ordonnance${subjectTail}`,
      body: `${hello}

Merci de nous avoir transmis votre ordonnance{{#medication}} pour {{medication}}{{/medication}}. Nous l'avons bien reçue et nous commençons à la préparer.

Nous vous préviendrons dès qu'elle sera prête, ou si nous avons besoin d'autre chose de votre part.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Votre rendez-vous${subjectTail}`,
      body: `${hello}

Merci pour votre message. {{#date}}Nous avons le plaisir de confirmer votre rendez-vous du {{date}}.{{/date}}{{^date}}Nous avons bien reçu votre demande de rendez-vous et nous vous confirmerons rapidement la date et l'heure.{{/date}}

Si vous ne pouvez pas venir, merci de nous prévenir en répondant à ce message${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Modification de votre rendez-vous${subjectTail}`,
      body: `${hello}

Merci de nous avoir prévenus. {{#date}}Nous avons déplacé votre rendez-vous au {{date}}.{{/date}}{{^date}}Nous trouverons volontiers un autre moment pour votre rendez-vous. Pourriez-vous nous indiquer quelques jours et heures qui vous conviennent ?{{/date}}

Si cela ne vous convient pas, répondez simplement à ce message${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Vos résultats d'analyse${subjectTail}`,
      body: `${hello}

Merci pour votre message. Vos résultats d'analyse{{#date}} du {{date}}{{/date}} nous sont parvenus.

Par souci de confidentialité, nous ne communiquons pas les résultats par e-mail. Un pharmacien vous contactera pour les parcourir avec vous. Vous pouvez aussi nous répondre en indiquant le moment qui vous convient${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Votre facture${subjectTail}`,
      body: `${hello}

Merci pour votre message. Vous trouverez ci-joint votre facture{{#date}} du {{date}}{{/date}}.

Si quelque chose ne vous semble pas correct, répondez simplement à ce message${callUs} et nous vérifierons.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Votre demande de remboursement est en cours${subjectTail}`,
      body: `${hello}

Merci pour votre message. Nous sommes en contact avec votre mutuelle ou votre assurance au sujet de {{#medication}}votre ordonnance pour {{medication}}{{/medication}}{{^medication}}votre ordonnance{{/medication}}. La demande de prise en charge ou d'accord préalable est en cours.

Cela peut prendre quelques jours ouvrables. Nous vous informerons dès que nous aurons une réponse.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Votre question sur {{#medication}}{{medication}}{{/medication}}{{^medication}}un produit{{/medication}}${subjectTail}`,
      body: `${hello}

Merci pour votre message. Nous vérifions si {{#medication}}{{medication}}{{/medication}}{{^medication}}le produit demandé{{/medication}} est en stock ou peut être commandé pour vous.

Nous revenons vers vous rapidement avec sa disponibilité et le moment où vous pourrez le retirer. Si c'est urgent, répondez à ce message${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `Disponibilité de votre produit${subjectTail}`,
      body: `${hello}

Merci pour votre message. Malheureusement, {{#medication}}{{medication}} est{{/medication}}{{^medication}}le produit que vous avez demandé est{{/medication}} actuellement en rupture de stock ou en attente de livraison chez notre fournisseur.

Nous vous préviendrons dès qu'il sera disponible{{#date}} (prévu le {{date}}){{/date}}. Si vous en avez besoin plus tôt, répondez à ce message${callUs} et nous examinerons les possibilités avec vous.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Votre commande${subjectTail}`,
      body: `${hello}

Merci pour votre message. Votre commande{{#medication}} ({{medication}}){{/medication}} est prête{{#date}} à partir du {{date}}{{/date}}.

Vous pouvez la retirer à notre pharmacie{{#pharmacyName}} ({{pharmacyName}}){{/pharmacyName}} pendant nos heures d'ouverture, ou répondre à ce message si vous souhaitez une livraison à domicile.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `Nous avons bien reçu votre message${subjectTail}`,
      body: `${hello}

Merci pour votre message. Nous l'avons bien reçu et un membre de notre équipe vous répondra dans les meilleurs délais.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `Un pharmacien va vous répondre${subjectTail}`,
      body: `${hello}

Merci pour votre message. Un pharmacien va le lire et vous répondra personnellement dans les meilleurs délais.

Si votre question ne peut pas attendre, appelez-nous{{#pharmacyPhone}} au {{pharmacyPhone}}{{/pharmacyPhone}} pendant nos heures d'ouverture.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        "Appelez {{#emergencyNumber}}le {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}les services d'urgence{{/emergencyNumber}} maintenant",
      body: `${hello}

Ce que vous décrivez peut nécessiter une aide urgente. Appelez {{#emergencyNumber}}le {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}les services d'urgence{{/emergencyNumber}} maintenant.

N'attendez pas de réponse par e-mail : cette adresse n'est pas consultée en permanence.

${signOff}`,
    },
  ],
};
