// Action responses: every action answers with a notification, optionally moving between cards.
type Card = GoogleAppsScript.Card_Service.Card;

export type Move =
  { kind: 'update'; card: Card } | { kind: 'push'; card: Card } | { kind: 'pop' } | { kind: 'root' };

export function notify(text: string, move?: Move): GoogleAppsScript.Card_Service.ActionResponse {
  const builder = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(text),
  );
  if (move) {
    const nav = CardService.newNavigation();
    if (move.kind === 'update') nav.updateCard(move.card);
    else if (move.kind === 'push') nav.pushCard(move.card);
    else if (move.kind === 'pop') nav.popCard();
    else nav.popToRoot();
    builder.setNavigation(nav);
  }
  return builder.build();
}

export function update(card: Card): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().updateCard(card))
    .build();
}

export function push(card: Card): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(card))
    .build();
}

export function universal(card: Card): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}
