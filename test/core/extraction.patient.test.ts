import { describe, expect, it } from 'vitest';
import { extractPatientFirstName as name } from '../../src/core/extraction/patient';

describe('extractPatientFirstName', () => {
  it('takes the display name of the From header', () => {
    expect(name({ from: '"Anna Smith" <anna@example.com>', body: 'Hi', language: 'en' })).toBe('Anna');
    expect(name({ from: 'Smith, Anna <anna@example.com>', body: 'Hi', language: 'en' })).toBe('Anna');
    expect(name({ from: 'MARIE-CLAIRE DUBOIS <mc@example.fr>', body: 'Bonjour', language: 'fr' })).toBe(
      'Marie-Claire',
    );
    expect(name({ from: 'jan.devries@example.nl', body: 'Hoi', language: 'nl' })).toBe('Jan');
  });

  it('skips organisations and no-reply senders and uses the sign-off', () => {
    expect(
      name({
        from: 'Pharmacie du Centre <contact@pharma.fr>',
        body: 'Bonjour,\n\nMerci.\n\nCordialement,\nMarie Dupont',
        language: 'fr',
      }),
    ).toBe('Marie');
    expect(name({ from: 'no-reply@clinic.example', body: 'Hello\n\nThanks, Anna', language: 'en' })).toBe(
      'Anna',
    );
    expect(name({ from: 'Apotek Nord <info@apotek.dk>', body: 'Hej\n\nMvh Lars', language: 'da' })).toBe(
      'Lars',
    );
    expect(name({ from: 'Zorg BV <info@zorg.nl>', body: 'Hallo,\n\nGroeten, Sanne', language: 'nl' })).toBe(
      'Sanne',
    );
    expect(name({ from: '', body: 'Hej\n\nKan I hjælpe?\n\nHilsen\nMette', language: 'da' })).toBe('Mette');
    expect(name({ from: '', body: 'Hallo,\nMit freundlichen Grüßen\nJonas Weber', language: 'de' })).toBe(
      'Jonas',
    );
    expect(name({ from: '', body: 'Hola,\nUn saludo,\nLucía', language: 'es' })).toBe('Lucía');
  });

  it('uses a self-introduction', () => {
    expect(name({ from: '', body: 'My name is Anna and I have a question.', language: 'en' })).toBe('Anna');
    expect(name({ from: '', body: "Bonjour, je m'appelle Julie, j'ai une question.", language: 'fr' })).toBe(
      'Julie',
    );
  });

  it('greets the sender, not the person they write about', () => {
    expect(name({ from: '', body: 'Hello, my mother Marie needs her refill.', language: 'en' })).toBeNull();
    expect(
      name({
        from: '',
        body: 'Bonjour, ma mère Marie a besoin de son Skenan.\n\nMerci, Julie',
        language: 'fr',
      }),
    ).toBe('Julie');
    expect(
      name({
        from: 'Marie Dupont <marie@example.fr>',
        body: 'Bonjour, ma mère Marie a besoin de son Skenan.\nMerci, Julie',
        language: 'fr',
      }),
    ).toBe('Julie');
    expect(
      name({
        from: '',
        body: 'Hej, min mor Inge skal have fornyet sin recept.\n\nMvh Peter',
        language: 'da',
      }),
    ).toBe('Peter');
  });

  it('never returns a medicine, a common word or a title without first name', () => {
    expect(name({ from: 'Xanax <x@example.com>', body: 'Thanks', language: 'en' })).toBeNull();
    expect(name({ from: '', body: 'Please refill.\n\nThanks,\nDoliprane', language: 'en' })).toBeNull();
    expect(name({ from: '', body: 'Please refill.\n\nThank you', language: 'en' })).toBeNull();
    expect(
      name({ from: 'Dr. Martin <drmartin@example.com>', body: 'See attached.\nRegards', language: 'en' }),
    ).toBeNull();
    expect(name({ from: '', body: 'Sent from my iPhone', language: 'en' })).toBeNull();
    expect(name({ from: '', body: "I'm pregnant.", language: 'en' })).toBeNull();
  });

  it('does not take an organisation for a person', () => {
    expect(
      name({ from: 'PostNord <levering@example.dk>', body: 'Din pakke er på vej.', language: 'da' }),
    ).toBeNull();
    expect(
      name({ from: 'e-Boks <ikke-svar@example.dk>', body: 'Du har ny post.', language: 'da' }),
    ).toBeNull();
    expect(
      name({
        from: 'Praxis Dr. Brandt <praxis@example.de>',
        body: 'Mit freundlichen Grüßen\nPraxisteam Dr. Brandt',
        language: 'de',
      }),
    ).toBeNull();
    expect(
      name({
        from: 'Family Dentistry <frontdesk@example.com>',
        body: 'Thank you, Renee, front desk',
        language: 'en',
      }),
    ).toBe('Renee');
    expect(name({ from: 'Daan Post <daan@example.nl>', body: 'Hoi', language: 'nl' })).toBe('Daan');
    expect(name({ from: 'Valérie Maillard <v@example.fr>', body: 'Bonjour', language: 'fr' })).toBe(
      'Valérie',
    );
  });

  it('reads the signature when the body has no sign-off', () => {
    expect(
      name({
        from: '',
        body: 'Can you call me back?',
        signature: 'Tom Jensen\n+45 12 34 56 78',
        language: 'en',
      }),
    ).toBe('Tom');
  });
});
