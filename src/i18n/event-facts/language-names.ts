type Names = Readonly<Record<string, string>>;

/**
 * Names of languages `Intl.DisplayNames` does not know (sign languages), by language of the
 * visitor and lower-case tag: the card's facts and the visitor's language select share them.
 */
export const OWN_LANGUAGE_NAMES: Readonly<Record<'de' | 'en' | 'tr' | 'ar' | 'uk', Names>> = {
  de: { gsg: 'Deutsche Gebärdensprache' },
  en: { gsg: 'German Sign Language' },
  tr: { gsg: 'Alman İşaret Dili' },
  ar: { gsg: 'لغة الإشارة الألمانية' },
  uk: { gsg: 'німецька жестова мова' },
};

/** A language's name in the locale's language: our own for a sign language, else `Intl`'s, else the tag as written. */
export function languageName(tag: string, locale: string): string {
  const own = (OWN_LANGUAGE_NAMES as Readonly<Record<string, Names>>)[locale.split('-')[0]!.toLowerCase()] ?? OWN_LANGUAGE_NAMES.de;
  try {
    return own[tag.toLowerCase()] ?? new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
