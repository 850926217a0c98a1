/*
 * Every string the UI shows, Swedish first. English keys mirror Swedish ones; the type
 * makes a missing translation a compile error.
 */
export const sv = {
  appName: 'Rapportverkstad',
  skipToContent: 'Hoppa till innehållet',
  language: 'Språk',
  templatesHeading: 'Mallar',
  templatesIntro: 'Mallarna som finns i Rapportverkstad. Välj en mall för att se dess avsnitt och frågor.',
  templateYear: 'År {year}',
  templateCounts: '{sections} avsnitt, {questions} svarsfält',
  templateErrors: 'Några mallar kunde inte läsas:',
  noTemplates: 'Det finns inga mallar.',
  outlineLabel: 'Mallens avsnitt och frågor',
  kindText: 'Fritext',
  kindEffect: 'Effekt, ange underlag',
  kindYesno: 'Ja/Nej',
  footnote: 'Fotnot {number}',
  headerFields: 'Sidhuvud',
  signatureFields: 'Underskrift',
  basisOptions: 'Underlag för effekter: {options}',
  aboutApp: '{name} {version} ({runtime} {runtimeVersion})',
} as const;

export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  appName: 'Rapportverkstad',
  skipToContent: 'Skip to content',
  language: 'Language',
  templatesHeading: 'Templates',
  templatesIntro: 'The templates available in Rapportverkstad. Choose one to see its sections and questions.',
  templateYear: 'Year {year}',
  templateCounts: '{sections} sections, {questions} answer fields',
  templateErrors: 'Some templates could not be read:',
  noTemplates: 'There are no templates.',
  outlineLabel: 'Sections and questions of the template',
  kindText: 'Free text',
  kindEffect: 'Effect, state the basis',
  kindYesno: 'Yes/No',
  footnote: 'Footnote {number}',
  headerFields: 'Header',
  signatureFields: 'Signature',
  basisOptions: 'Basis for effects: {options}',
  aboutApp: '{name} {version} ({runtime} {runtimeVersion})',
};

export const LOCALES = { sv, en } as const;
export type Locale = keyof typeof LOCALES;

/** Fills `{name}` slots of a message. */
export function format(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}
