import { QwEventCard } from './event-card.component.js';
import { defineElement } from '../../internal/define-element.js';

export { QwEventCard };

defineElement('qw-event-card', QwEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'qw-event-card': QwEventCard;
  }
}
