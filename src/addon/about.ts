// The About card (universal action): no patient data, so no role is needed to read it.
import { labelNames } from '../core/policy/labels';
import { aboutCard } from '../cards/about-card';
import { universal } from '../cards/responses';
import { version } from '../../package.json';
import type { AddonEvent } from './context';
import { failureCard, runView } from './run';

export function onAboutImpl(e: AddonEvent): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return runView(
    e,
    null,
    (ctx) => {
      const settings = ctx.settings();
      const escalated = encodeURIComponent(labelNames(settings.labelPrefix).escalate);
      return universal(
        aboutCard(
          {
            version,
            escalatedUrl: `https://mail.google.com/mail/u/0/#label/${escalated}`,
          },
          ctx.ui,
        ),
      );
    },
    (ctx, code) => universal(failureCard(ctx, code)),
  );
}
