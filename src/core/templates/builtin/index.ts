// The built-in template packs, one file per language.
import type { Lang } from '../../types';
import type { LanguagePack } from '../types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';

export const BUILTIN_PACKS: Readonly<Record<Lang, LanguagePack>> = { en, fr, nl, da, de, es };
