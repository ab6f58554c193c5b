// Applies the run's label changes and drafts, 100 threads at a time (one call per label per group),
// so that when time runs out the groups already done still count. A thread whose effects did not
// all happen is "incomplete": no record and no marker this run, so the next run does it again;
// every effect checks first or is idempotent, so doing it again is harmless.
import type { AuditEvent } from '../core/audit';
import type { LabelNames } from '../core/policy/labels';
import { LABEL_BATCH, chunks, type LabelBook } from '../gas/gmail-batch';
import { errorCode, isFatal } from '../gas/retry';
import { detail, draftEvent, event, threadLink, type EventContext } from './events';
import type { Work } from './prepare';

export interface EffectsResult {
  incomplete: Set<string>;
  /** Events of effects that happened even on incomplete threads (a draft exists once created). */
  events: AuditEvent[];
  /** Set when a daily quota ran out: nothing more may be attempted with that service. */
  stop: unknown;
}

function groups(works: Work[], pick: (w: Work) => string[]): Map<string, Work[]> {
  const map = new Map<string, Work[]>();
  for (const w of works) for (const name of pick(w)) map.set(name, [...(map.get(name) ?? []), w]);
  return map;
}

interface Context {
  book: LabelBook;
  names: LabelNames;
  ctx: EventContext;
  outOfTime: () => boolean;
  incomplete: Set<string>;
  events: AuditEvent[];
}

function labelGroup(works: Work[], c: Context): void {
  // Adds before removes: a thread that changes intent is never left without an intent label.
  const changes = [
    ...[...groups(works, (w) => w.add)].map(([name, list]) => ({ name, list, add: true })),
    ...[...groups(works, (w) => w.remove)].map(([name, list]) => ({ name, list, add: false })),
  ];
  for (const { name, list, add } of changes) {
    const todo = list.filter((w) => !c.incomplete.has(w.id));
    if (c.outOfTime()) todo.forEach((w) => c.incomplete.add(w.id));
    else for (const id of c.book.change(name, todo, add)) c.incomplete.add(id);
  }
}

function draftGroup(works: Work[], c: Context): void {
  const withDraft: Work[] = [];
  for (const w of works) {
    const plan = w.draft;
    if (!plan || !w.message || c.incomplete.has(w.id)) continue;
    const base = { threadLink: threadLink(w.id), messageId: w.message.getId() };
    if ('skip' in plan) {
      const fields = { ...base, outcome: `skipped:${plan.skip}`, detail: detail({ kind: plan.kind }) };
      w.events.push(event(c.ctx, 'draft', `draft:${base.messageId}`, fields));
      continue;
    }
    if (!plan.existing) {
      if (c.outOfTime()) {
        c.incomplete.add(w.id);
        continue;
      }
      try {
        // Never retried: a failed call may still have made the draft. The next run looks at the
        // thread again and makes it only if it is not there.
        w.message.createDraftReply(plan.rendered.body);
      } catch (error) {
        if (isFatal(error)) throw error;
        c.incomplete.add(w.id);
        continue;
      }
    }
    c.events.push(draftEvent(c.ctx, plan, base));
    withDraft.push(w);
  }
  // Best effort: the draft itself is what matters.
  if (withDraft.length && !c.outOfTime()) c.book.change(c.names.draftReady, withDraft, true);
}

export function applyEffects(
  works: Work[],
  book: LabelBook,
  names: LabelNames,
  ctx: EventContext,
  outOfTime: () => boolean,
): EffectsResult {
  const c: Context = { book, names, ctx, outOfTime, incomplete: new Set(), events: [] };
  try {
    for (const group of chunks(works, LABEL_BATCH)) {
      labelGroup(group, c);
      draftGroup(group, c);
    }
  } catch (error) {
    if (!isFatal(error) || errorCode(error) === 'time_limit') throw error;
    works.forEach((w) => c.incomplete.add(w.id));
    return { incomplete: c.incomplete, events: c.events, stop: error };
  }
  return { incomplete: c.incomplete, events: c.events, stop: null };
}
