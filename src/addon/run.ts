// The frame of every callback. Actions: access token, role check (fail closed), the work, exactly
// one audit row (success or failure), and a localized notification, never a stack trace. Cards
// drawn by triggers: the same checks, and a short card instead of an error.
import type { AuditAction } from '../core/audit';
import { can, type Permission } from '../core/policy/roles';
import { currentActor, type Actor } from '../gas/roles';
import { notify, type Move } from '../cards/responses';
import { messageCard } from '../cards/message-card';
import { auditEvent, writeAudit, type AuditOutcome, type MessageFacts } from './audit';
import { contextOf, useMessageToken, type AddonEvent, type Context } from './context';
import { Failure, failureCode, logFailure, type FailureCode } from './errors';

type Response =
  | GoogleAppsScript.Card_Service.ActionResponse
  | GoogleAppsScript.Card_Service.UpdateDraftActionResponse
  | GoogleAppsScript.Card_Service.UniversalActionResponse;

/** What the work tells the audit row; filled in as it learns, so a failure row is as complete as it can be. */
export interface AuditRecord {
  facts: Partial<MessageFacts>;
  detail: string;
  /** Overrides `success` for an action that ran but did nothing (e.g. `failure:no_template`). */
  outcome?: string;
  /** The work wrote its own row (set-up does). */
  written?: boolean;
}

export interface Done {
  notice?: string;
  move?: Move;
  response?: Response;
}

export type Work = (ctx: Context, actor: Actor, record: AuditRecord) => Done;

function identify(e: AddonEvent | undefined): Actor {
  useMessageToken(e);
  return currentActor();
}

function check(actor: Actor, permission: Permission): Actor {
  if (!actor.email) throw new Failure('no_user');
  if (!can(actor.roles, permission)) throw new Failure('forbidden');
  return actor;
}

function auditNote(ctx: Context, audit: AuditOutcome | null, notice: string): string {
  if (audit === 'queued') return `${notice} ${ctx.ui.t('done.queued')}`;
  if (audit && typeof audit === 'object') return ctx.ui.t('done.auditFailed', { code: audit.failed });
  return notice;
}

export function runAction(
  e: AddonEvent | undefined,
  action: AuditAction,
  permission: Permission,
  work: Work,
): Response {
  const ctx = contextOf(e);
  const record: AuditRecord = { facts: {}, detail: '' };
  let actor: Actor = { email: null, roles: [] };
  let done: Done | null = null;
  let code: FailureCode | null = null;
  try {
    actor = identify(e);
    done = work(ctx, check(actor, permission), record);
  } catch (error) {
    code = failureCode(error);
    logFailure(action, code);
  }
  let audit: AuditOutcome | null = null;
  if (!record.written) {
    try {
      audit = writeAudit(
        auditEvent(
          ctx,
          actor,
          action,
          code ? `failure:${code}` : (record.outcome ?? 'success'),
          record.facts,
          record.detail,
        ),
      );
    } catch (error) {
      audit = { failed: failureCode(error) };
    }
  }
  if (code || !done) return notify(ctx.ui.t(`error.${code ?? 'internal'}`, { code: code ?? 'internal' }));
  if (done.response) return done.response;
  return notify(auditNote(ctx, audit, done.notice ?? ''), done.move);
}

/** For navigation-only callbacks (show a form, go back, refresh): checked, but nothing to audit. */
export function runView<T>(
  e: AddonEvent | undefined,
  permission: Permission | null,
  view: (ctx: Context, actor: Actor) => T,
  onError: (ctx: Context, code: FailureCode) => T,
): T {
  const ctx = contextOf(e);
  try {
    const actor = permission ? check(identify(e), permission) : { email: null, roles: [] };
    return view(ctx, actor);
  } catch (error) {
    const code = failureCode(error);
    logFailure('view', code);
    return onError(ctx, code);
  }
}

/** The short card a trigger shows instead of its card when it cannot. */
export function failureCard(ctx: Context, code: FailureCode): GoogleAppsScript.Card_Service.Card {
  if (code === 'forbidden') return messageCard(ctx.ui.t('access.title'), ctx.ui.t('access.noRole'));
  return messageCard(ctx.ui.t('error.title'), ctx.ui.t(`error.${code}`, { code }));
}

export function failureNotice(ctx: Context, code: FailureCode): GoogleAppsScript.Card_Service.ActionResponse {
  return notify(ctx.ui.t(`error.${code}`, { code }));
}
