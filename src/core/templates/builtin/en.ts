// English reply templates. Plain text; mustache sections give the wording used when a value is
// missing, so a draft never shows an empty placeholder. No clinical advice in routine templates.
// The "not for emergencies" line is added by render.ts from `emergencyFooter`.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Dear {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Hello,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} or call us on {{pharmacyPhone}}{{/pharmacyPhone}}';
const signOff =
  'Kind regards,\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}Your pharmacy team{{/pharmacyName}}{{/signature}}';
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const en: LanguagePack = {
  language: 'en',
  neutralGreeting: 'Hello,',
  emergencyFooter:
    'This mailbox is not for emergencies and is not watched around the clock. In an emergency, call {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}your local emergency number{{/emergencyNumber}}.',
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Your prescription refill${subjectTail}`,
      body: `${hello}

Thank you for your message. We have received your refill request for {{#medication}}{{medication}}{{/medication}}{{^medication}}your medication{{/medication}} and are preparing it.

We will let you know as soon as it is ready to pick up. If you have any questions, just reply to this email${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `About your prescription${subjectTail}`,
      body: `${hello}

We tried to reach you about your prescription{{#medication}} for {{medication}}{{/medication}}.

Could you let us know when you would like to pick it up? If you prefer, we can also arrange home delivery. Simply reply to this email${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `We have received your prescription${subjectTail}`,
      body: `${hello}

Thank you for sending us your prescription{{#medication}} for {{medication}}{{/medication}}. We have received it and will start preparing it.

We will let you know when it is ready, or if we need anything else from you.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Your appointment${subjectTail}`,
      body: `${hello}

Thank you for your message. {{#date}}We are pleased to confirm your appointment on {{date}}.{{/date}}{{^date}}We have received your appointment request and will confirm the date and time shortly.{{/date}}

If you cannot make it, please let us know by replying to this email${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Your appointment has been changed${subjectTail}`,
      body: `${hello}

Thank you for letting us know. {{#date}}We have moved your appointment to {{date}}.{{/date}}{{^date}}We will gladly find a new time for your appointment. Please reply with a few days and times that suit you.{{/date}}

If this does not work for you, just reply to this email${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Your test results${subjectTail}`,
      body: `${hello}

Thank you for your message. Your test results{{#date}} from {{date}}{{/date}} have arrived.

To protect your privacy, we do not discuss results by email. A pharmacist will contact you to go through them with you. You are also welcome to reply with a time that suits you${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Your invoice${subjectTail}`,
      body: `${hello}

Thank you for your message. Please find your invoice{{#date}} of {{date}}{{/date}} attached.

If anything does not look right, just reply to this email${callUs} and we will look into it.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Your insurance request is in progress${subjectTail}`,
      body: `${hello}

Thank you for your message. We are in touch with your insurer about {{#medication}}your prescription for {{medication}}{{/medication}}{{^medication}}your prescription{{/medication}}. The coverage or prior authorisation request is in progress.

This can take a few working days. We will let you know as soon as we hear back.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Your question about {{#medication}}{{medication}}{{/medication}}{{^medication}}a product{{/medication}}${subjectTail}`,
      body: `${hello}

Thank you for your message. We are checking whether {{#medication}}{{medication}}{{/medication}}{{^medication}}the product you asked about{{/medication}} is in stock or can be ordered for you.

We will reply shortly with availability and when you can collect it. If you need it urgently, please reply to this email${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `About the availability of your product${subjectTail}`,
      body: `${hello}

Thank you for your message. Unfortunately, {{#medication}}{{medication}} is{{/medication}}{{^medication}}the product you asked about is{{/medication}} currently out of stock or on back-order with our supplier.

We will let you know as soon as it is available{{#date}} (expected on {{date}}){{/date}}. If you need it sooner, please reply to this email${callUs} and we will look at the options with you.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Your order${subjectTail}`,
      body: `${hello}

Thank you for your message. Your order{{#medication}} ({{medication}}){{/medication}} is ready{{#date}} from {{date}}{{/date}}.

You can pick it up at {{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}the pharmacy{{/pharmacyName}} during opening hours, or reply to this email if you would like home delivery.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `We have received your message${subjectTail}`,
      body: `${hello}

Thank you for your message. We have received it and a member of our team will reply as soon as possible.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `A pharmacist will reply to you${subjectTail}`,
      body: `${hello}

Thank you for your message. A pharmacist will read it and reply to you personally as soon as possible.

If your question cannot wait, please call us{{#pharmacyPhone}} on {{pharmacyPhone}}{{/pharmacyPhone}} during opening hours.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        'Please call {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}the emergency number{{/emergencyNumber}} now',
      body: `${hello}

What you describe may need urgent help. Please call {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}the emergency number{{/emergencyNumber}} now.

Do not wait for a reply by email: this mailbox is not watched around the clock.

${signOff}`,
    },
  ],
};
