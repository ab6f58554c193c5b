// Plantillas de respuesta en español (trato de usted). Texto plano; las secciones de mustache dan
// la redacción cuando falta un valor. Ningún consejo clínico en las plantillas habituales.
// La línea «este buzón no es para urgencias» la añade render.ts.
import type { LanguagePack } from '../types';

const hello =
  '{{#patientFirstName}}Hola {{patientFirstName}},{{/patientFirstName}}{{^patientFirstName}}Hola,{{/patientFirstName}}';
const callUs = '{{#pharmacyPhone}} o llámenos al {{pharmacyPhone}}{{/pharmacyPhone}}';
const signOff =
  'Un cordial saludo,\n{{#signature}}{{signature}}{{/signature}}{{^signature}}{{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}El equipo de su farmacia{{/pharmacyName}}{{/signature}}';
const subjectTail = '{{#pharmacyName}} – {{pharmacyName}}{{/pharmacyName}}';

export const es: LanguagePack = {
  language: 'es',
  neutralGreeting: 'Hola,',
  emergencyFooter:
    'Este buzón no es para urgencias y no se atiende las 24 horas. En caso de urgencia, llame {{#emergencyNumber}}al {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}al número de emergencias{{/emergencyNumber}}.',
  templates: [
    {
      id: 'refill_confirmation',
      intents: ['refill'],
      version: '1',
      subject: `Renovación de su receta${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Hemos recibido su solicitud de renovación de {{#medication}}la receta de {{medication}}{{/medication}}{{^medication}}su receta{{/medication}} y la estamos preparando.

Le avisaremos en cuanto esté lista para recoger. Si tiene alguna pregunta, responda a este correo${callUs}.

${signOff}`,
    },
    {
      id: 'refill_follow_up',
      intents: ['refill'],
      version: '1',
      subject: `Sobre su receta${subjectTail}`,
      body: `${hello}

Hemos intentado ponernos en contacto con usted por su receta{{#medication}} de {{medication}}{{/medication}}.

¿Podría indicarnos cuándo le gustaría pasar a recogerla? Si lo prefiere, también podemos enviársela a domicilio. Basta con responder a este correo${callUs}.

${signOff}`,
    },
    {
      id: 'new_prescription_received',
      intents: ['new_prescription'],
      version: '1',
      subject: `Hemos recibido su receta${subjectTail}`,
      body: `${hello}

Gracias por enviarnos su receta{{#medication}} de {{medication}}{{/medication}}. La hemos recibido y empezamos a prepararla.

Le avisaremos cuando esté lista o si necesitamos algo más de usted.

${signOff}`,
    },
    {
      id: 'appointment_confirmation',
      intents: ['appointment'],
      version: '1',
      subject: `Su cita${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. {{#date}}Le confirmamos su cita del {{date}}.{{/date}}{{^date}}Hemos recibido su solicitud de cita y le confirmaremos la fecha y la hora lo antes posible.{{/date}}

Si no puede venir, avísenos respondiendo a este correo${callUs}.

${signOff}`,
    },
    {
      id: 'appointment_reschedule',
      intents: ['appointment'],
      version: '1',
      subject: `Cambio en su cita${subjectTail}`,
      body: `${hello}

Gracias por avisarnos. {{#date}}Hemos cambiado su cita al {{date}}.{{/date}}{{^date}}Con gusto buscaremos otro momento para su cita. Indíquenos algunos días y horas que le vengan bien.{{/date}}

Si no le viene bien, responda a este correo${callUs}.

${signOff}`,
    },
    {
      id: 'lab_results_received',
      intents: ['lab_results'],
      version: '1',
      subject: `Sus resultados${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Ya tenemos sus resultados{{#date}} del {{date}}{{/date}}.

Para proteger su privacidad, no comentamos los resultados por correo electrónico. Un farmacéutico se pondrá en contacto con usted para revisarlos juntos. También puede responder indicando el momento que mejor le venga${callUs}.

${signOff}`,
    },
    {
      id: 'invoice_sent',
      intents: ['billing'],
      version: '1',
      subject: `Su factura${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Le adjuntamos su factura{{#date}} del {{date}}{{/date}}.

Si ve algo que no sea correcto, responda a este correo${callUs} y lo revisaremos.

${signOff}`,
    },
    {
      id: 'insurance_in_progress',
      intents: ['insurance'],
      version: '1',
      subject: `Su trámite con el seguro está en curso${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Estamos en contacto con su aseguradora o mutua sobre {{#medication}}su receta de {{medication}}{{/medication}}{{^medication}}su receta{{/medication}}. La solicitud de cobertura o de autorización previa está en curso.

Esto puede tardar unos días laborables. Le avisaremos en cuanto tengamos respuesta.

${signOff}`,
    },
    {
      id: 'stock_check',
      intents: ['stock'],
      version: '1',
      subject: `Su consulta sobre {{#medication}}{{medication}}{{/medication}}{{^medication}}un producto{{/medication}}${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Estamos comprobando si {{#medication}}{{medication}}{{/medication}}{{^medication}}el producto que nos pide{{/medication}} está en existencia o se puede pedir para usted.

Le responderemos en breve con la disponibilidad y cuándo puede recogerlo. Si es urgente, responda a este correo${callUs}.

${signOff}`,
    },
    {
      id: 'out_of_stock',
      intents: ['stock'],
      version: '1',
      subject: `Disponibilidad de su producto${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Lamentablemente, {{#medication}}{{medication}} está{{/medication}}{{^medication}}el producto que nos ha pedido está{{/medication}} agotado o pendiente de suministro por parte de nuestro proveedor.

Le avisaremos en cuanto vuelva a estar disponible{{#date}} (previsto para el {{date}}){{/date}}. Si lo necesita antes, responda a este correo${callUs} y veremos juntos las alternativas.

${signOff}`,
    },
    {
      id: 'delivery_pickup',
      intents: ['delivery'],
      version: '1',
      subject: `Su pedido${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Su pedido{{#medication}} ({{medication}}){{/medication}} está listo{{#date}} a partir del {{date}}{{/date}}.

Puede recogerlo en {{#pharmacyName}}{{pharmacyName}}{{/pharmacyName}}{{^pharmacyName}}la farmacia{{/pharmacyName}} en nuestro horario de apertura, o responder a este correo si prefiere que se lo enviemos a domicilio.

${signOff}`,
    },
    {
      id: 'general_ack',
      intents: ['general'],
      version: '1',
      subject: `Hemos recibido su mensaje${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Lo hemos recibido y una persona de nuestro equipo le responderá lo antes posible.

${signOff}`,
    },
    {
      id: 'escalation_ack',
      intents: ['clinical'],
      version: '1',
      subject: `Un farmacéutico le responderá${subjectTail}`,
      body: `${hello}

Gracias por su mensaje. Un farmacéutico lo leerá y le responderá personalmente lo antes posible.

Si su consulta no puede esperar, llámenos{{#pharmacyPhone}} al {{pharmacyPhone}}{{/pharmacyPhone}} en nuestro horario de apertura.

${signOff}`,
    },
    {
      id: 'emergency_advice',
      intents: [],
      version: '1',
      subject:
        'Llame ahora {{#emergencyNumber}}al {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}al número de emergencias{{/emergencyNumber}}',
      body: `${hello}

Lo que describe puede necesitar ayuda urgente. Llame ahora {{#emergencyNumber}}al {{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}al número de emergencias{{/emergencyNumber}}.

No espere una respuesta por correo electrónico: este buzón no se atiende las 24 horas.

${signOff}`,
    },
  ],
};
