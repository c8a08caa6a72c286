import { QwCalendar } from './calendar.component.js';
import { defineElement } from '../../internal/define-element.js';
import '../event-card/event-card.js';

export { QwCalendar };

defineElement('qw-calendar', QwCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'qw-calendar': QwCalendar;
  }
}
