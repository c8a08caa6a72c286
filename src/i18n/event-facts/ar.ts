import { OWN_LANGUAGE_NAMES } from './language-names.js';
import type { FactMessages } from './messages.js';

export const ar: FactMessages = {
  registrationRequired: 'التسجيل مطلوب',
  registrationRequiredUntil: (date) => `التسجيل مطلوب حتى ${date}`,
  registrationUntil: (date) => `التسجيل حتى ${date}`,
  placesLeft: {
    zero: 'لم يتبقَّ أي مكان',
    one: 'تبقّى مكان واحد',
    two: 'تبقّى مكانان',
    few: 'تبقّت # أماكن',
    many: 'تبقّى # مكانًا',
    other: 'تبقّى # مكان',
  },
  registrationStatus: { waitlist: 'قائمة الانتظار', full: 'اكتمل العدد', closed: 'أُغلق التسجيل' },
  registrationLabel: 'التسجيل',
  free: 'مجاني',
  priceLabel: 'السعر',
  accessibilityLabel: 'إمكانية الوصول',
  accessibility: {
    'step-free': 'دخول بدون درج',
    'accessible-toilet': 'مرحاض مهيأ لذوي الإعاقة',
    'hearing-loop': 'حلقة سمعية',
    'sign-language': 'ترجمة بلغة الإشارة',
    captioning: 'ترجمة نصية مباشرة',
    'easy-language': 'لغة مبسطة',
    childcare: 'رعاية الأطفال',
    'quiet-room': 'غرفة هادئة',
    'assistance-dogs': 'يُسمح بكلاب المساعدة',
  },
  stepFreeShort: 'خالٍ من العوائق',
  languagesLabel: 'اللغات',
  languageNames: OWN_LANGUAGE_NAMES.ar,
  audienceLabel: 'لمن',
  ages: (min, max) =>
    min === undefined ? `حتى ${max} سنة` : max === undefined ? `من ${min} سنة فأكثر` : `من ${min} إلى ${max} سنة`,
  movedFrom: (from, to) => `تم التأجيل من ${from} إلى ${to}`,
  everyWeek: (days, time) => `كل ${days}${time ? `، ${time}` : ''}`,
  repeating: (time) => `بانتظام${time ? `، ${time}` : ''}`,
  nextDate: (date) => `الموعد القادم: ${date}`,
  seriesLabel: 'المواعيد',
};
