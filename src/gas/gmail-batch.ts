// Batched Gmail work for the scanner: one label lookup per run, label changes grouped per label in
// calls of at most 100 threads, and messages fetched for many threads at once. A label a person
// deleted is created again; a batch that fails for one thread is retried thread by thread so one
// bad thread cannot hold back the others.
import { errorCode, isFatal, withRetry } from './retry';

type Thread = GoogleAppsScript.Gmail.GmailThread;
type Label = GoogleAppsScript.Gmail.GmailLabel;
type Message = GoogleAppsScript.Gmail.GmailMessage;

export const LABEL_BATCH = 100;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class LabelBook {
  private labels: Map<string, Label> | null = null;

  private load(): Map<string, Label> {
    if (!this.labels) {
      this.labels = new Map();
      for (const label of withRetry(() => GmailApp.getUserLabels())) this.labels.set(label.getName(), label);
    }
    return this.labels;
  }

  /** The label, created when missing (a person may have deleted it) unless `create` is false. */
  get(name: string, create = true): Label | null {
    const known = this.load().get(name);
    if (known) return known;
    const found = withRetry(() => GmailApp.getUserLabelByName(name));
    const label = found ?? (create ? withRetry(() => GmailApp.createLabel(name)) : null);
    if (label) this.labels!.set(name, label);
    return label;
  }

  private forget(name: string): void {
    this.labels?.delete(name);
  }

  /**
   * Adds (or removes) a label on threads. Returns the ids of threads it could not change; a thread
   * deleted meanwhile counts as done. Daily quota and time limit errors propagate.
   */
  change(name: string, threads: Array<{ id: string; thread: Thread }>, add: boolean): Set<string> {
    const failed = new Set<string>();
    // Removing a label that does not exist is done already: it is not created for that.
    const apply = (list: Thread[]) => {
      const label = this.get(name, add);
      if (label) withRetry(() => (add ? label.addToThreads(list) : label.removeFromThreads(list)));
    };
    for (const batch of chunks(threads, LABEL_BATCH)) {
      try {
        try {
          apply(batch.map((t) => t.thread));
        } catch (error) {
          if (errorCode(error) !== 'not_found') throw error;
          // The label was deleted since it was looked up, or a thread was: look the label up again.
          this.forget(name);
          apply(batch.map((t) => t.thread));
        }
      } catch (error) {
        if (isFatal(error)) throw error;
        for (const t of batch) {
          try {
            apply([t.thread]);
          } catch (single) {
            if (isFatal(single)) throw single;
            if (errorCode(single) !== 'not_found') failed.add(t.id);
          }
        }
      }
    }
    return failed;
  }
}

/** Messages of many threads in one call; a batch that fails falls back to one call per thread. */
export function messagesOf(threads: Thread[]): Array<Message[] | Error> {
  try {
    return withRetry(() => GmailApp.getMessagesForThreads(threads));
  } catch (error) {
    if (isFatal(error) || threads.length === 1) {
      if (isFatal(error)) throw error;
      return [error instanceof Error ? error : new Error(String(error))];
    }
    return threads.map((thread) => {
      try {
        return withRetry(() => GmailApp.getMessagesForThread(thread));
      } catch (single) {
        if (isFatal(single)) throw single;
        return single instanceof Error ? single : new Error(String(single));
      }
    });
  }
}
