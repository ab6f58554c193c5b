// The scanner's Apps Script functions: each export becomes a top-level function of the bundle.
export { scanInbox } from './scan';
export { installScanner, uninstallScanner } from './install';
