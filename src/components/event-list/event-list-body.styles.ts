/**
 * The list's styles as plain text, for the constructable style sheet its on-demand body makes
 * (a chunk cannot use Lit's \`css\`). The tag is named \`css\` so the build minifies it like Lit's.
 */
const css = (strings: TemplateStringsArray) => strings.join('');

export const eventListCss = css`
  :host {
    --_list-accent: var(--qw-event-list-accent, var(--_accent));
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days {
    display: grid;
    gap: var(--qw-space-m, 1rem);
  }
  [part~='day-heading'] {
    padding-bottom: 0.25rem;
    border-bottom: 1px solid var(--_border);
    font-weight: 700;
  }
  [part~='day-heading'] .date {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='day-today'] {
    border-bottom: 2px solid var(--_list-accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .event {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.5rem 0.25rem;
    border: 0;
    border-inline-start: 3px solid transparent;
    border-bottom: 1px solid var(--_subtle);
    background: none;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .event:hover .title {
    text-decoration: underline;
  }
  .event[aria-expanded='true'] {
    border-inline-start-color: var(--_list-accent);
  }
  .time,
  .day {
    flex: 0 0 auto;
    min-width: 5.5em;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .what {
    display: grid;
    flex: 1 1 12em;
    min-width: 0;
  }
  .title {
    font-weight: 600;
  }
  .dates,
  .place {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .card {
    padding: var(--qw-space-s, 0.5rem) 0 var(--qw-space-m, 1rem);
  }
  .card qw-event-card::part(base) {
    border: 0;
    padding: 0;
    background: none;
  }
  .more {
    justify-self: start;
  }
  .more,
  [part~='subscribe-button'] {
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
  }
  /* Compact: one line each in a sidebar, the day before the time. */
  [part~='list'].entries .time {
    min-width: 3.5em;
  }
  @media print {
    .more {
      display: none;
    }
  }
`;
