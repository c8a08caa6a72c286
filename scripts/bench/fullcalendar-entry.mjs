// FullCalendar 7's month view, bundled for the benchmark page only (never shipped).
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

/** Renders March 2017 with `events` into `container`; returns a function that removes it. */
export function renderFullCalendar(container, events) {
  const calendar = new Calendar(container, {
    plugins: [dayGridPlugin, classicThemePlugin],
    initialView: 'dayGridMonth',
    initialDate: '2017-03-01',
    timeZone: 'Europe/Berlin',
    locale: 'de',
    firstDay: 1,
    weekNumbers: true,
    dayMaxEvents: 3,
    events,
  });
  calendar.render();
  return () => calendar.destroy();
}
