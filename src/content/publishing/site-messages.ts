// The site's catalog, resolved at build time: the language's own (or its primary language's,
// `pt-BR` → pt), with the publisher's overrides (`site.messages`) on top. Only the resolved
// catalog reaches the bundle (virtual:archive), never the thirteen others.
import { en, type Catalog, type MessageKey, type Plural } from './messages/en.ts';
import { placeholders } from './translator.ts';
import { de } from './messages/de.ts';
import { fr } from './messages/fr.ts';
import { es } from './messages/es.ts';
import { it } from './messages/it.ts';
import { pt } from './messages/pt.ts';
import { nl } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { uk } from './messages/uk.ts';
import { ja } from './messages/ja.ts';
import { zh } from './messages/zh.ts';
import { ar } from './messages/ar.ts';
import { he } from './messages/he.ts';

/** Every catalog the interface ships, by language. */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, de, fr, es, it, pt, nl, pl, uk, ja, zh, ar, he };

/** Publisher overrides: any message, in the shape English gives it (a text, or plural forms). */
export type MessageOverrides = { [K in MessageKey]?: Catalog[K] };

/** The shipped catalog for a language tag (exact, then its primary language), or null for a language with none. */
export function catalogFor(language: string): Catalog | null {
  return CATALOGS[language] ?? CATALOGS[language.split('-')[0]!.toLowerCase()] ?? null;
}

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Every problem with `site.messages`, each naming the key: unknown keys, wrong shapes, placeholders English does not have. */
export function checkMessageOverrides(overrides: unknown): string[] {
  if (overrides === undefined) return [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
    return [`site.messages is ${JSON.stringify(overrides)}: expected an object of message keys and texts, such as { 'list.latest': 'Front page' }`];
  const errors: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in en)) {
      errors.push(`site.messages["${key}"] is not a message of the interface (the keys are those of src/content/publishing/messages/en.ts)`);
      continue;
    }
    const source = en[key as MessageKey] as string | Plural;
    const allowed = new Set(placeholders(typeof source === 'string' ? source : source.other));
    const texts: [string, unknown][] =
      typeof source === 'string'
        ? [[`site.messages["${key}"]`, value]]
        : plainObject(value)
          ? Object.entries(value).map(([form, text]) => [`site.messages["${key}"].${form}`, text])
          : [];
    if (typeof source === 'string' && typeof value !== 'string') {
      errors.push(`site.messages["${key}"] is ${JSON.stringify(value)}: expected a text`);
      continue;
    }
    if (typeof source !== 'string') {
      if (!plainObject(value) || typeof value.other !== 'string') {
        errors.push(`site.messages["${key}"] is ${JSON.stringify(value)}: expected plural forms, at least { other: '…' }, such as ${JSON.stringify(source)}`);
        continue;
      }
      const wrongForm = Object.keys(value).find((form) => !PLURAL_FORMS.has(form));
      if (wrongForm) errors.push(`site.messages["${key}"].${wrongForm} is not a plural form (forms: ${[...PLURAL_FORMS].join(', ')})`);
    }
    for (const [name, text] of texts) {
      if (typeof text !== 'string') {
        errors.push(`${name} is ${JSON.stringify(text)}: expected a text`);
        continue;
      }
      const stray = placeholders(text).filter((p) => !allowed.has(p));
      if (stray.length > 0)
        errors.push(
          `${name} uses {${stray.join('}, {')}}: this message can only use ${allowed.size ? [...allowed].map((p) => `{${p}}`).join(', ') : 'no placeholders'}`,
        );
    }
  }
  return errors;
}

const plainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The catalog a site shows: its language's (English for a language with none), with the publisher's overrides. */
export function siteMessages(language: string, overrides: MessageOverrides = {}): Catalog {
  return { ...(catalogFor(language) ?? en), ...overrides };
}
