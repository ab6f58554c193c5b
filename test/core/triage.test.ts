import { describe, expect, it } from 'vitest';
import { priorityOf, toOutput, triageMessage } from '../../src/core/triage';

describe('triageMessage', () => {
  it('answers with exactly the contract line', () => {
    const out = toOutput(
      triageMessage({ id: 'x', body: 'Could you refill my metformin? I pick it up Friday.' }),
    );
    expect(Object.keys(out)).toEqual([
      'id',
      'language',
      'intent',
      'escalate',
      'priority',
      'reasons',
      'confidence',
      'evidence',
    ]);
    expect(out.confidence).toBeGreaterThanOrEqual(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
    expect(out.evidence.length).toBeGreaterThan(0);
  });

  it('derives priority from the reasons and the intent', () => {
    expect(priorityOf('clinical', ['emergency', 'dosing'], true)).toBe('urgent');
    expect(priorityOf('refill', ['controlled_substance'], true)).toBe('high');
    expect(priorityOf('billing', [], false)).toBe('normal');
    expect(priorityOf('automated', [], false)).toBe('low');
  });

  it('takes mail software at its word, and only lets it escalate on an emergency phrase', () => {
    const reply = triageMessage({
      id: 'ooo',
      subject: 'Automatic reply: prescription',
      headers: { 'auto-submitted': 'auto-replied' },
      body: 'I am away until Monday. If this is a medical emergency, please call 112. For side effects contact your doctor.',
    });
    expect(reply).toMatchObject({
      intent: 'automated',
      escalate: false,
      priority: 'low',
      reasons: [],
      decidedBy: 'rule',
    });
  });

  it('takes a person answering an auto-reply for a person, emergencies and all', () => {
    const answer = triageMessage({
      id: 'ans',
      subject: 'RE: Automatic reply: prescription',
      headers: { 'in-reply-to': '<auto-1@example.com>' },
      body: 'Still crushing chest pain, sweating.\n\nOn Mon, 3 Mar 2025, Pharmacy <rx@example.com> wrote:\n> We are closed until Monday.',
    });
    expect(answer.intent).not.toBe('automated');
    expect(answer.reasons).toContain('emergency');
  });

  it('never calls a short question somebody wrote machine mail', () => {
    for (const body of [
      'is it ok to take melatonin every night?',
      'how long does amoxicillin stay in the body',
    ]) {
      expect(triageMessage({ id: 'q', body }).intent, body).not.toBe('automated');
    }
  });

  it('files a message as automated on the model alone only when the model is sure', async () => {
    const { AUTOMATED_MIN_CONFIDENCE } = await import('../../src/core/triage');
    const relay = triageMessage({
      id: 'form',
      from: 'Website <forms@sitebuilder.example>',
      subject: 'New contact form submission',
      body: 'Name: Helen Marsh\nMessage: I had my blood test last week at your pharmacy and have not heard anything about the results yet. Could someone let me know?',
    });
    if (relay.intent === 'automated')
      expect(relay.confidence).toBeGreaterThanOrEqual(AUTOMATED_MIN_CONFIDENCE);
    expect(relay.intent).not.toBe('automated');
  });

  it('escalates every clinical message and gives an emergency its urgent priority', () => {
    const result = triageMessage({
      id: 'e',
      from: 'Lena Berg <lena.berg@example.com>',
      body: 'My father took his sleeping pills twice tonight and we can hardly wake him. What do we do?',
    });
    expect(result).toMatchObject({ escalate: true, priority: 'urgent' });
    expect(result.reasons).toContain('emergency');
    expect(result.reasonHits.every((h) => h.phrase.length > 0 && h.rule.includes('.'))).toBe(true);
  });

  it('hints at alarming words that only the quoted history holds, without escalating', () => {
    const result = triageMessage({
      id: 'h',
      body: 'Thanks, I will collect it tomorrow.\n\nOn Mon, 16 Nov 2026 at 09:00, Pharmacy <inbox@example.com> wrote:\n> You wrote that you had chest pain since yesterday.',
    });
    expect(result.reasons).not.toContain('emergency');
    expect(result.historyHints.length).toBeGreaterThan(0);
  });

  it("reads a reply's subject as history: only an emergency or a controlled medicine in it still counts", () => {
    const history = '\n\nOp ma 3 mrt. 2025 om 10:12 schreef Apotheek <inbox@example.nl>:\n> Hoe gaat het nu?';
    const body = `Alles is goed gegaan, dank jullie wel voor het snelle antwoord gisteren!${history}`;
    expect(triageMessage({ id: 'r', subject: 'RE: per ongeluk 2 tabletten', body }).reasons).toEqual([]);
    expect(triageMessage({ id: 'n', subject: 'per ongeluk 2 tabletten', body }).reasons).toContain('dosing');
    expect(
      triageMessage({ id: 'e', subject: "Re: he can't breathe", body: `please call me${history}` }).reasons,
    ).toContain('emergency');
    expect(
      triageMessage({ id: 'c', subject: 'Re: oxycodone', body: `They were stolen from my car${history}` })
        .reasons,
    ).toContain('controlled_substance');
    // "Re:" for "regarding", with no earlier message: the subject is the sender's own words
    expect(
      triageMessage({ id: 'g', subject: 'Re: allergic reaction to amoxicillin', body: 'please call me back' })
        .reasons,
    ).toContain('allergy');
  });

  it('adds an emergency the rules miss when the learned model is sure, with the words that weighed most', () => {
    const learned = triageMessage({
      id: 'l',
      body: 'my husband has gone a funny colour, cold and sweaty, and he keeps rubbing his chest and left arm',
    });
    expect(learned.reasonHits).toContainEqual(
      expect.objectContaining({ reason: 'emergency', rule: 'model.emergency' }),
    );
    expect(learned.priority).toBe('urgent');
    // mail software's own mail: only a rule's emergency phrase counts there, never the model's
    const machine = triageMessage({
      id: 'm',
      headers: { 'auto-submitted': 'auto-generated', 'list-unsubscribe': '<mailto:x@example.com>' },
      body: 'my husband has gone a funny colour, cold and sweaty, and he keeps rubbing his chest and left arm',
    });
    expect(machine.reasonHits.some((h) => h.rule === 'model.emergency')).toBe(false);
  });
});
