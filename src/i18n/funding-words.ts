/**
 * The words of the funding facts list and the title of a deadline's calendar entry, in every
 * language. They ship inside those on-demand modules (the facts list, the reminder menu), not
 * in the script tag: most pages never show them.
 * `#` plural forms and numbers come from `Intl`, never from here.
 */
import type { FeedApplicant, FeedFundingType } from '../feed/schema.js';

export interface FactWords {
  readonly factLabels: Readonly<Record<'fundingType' | 'fundingRate' | 'amount' | 'applicants' | 'regions' | 'legalBasis', string>>;
  readonly fundingType: Readonly<Record<FeedFundingType, string>>;
  /** Who may apply, as a plural noun ("Kommunen"). */
  readonly applicants: Readonly<Record<FeedApplicant, string>>;
  /** A range of formatted values: "10 bis 50", "bis zu 90 %", "ab 10.000". */
  readonly range: (min: string | undefined, max: string | undefined) => string;
  /** The word between the two ends of a range of numbers ("bis"). */
  readonly rangeTo: string;
  /** "Kommunen mit 10.000 bis 50.000 Einwohnern"; `range` comes from `range`. */
  readonly withPopulation: (applicants: string, range: string) => string;
  /** The region `DE`. */
  readonly nationwide: string;
}

/** The words for a locale (its language), German when there are none. */
export const wordsFor = <T>(table: Readonly<Record<string, T>>, locale: string): T =>
  table[locale.split('-')[0]!.toLowerCase()] ?? table.de!;

