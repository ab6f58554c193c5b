import { describe, expect, it } from 'vitest';
import { detectAutomated } from '../../src/core/text/automated';
import { decodeEntities, htmlToText } from '../../src/core/text/html';
import { prepareMessage } from '../../src/core/text/prepare';
import { splitBody } from '../../src/core/text/quoted';

describe('htmlToText', () => {
  it('keeps line structure, lists and table cells, decodes entities', () => {
    const text = htmlToText(
      '<html><head><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Mon ordonnance&nbsp;:</p><ul><li>Levothyrox&#160;75</li><li>Kardegic</li></ul><table><tr><td>Date</td><td>12/11</td></tr></table><script>alert(1)</script></body></html>',
    );
    expect(text).toContain('Bonjour,\n');
    expect(text).toContain('- Levothyrox 75');
    expect(text).toMatch(/Date\s+12\/11/);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color:red');
  });

  it('marks Gmail and Outlook quotes so the history is cut', () => {
    const text = htmlToText(
      '<div>Thanks, see you Friday</div><div class="gmail_quote">On Mon X wrote:<blockquote>I have chest pain</blockquote></div>',
    );
    expect(splitBody(text).fresh).toBe('Thanks, see you Friday');
    expect(splitBody(text).quoted).toContain('chest pain');
  });

  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&eacute;t&eacute; &#233; &#x41; &bogus;')).toBe('été é A &bogus;');
  });

  it('handles deep nesting and a large body in linear time', () => {
    const html = '<div>'.repeat(50_000) + 'refill please' + '</div>'.repeat(50_000);
    const started = Date.now();
    expect(htmlToText(html)).toBe('refill please');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('splitBody: quoted history in every language', () => {
  const cases: Array<[string, string]> = [
    ['en', 'On Mon, 3 Mar 2025 at 10:12, Ann Smith <ann@example.com> wrote:'],
    ['fr', 'Le lun. 3 mars 2025 à 10:12, Marie Dupont <marie@example.fr> a écrit :'],
    ['nl', 'Op ma 3 mrt. 2025 om 10:12 schreef Sanne de Vries <sanne@example.nl>:'],
    ['da', 'Den man. 3. mar. 2025 kl. 10.12 skrev Lars Jensen <lars@example.dk>:'],
    ['de', 'Am Mo., 3. März 2025 um 10:12 Uhr schrieb Jan Weber <jan@example.de>:'],
    ['es', 'El lun, 3 mar 2025 a las 10:12, Ana Ruiz (<ana@example.es>) escribió:'],
  ];
  for (const [lang, header] of cases) {
    it(`cuts at the ${lang} reply header`, () => {
      const split = splitBody(
        `Thanks, I will pick it up tomorrow.\n\n${header}\n> I have had chest pain since yesterday`,
      );
      expect(split.fresh).toBe('Thanks, I will pick it up tomorrow.');
      expect(split.quoted).toContain('chest pain');
    });
  }

  it('cuts at a GroupWise header, whose history below has no > marks', () => {
    const split = splitBody(
      'Kunnen jullie morgen bezorgen?\n\n>>> Arjen Smit <arjen@example.nl> 10-3-2025 18:22 >>>\nMijn vader heeft een aanval gehad',
    );
    expect(split.fresh).toBe('Kunnen jullie morgen bezorgen?');
    expect(split.quoted).toContain('aanval');
  });

  it('cuts a two-line Gmail header', () => {
    const split = splitBody(
      'ok merci\n\nLe lun. 3 mars 2025 à 10:12, Pharmacie du Centre <\ncontact@example.fr> a écrit :\n> douleur thoracique',
    );
    expect(split.fresh).toBe('ok merci');
  });

  it('cuts Outlook header blocks (From/Sent, De/Envoyé, Van/Verzonden, Fra/Sendt)', () => {
    for (const block of [
      'From: A\nSent: Monday',
      'De : A\nEnvoyé : lundi',
      'Van: A\nVerzonden: maandag',
      'Fra: A\nSendt: mandag',
    ]) {
      expect(splitBody(`Fine, thanks.\n\n${block}\nTo: B\nSubject: x\n\nI can't breathe`).fresh).toBe(
        'Fine, thanks.',
      );
    }
  });

  it('removes > lines wherever they are and -----Original Message----- blocks', () => {
    const split = splitBody(
      '> seizure last night\nAll good now, just the refill please\n-----Original Message-----\noverdose',
    );
    expect(split.fresh).toBe('All good now, just the refill please');
    expect(split.quoted).toContain('seizure');
    expect(split.quoted).toContain('overdose');
  });

  it('removes signatures, mobile footers and disclaimers but keeps a P.S.', () => {
    expect(
      splitBody('Please refill my metformin.\n\nKind regards,\nAnna Jensen\n+32 2 123 45 67').fresh,
    ).toBe('Please refill my metformin.');
    expect(splitBody('Renouvellement svp\n\nEnvoyé de mon iPhone').fresh).toBe('Renouvellement svp');
    const disclaimer =
      'Please send the invoice.\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential medical information. If you are not the intended recipient, report adverse events to the sender and delete it.';
    expect(splitBody(disclaimer).fresh).toBe('Please send the invoice.');
    expect(
      splitBody('Refill please.\n\nThanks,\nAnna\nPS: my chest hurts since this morning').fresh,
    ).toContain('chest hurts');
  });

  it("drops conditional emergency instructions of footers, in every language, but keeps a caller's own words", () => {
    const footers = [
      'If this is a medical emergency, please call 911 or go to the nearest emergency department.',
      "En cas d'urgence vitale, composez le 15.",
      'Bij spoed belt u de huisartsenpost of 112.',
      'Ved bevidstløshed, kramper eller vejrtrækningsbesvær: ring 112.',
      'Im Notfall wählen Sie bitte 112.',
      'En caso de urgencia llame al 112.',
    ];
    for (const footer of footers) {
      const split = splitBody(`Please renew my sertraline, I will collect it Monday.\n\n${footer}`);
      expect(split.fresh, footer).toBe('Please renew my sertraline, I will collect it Monday.');
      expect(split.signature).toContain(footer);
    }
    expect(
      splitBody('He is not breathing properly, call 112 for me? I am at the pharmacy door').fresh,
    ).toContain('not breathing');
    expect(splitBody('If he gets worse I will call 112, but can you advise first?').fresh).toContain('112');
  });

  it('keeps a patient asking for confidentiality: that is content, not a footer', () => {
    const body =
      'Please keep this message confidential: since the new pills I have thoughts of ending my life.';
    expect(splitBody(body).fresh).toBe(body);
  });
});

describe('detectAutomated', () => {
  it('recognises machine mail from headers, senders and subjects', () => {
    expect(detectAutomated({ headers: { 'auto-submitted': 'auto-replied' } })?.kind).toBe('auto_reply');
    expect(detectAutomated({ headers: { 'auto-submitted': 'no' } })).toBeNull();
    expect(detectAutomated({ from: 'Mail Delivery Subsystem <MAILER-DAEMON@example.com>' })?.kind).toBe(
      'bounce',
    );
    expect(
      detectAutomated({
        contentTypes: ['multipart/report; report-type=delivery-status', 'message/delivery-status'],
      })?.kind,
    ).toBe('bounce');
    expect(detectAutomated({ contentTypes: ['message/feedback-report'] })?.kind).toBe('report');
    expect(detectAutomated({ headers: { precedence: 'bulk' } })?.strong).toBe(true);
    expect(detectAutomated({ headers: { 'list-unsubscribe': '<mailto:x@example.com>' } })?.strong).toBe(
      false,
    );
    for (const subject of [
      'Automatic reply: refill',
      'Réponse automatique : absent',
      'Automatisch antwoord: vakantie',
      'Autosvar: ferie',
      'Abwesenheitsnotiz',
      'Respuesta automática',
      'Undeliverable: Your refill',
      'Onbestelbaar: recept',
    ])
      expect(detectAutomated({ subject })?.strong, subject).toBe(true);
  });

  it('does not take a patient subject that starts like an auto-reply word for one', () => {
    expect(detectAutomated({ subject: 'Absence de stock de Ventoline ?' })).toBeNull();
    expect(detectAutomated({ subject: 'Re: my refill' })).toBeNull();
  });
});

describe('prepareMessage', () => {
  it('gives empty input a clear warning, not an exception', () => {
    expect(prepareMessage({ id: 'x' }).warnings).toContain('empty');
  });

  it('reads HTML when there is no plain body and flags huge or broken input', () => {
    expect(prepareMessage({ id: 'x', html: '<p>Hello <b>there</b></p>' }).fresh).toBe('Hello there');
    const huge = prepareMessage({ id: 'x', body: 'refill '.repeat(100_000) });
    expect(huge.warnings).toContain('truncated');
    expect(huge.fresh.length).toBeLessThanOrEqual(6_000);
    expect(prepareMessage({ id: 'x', body: 'caf\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD' }).warnings).toContain(
      'encoding',
    );
  });

  it('reads a short forward by its forwarded content', () => {
    const p = prepareMessage({
      id: 'x',
      subject: 'Fwd: question',
      body: 'see below\n\n---------- Forwarded message ---------\nFrom: Mum <m@example.com>\nSubject: pills\n\nI took my sleeping pills twice and I feel very drowsy',
    });
    expect(p.fresh).toContain('very drowsy');
  });

  it('strips reply prefixes from the subject', () => {
    expect(prepareMessage({ id: 'x', subject: 'RE: Fwd: SV: Antw: TR: refill' }).subject).toBe('refill');
  });
});
