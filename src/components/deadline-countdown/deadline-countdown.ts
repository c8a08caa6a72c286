import { QwDeadlineCountdown } from './deadline-countdown.component.js';
import { defineElement } from '../../internal/define-element.js';

export { QwDeadlineCountdown };

defineElement('qw-deadline-countdown', QwDeadlineCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'qw-deadline-countdown': QwDeadlineCountdown;
  }
}
