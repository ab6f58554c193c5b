// Protections that only the spreadsheet's owner (and the account running set-up) pass: a
// warning-only protection would let any editor write, so editors are removed and domain editing
// is switched off. Existing protections are reused so set-up can run again.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

function lockDown(protection: Protection, description: string): Protection {
  protection.setDescription(description);
  protection.setWarningOnly(false);
  // Apps Script's own recipe: add yourself first, or removing a group you belong to throws.
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}

export function protectSheet(sheet: Sheet, description: string): Protection {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  return lockDown(existing ?? sheet.protect(), description);
}

export function protectHeaderRow(sheet: Sheet, description: string): Protection {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find((p) => p.getDescription() === description);
  return lockDown(existing ?? sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect(), description);
}