export const FACT_WORDS: Readonly<Record<string, FactWords>> = {
  de: {
    factLabels: {
      fundingType: 'Förderart',
      fundingRate: 'Förderquote',
      amount: 'Förderbetrag',
      applicants: 'Antragsberechtigt',
      regions: 'Fördergebiet',
      legalBasis: 'Rechtsgrundlage',
    },
    fundingType: { grant: 'Zuschuss', loan: 'Darlehen', guarantee: 'Bürgschaft', equity: 'Beteiligung', prize: 'Preis', advice: 'Beratung' },
    applicants: {
      municipality: 'Kommunen',
      county: 'Landkreise',
      association: 'Vereine',
      nonprofit: 'gemeinnützige Organisationen',
      company: 'Unternehmen',
      sme: 'kleine und mittlere Unternehmen',
      research: 'Forschungseinrichtungen',
      school: 'Schulen',
      church: 'Kirchen',
      'public-body': 'öffentliche Einrichtungen',
      individual: 'Privatpersonen',
    },
    range: (min, max) => (min && max ? `${min} bis ${max}` : max ? `bis zu ${max}` : `ab ${min}`),
    rangeTo: 'bis',
    withPopulation: (applicants, range) => `${applicants} mit ${range} Einwohnern`,
    nationwide: 'bundesweit',
  },
  en: {
    factLabels: {
      fundingType: 'Type of funding',
      fundingRate: 'Funding rate',
      amount: 'Amount',
      applicants: 'Who may apply',
      regions: 'Region',
      legalBasis: 'Legal basis',
    },
    fundingType: { grant: 'Grant', loan: 'Loan', guarantee: 'Guarantee', equity: 'Equity', prize: 'Prize', advice: 'Advice' },
    applicants: {
      municipality: 'municipalities',
      county: 'counties',
      association: 'associations',
      nonprofit: 'non-profit organisations',
      company: 'companies',
      sme: 'small and medium-sized enterprises',
      research: 'research institutions',
      school: 'schools',
      church: 'churches',
      'public-body': 'public bodies',
      individual: 'individuals',
    },
    range: (min, max) => (min && max ? `${min} to ${max}` : max ? `up to ${max}` : `from ${min}`),
    rangeTo: 'to',
    withPopulation: (applicants, range) => `${applicants} with ${range} inhabitants`,
    nationwide: 'nationwide',
  },
  ar: {
    factLabels: {
      fundingType: 'نوع التمويل',
      fundingRate: 'نسبة التمويل',
      amount: 'مبلغ التمويل',
      applicants: 'الجهات المؤهلة للتقديم',
      regions: 'منطقة التمويل',
      legalBasis: 'الأساس القانوني',
    },
    fundingType: { grant: 'منحة', loan: 'قرض', guarantee: 'ضمان', equity: 'مساهمة في رأس المال', prize: 'جائزة', advice: 'استشارة' },
    applicants: {
      municipality: 'البلديات',
      county: 'المقاطعات',
      association: 'الجمعيات',
      nonprofit: 'المنظمات غير الربحية',
      company: 'الشركات',
      sme: 'الشركات الصغيرة والمتوسطة',
      research: 'مؤسسات البحث',
      school: 'المدارس',
      church: 'الكنائس',
      'public-body': 'الهيئات العامة',
      individual: 'الأفراد',
    },
    range: (min, max) => (min && max ? `من ${min} إلى ${max}` : max ? `حتى ${max}` : `من ${min}`),
    rangeTo: 'إلى',
    withPopulation: (applicants, range) => `${applicants} التي يبلغ عدد سكانها ${range} نسمة`,
    nationwide: 'على مستوى ألمانيا',
  },
  tr: {
    factLabels: {
      fundingType: 'Destek türü',
      fundingRate: 'Destek oranı',
      amount: 'Destek tutarı',
      applicants: 'Kimler başvurabilir',
      regions: 'Destek bölgesi',
      legalBasis: 'Yasal dayanak',
    },
    fundingType: { grant: 'Hibe', loan: 'Kredi', guarantee: 'Kefalet', equity: 'Ortaklık', prize: 'Ödül', advice: 'Danışmanlık' },
    applicants: {
      municipality: 'belediyeler',
      county: 'ilçe idareleri',
      association: 'dernekler',
      nonprofit: 'kâr amacı gütmeyen kuruluşlar',
      company: 'şirketler',
      sme: 'KOBİ’ler',
      research: 'araştırma kurumları',
      school: 'okullar',
      church: 'kiliseler',
      'public-body': 'kamu kurumları',
      individual: 'bireyler',
    },
    range: (min, max) => (min && max ? `${min} ile ${max} arası` : max ? `en fazla ${max}` : `en az ${min}`),
    rangeTo: 'ile',
    withPopulation: (applicants, range) => `nüfusu ${range} olan ${applicants}`,
    nationwide: 'Almanya genelinde',
  },
  uk: {
    factLabels: {
      fundingType: 'Вид фінансування',
      fundingRate: 'Частка фінансування',
      amount: 'Сума фінансування',
      applicants: 'Хто може подати заявку',
      regions: 'Територія',
      legalBasis: 'Правова основа',
    },
    fundingType: { grant: 'Грант', loan: 'Позика', guarantee: 'Гарантія', equity: 'Участь у капіталі', prize: 'Премія', advice: 'Консультація' },
    applicants: {
      municipality: 'громади',
      county: 'райони',
      association: 'об’єднання',
      nonprofit: 'неприбуткові організації',
      company: 'підприємства',
      sme: 'малі та середні підприємства',
      research: 'наукові установи',
      school: 'школи',
      church: 'церкви',
      'public-body': 'державні установи',
      individual: 'приватні особи',
    },
    range: (min, max) => (min && max ? `від ${min} до ${max}` : max ? `до ${max}` : `від ${min}`),
    rangeTo: 'до',
    withPopulation: (applicants, range) => `${applicants} з населенням ${range} осіб`,
    nationwide: 'по всій Німеччині',
  },
};

/** The calendar entry of a call's deadline: "Frist: …". */
export const DEADLINE_ENTRY: Readonly<Record<string, (title: string) => string>> = {
  de: (title) => `Frist: ${title}`,
  en: (title) => `Deadline: ${title}`,
  ar: (title) => `الموعد النهائي: ${title}`,
  tr: (title) => `Son tarih: ${title}`,
  uk: (title) => `Термін: ${title}`,
};
