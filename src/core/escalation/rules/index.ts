import type { Lang } from '../../types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import type { LanguageRules } from './types';

export type { LanguageRules } from './types';

/** Every language's rule file, in a fixed order (the rule set's hash depends on it). */
export const RULES: Record<Lang, LanguageRules> = { en, fr, nl, da, de, es };
