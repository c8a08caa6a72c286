import type { PluralForms } from './messages.js';
import { numberFormat } from '../time/intl-cache.js';

const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` by the language's plural rules, with `#` replaced by the formatted number. */
export function plural(locale: string, forms: PluralForms, count: number): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replace('#', numberFormat(locale).format(count));
}
