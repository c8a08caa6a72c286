/**
 * The dialog with a day's events or one event's details: loaded with the dialog's template
 * the first time a visitor opens it, and adopted by the calendar's shadow root then.
 */
export const calendarDialogCss = `
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: var(--qw-space-m, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    color: var(--_text);
    background: var(--_background);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--qw-space-s, 0.5rem);
    margin-bottom: var(--qw-space-s, 0.5rem);
  }
  .dialog-header button {
    flex: none;
  }
  .close {
    margin-inline-start: auto;
  }
  /* On a phone the buttons share the first row and the title has the whole width below. */
  @media (max-width: 30rem) {
    .dialog-header {
      flex-wrap: wrap;
    }
    #dialog-title {
      order: 1;
      flex-basis: 100%;
    }
  }
  #dialog-title {
    align-self: center;
    font-weight: 700;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  /* The event's details sit in the dialog as its body, not as a second card inside it. */
  dialog qw-event-card {
    --qw-event-card-border: none;
    --qw-event-card-padding: 0;
  }
  dialog qw-event-card::part(title) {
    display: none;
  }
  dialog [part~='actions'] {
    margin-top: var(--qw-space-s, 0.5rem);
  }
`;
