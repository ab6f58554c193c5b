// Reply templates: built-in packs, rendering, selection and spreadsheet overrides.
export * from './types';
export { BUILTIN_PACKS } from './builtin';
export { renderTemplate, sanitizeValue, emergencyFooter, type RenderedTemplate } from './render';
export {
  inspectTemplate,
  placeholdersOf,
  guardGreeting,
  type TemplateIssue,
  type TemplateInspection,
} from './syntax';
export {
  templateFor,
  templateIdFor,
  listTemplates,
  builtinTemplate,
  resolveLanguage,
  type SelectionInput,
  type Overrides,
} from './select';
export {
  validateTemplateRows,
  validateTemplateRowObjects,
  TEMPLATE_COLUMNS,
  MAX_BODY_LENGTH,
  MAX_SUBJECT_LENGTH,
  MAX_VERSION_LENGTH,
} from './overrides';
export * from './values';
