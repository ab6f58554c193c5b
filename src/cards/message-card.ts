// A card that only says something: no access, or why the thread could not be read.
import { card, paragraph, section } from './widgets';

export function messageCard(title: string, text: string): GoogleAppsScript.Card_Service.Card {
  return card(title, [section([paragraph(text)])], { name: 'message' });
}
