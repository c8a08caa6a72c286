// The addresses that subscribe a calendar app to a calendar: each service's own form.

/** The calendar's address with the `webcal:` scheme, which Apple Calendar and Outlook for desktops open as a subscription. */
export const webcalLink = (url: string): string => url.replace(/^https?:/i, 'webcal:');

/** Google Calendar's "add by URL", which takes the webcal address as `cid`. */
export const googleSubscribeLink = (url: string): string =>
  `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalLink(url))}`;

/** Outlook.com's "subscribe from web", with the calendar's name. */
export const outlookSubscribeLink = (url: string, name: string): string =>
  `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`;
