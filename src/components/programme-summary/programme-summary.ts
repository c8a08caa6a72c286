import { QwProgrammeSummary } from './programme-summary.component.js';
import { defineElement } from '../../internal/define-element.js';

export { QwProgrammeSummary };

defineElement('qw-programme-summary', QwProgrammeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'qw-programme-summary': QwProgrammeSummary;
  }
}
