import { svg, type SVGTemplateResult } from 'lit';
import type { FeedAccessibility } from '../../feed/schema.js';

/** Line icons beside each accessibility feature's words (decoration: the words say it all). */
export const FACT_ICONS: Readonly<Record<FeedAccessibility, SVGTemplateResult>> = {
  'step-free': svg`<circle cx="10" cy="4" r="2"/><path d="M10 7v6h6l3 6M7.5 10.5a6 6 0 1 0 8 8"/>`,
  'accessible-toilet': svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M6 9l1.5 6L9 11l1.5 4L12 9M18 10a2.5 2.5 0 1 0 0 4"/>`,
  'hearing-loop': svg`<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0M10 10a2 2 0 0 1 4 0"/><path d="M3 20l18-16"/>`,
  'sign-language': svg`<path d="M8 12V6a1.5 1.5 0 0 1 3 0v5M11 6V4a1.5 1.5 0 0 1 3 0v7M14 6a1.5 1.5 0 0 1 3 0v5M17 9a1.5 1.5 0 0 1 3 0v5a7 7 0 0 1-7 7h-1a6 6 0 0 1-5-3l-2-4a1.5 1.5 0 0 1 2.5-1.5L8 14"/>`,
  captioning: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M6 15h5M13 15h5M6 11h8"/>`,
  'easy-language': svg`<path d="M3 5h6a3 3 0 0 1 3 3v11a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v11a2 2 0 0 1 2-2h7z"/>`,
  childcare: svg`<circle cx="12" cy="5" r="2.5"/><path d="M7 10h10M12 10v5l-3 6M12 15l3 6"/>`,
  'quiet-room': svg`<path d="M20 14A8 8 0 1 1 10 4a6 6 0 0 0 10 10z"/>`,
  'assistance-dogs': svg`<circle cx="6" cy="10" r="1.5"/><circle cx="9.5" cy="6" r="1.5"/><circle cx="14.5" cy="6" r="1.5"/><circle cx="18" cy="10" r="1.5"/><path d="M12 12c-3 0-5 3-5 5a2 2 0 0 0 3 2l2-1 2 1a2 2 0 0 0 3-2c0-2-2-5-5-5z"/>`,
};
