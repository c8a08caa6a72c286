import type { Messages } from './messages.js';

export const de: Messages = {
  loading: 'Wird geladen …',
  feedError: {
    network: 'Die Termine konnten gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
    timeout: 'Der Server antwortet gerade nicht. Bitte versuchen Sie es später noch einmal.',
    http: 'Die Termine sind unter der angegebenen Adresse nicht verfügbar.',
    'not-json': 'Die Termine liegen nicht in einem lesbaren Format vor.',
    'not-a-feed': 'Die Termine liegen nicht in einem lesbaren Format vor.',
    'no-feed': 'Für dieses Element ist keine Terminquelle angegeben.',
  },
  staleData: (date) => `Die Daten konnten nicht aktualisiert werden. Stand: ${date}`,
  eventNotFound: 'Diese Veranstaltung wurde nicht gefunden. Vielleicht wurde sie aus dem Kalender entfernt.',
  noUpcomingEvents: 'Zurzeit sind keine Veranstaltungen angekündigt.',
  eventStatus: { cancelled: 'Abgesagt', postponed: 'Verschoben', rescheduled: 'Neuer Termin' },
  attendance: { offline: 'Vor Ort', online: 'Online', mixed: 'Vor Ort und online' },
  dateAndTime: (date, time) => `${date}, ${time}`,
  // Intl adds "Uhr" to some patterns and not to others; add it where it is missing.
  clockTime: (time) => (time.endsWith('Uhr') ? time : `${time} Uhr`),
  inTimeZone: (when, zone) => `${when} (${zone})`,
  attendanceLabel: 'Teilnahme',
  when: 'Wann',
  where: 'Wo',
  organizer: 'Veranstalter',
  tags: 'Schlagworte',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Website',
  joinOnline: 'Online teilnehmen',
  details: 'Weitere Informationen',
  register: 'Zur Anmeldung',
};
