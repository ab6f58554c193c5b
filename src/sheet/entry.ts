// Functions Apps Script calls by name (editor, Settings buttons, a monthly trigger for archiving).
// The sidebar imports the rest (config, roles, feedback) directly.
export { setupAuditSpreadsheet } from './setup';
export { verifyAudit } from './verify';
export { archiveAudit } from './archive';
