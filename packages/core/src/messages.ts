import { supportedLanguages, type Language } from './language.js';
import { toNFC } from './text.js';

/** One language's strings. Catalogues are typed from the Vietnamese one, so a missing key fails the build. */
export type Catalogue<Key extends string> = Readonly<Record<Key, string>>;
export type Catalogues<Key extends string> = Readonly<Record<Language, Catalogue<Key>>>;

/**
 * Per-instance overrides: either flat (`{"heading": "Bình luận"}`, any language) or per language
 * (`{"vi": {…}, "en": {…}}`).
 */
export type StringOverrides<Key extends string> =
  Partial<Record<Key, string>> | Partial<Record<Language, Partial<Record<Key, string>>>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickStrings<Key extends string>(catalogue: Catalogue<Key>, source: unknown): Partial<Record<Key, string>> {
  const picked: Partial<Record<Key, string>> = {};
  if (!isRecord(source)) return picked;
  for (const key of Object.keys(catalogue) as Key[]) {
    const value = source[key];
    if (typeof value === 'string') picked[key] = toNFC(value);
  }
  return picked;
}

/** The strings an instance renders: its language's catalogue with the instance's overrides on top. */
export function resolveMessages<Key extends string>(
  catalogues: Catalogues<Key>,
  language: Language,
  given?: StringOverrides<Key> | null,
): Catalogue<Key> {
  const base = catalogues[language];
  // Checked at run time: overrides come from JSON attributes, flat or per language.
  const overrides: unknown = given;
  if (!isRecord(overrides)) return base;
  const perLanguage = supportedLanguages.some((code) => isRecord(overrides[code]));
  const chosen = perLanguage ? overrides[language] : overrides;
  return { ...base, ...pickStrings(base, chosen) };
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a typo is noticed, not hidden. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
