import { OWN_LANGUAGE_NAMES } from './language-names.js';
import type { FactMessages } from './messages.js';

/** Intl writes "Uhr" after a range of times, not after a single one. */
const uhr = (time: string) => (time.endsWith('Uhr') ? time : `${time} Uhr`);

export const de: FactMessages = {
  registrationRequired: 'Anmeldung erforderlich',
  registrationRequiredUntil: (date) => `Anmeldung erforderlich bis ${date}`,
  registrationUntil: (date) => `Anmeldung bis ${date}`,
  placesLeft: { one: 'noch # Platz', other: 'noch # Plätze' },
  registrationStatus: { waitlist: 'Warteliste', full: 'Ausgebucht', closed: 'Anmeldung geschlossen' },
  registrationLabel: 'Anmeldung',
  free: 'Kostenlos',
  priceLabel: 'Preis',
  accessibilityLabel: 'Barrierefreiheit',
  accessibility: {
    'step-free': 'Stufenloser Zugang',
    'accessible-toilet': 'Barrierefreies WC',
    'hearing-loop': 'Induktive Höranlage',
    'sign-language': 'Gebärdensprachdolmetschung',
    captioning: 'Schriftdolmetschung oder Untertitel',
    'easy-language': 'Leichte Sprache',
    childcare: 'Kinderbetreuung',
    'quiet-room': 'Ruheraum',
    'assistance-dogs': 'Assistenzhunde willkommen',
  },
  stepFreeShort: 'Barrierefrei',
  languagesLabel: 'Sprachen',
  languageNames: OWN_LANGUAGE_NAMES.de,
  audienceLabel: 'Für',
  ages: (min, max) => (min === undefined ? `bis ${max} Jahre` : max === undefined ? `ab ${min} Jahren` : `${min} bis ${max} Jahre`),
  movedFrom: (from, to) => `Verschoben vom ${from} auf den ${to}`,
  everyWeek: (days, time) => `jeden ${days}${time ? `, ${uhr(time)}` : ''}`,
  repeating: (time) => `regelmäßig${time ? `, ${uhr(time)}` : ''}`,
  nextDate: (date) => `Nächster Termin: ${date}`,
  seriesLabel: 'Termine',
};
