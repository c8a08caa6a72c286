import { QwEventList } from './event-list.component.js';
import { defineElement } from '../../internal/define-element.js';
import '../event-card/event-card.js';

export { QwEventList };

defineElement('qw-event-list', QwEventList);

declare global {
  interface HTMLElementTagNameMap {
    'qw-event-list': QwEventList;
  }
}
