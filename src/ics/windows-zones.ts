import { isValidTimeZone } from '../time/intl-cache.js';
import { zoneOffset } from '../time/zoned.js';

/**
 * Windows time zone ids (as Outlook, Exchange and Microsoft 365 write them in TZID) and the
 * IANA zone each stands for: the territory "001" entries of the Unicode CLDR table
 * `windowsZones` (common/supplemental/windowsZones.xml, https://github.com/unicode-org/cldr),
 * Copyright © Unicode, Inc., used under the Unicode License v3
 * (https://www.unicode.org/license.txt). Where CLDR keeps an old alias (Asia/Calcutta),
 * the current IANA name is written. Packed as `id|zone` lines to stay small in the chunk.
 */
const WINDOWS_TABLE = `Dateline Standard Time|Etc/GMT+12
UTC-11|Etc/GMT+11
Aleutian Standard Time|America/Adak
Hawaiian Standard Time|Pacific/Honolulu
Marquesas Standard Time|Pacific/Marquesas
Alaskan Standard Time|America/Anchorage
UTC-09|Etc/GMT+9
Pacific Standard Time (Mexico)|America/Tijuana
UTC-08|Etc/GMT+8
Pacific Standard Time|America/Los_Angeles
US Mountain Standard Time|America/Phoenix
Mountain Standard Time (Mexico)|America/Mazatlan
Mountain Standard Time|America/Denver
Yukon Standard Time|America/Whitehorse
Central America Standard Time|America/Guatemala
Central Standard Time|America/Chicago
Easter Island Standard Time|Pacific/Easter
Central Standard Time (Mexico)|America/Mexico_City
Canada Central Standard Time|America/Regina
SA Pacific Standard Time|America/Bogota
Eastern Standard Time (Mexico)|America/Cancun
Eastern Standard Time|America/New_York
Haiti Standard Time|America/Port-au-Prince
Cuba Standard Time|America/Havana
US Eastern Standard Time|America/Indiana/Indianapolis
Turks And Caicos Standard Time|America/Grand_Turk
Paraguay Standard Time|America/Asuncion
Atlantic Standard Time|America/Halifax
Venezuela Standard Time|America/Caracas
Central Brazilian Standard Time|America/Cuiaba
SA Western Standard Time|America/La_Paz
Pacific SA Standard Time|America/Santiago
Newfoundland Standard Time|America/St_Johns
Tocantins Standard Time|America/Araguaina
E. South America Standard Time|America/Sao_Paulo
SA Eastern Standard Time|America/Cayenne
Argentina Standard Time|America/Argentina/Buenos_Aires
Greenland Standard Time|America/Nuuk
Montevideo Standard Time|America/Montevideo
Magallanes Standard Time|America/Punta_Arenas
Saint Pierre Standard Time|America/Miquelon
Bahia Standard Time|America/Bahia
UTC-02|Etc/GMT+2
Azores Standard Time|Atlantic/Azores
Cape Verde Standard Time|Atlantic/Cape_Verde
UTC|Etc/UTC
GMT Standard Time|Europe/London
Greenwich Standard Time|Atlantic/Reykjavik
Sao Tome Standard Time|Africa/Sao_Tome
Morocco Standard Time|Africa/Casablanca
W. Europe Standard Time|Europe/Berlin
Central Europe Standard Time|Europe/Budapest
Romance Standard Time|Europe/Paris
Central European Standard Time|Europe/Warsaw
W. Central Africa Standard Time|Africa/Lagos
Jordan Standard Time|Asia/Amman
GTB Standard Time|Europe/Bucharest
Middle East Standard Time|Asia/Beirut
Egypt Standard Time|Africa/Cairo
E. Europe Standard Time|Europe/Chisinau
Syria Standard Time|Asia/Damascus
West Bank Standard Time|Asia/Hebron
South Africa Standard Time|Africa/Johannesburg
FLE Standard Time|Europe/Kiev
Israel Standard Time|Asia/Jerusalem
Kaliningrad Standard Time|Europe/Kaliningrad
Sudan Standard Time|Africa/Khartoum
Libya Standard Time|Africa/Tripoli
Namibia Standard Time|Africa/Windhoek
Arabic Standard Time|Asia/Baghdad
Turkey Standard Time|Europe/Istanbul
Arab Standard Time|Asia/Riyadh
Belarus Standard Time|Europe/Minsk
Russian Standard Time|Europe/Moscow
E. Africa Standard Time|Africa/Nairobi
Volgograd Standard Time|Europe/Volgograd
Iran Standard Time|Asia/Tehran
Arabian Standard Time|Asia/Dubai
Astrakhan Standard Time|Europe/Astrakhan
Azerbaijan Standard Time|Asia/Baku
Russia Time Zone 3|Europe/Samara
Mauritius Standard Time|Indian/Mauritius
Saratov Standard Time|Europe/Saratov
Georgian Standard Time|Asia/Tbilisi
Caucasus Standard Time|Asia/Yerevan
Afghanistan Standard Time|Asia/Kabul
West Asia Standard Time|Asia/Tashkent
Ekaterinburg Standard Time|Asia/Yekaterinburg
Pakistan Standard Time|Asia/Karachi
India Standard Time|Asia/Kolkata
Sri Lanka Standard Time|Asia/Colombo
Nepal Standard Time|Asia/Kathmandu
Central Asia Standard Time|Asia/Bishkek
Bangladesh Standard Time|Asia/Dhaka
Omsk Standard Time|Asia/Omsk
Myanmar Standard Time|Asia/Yangon
SE Asia Standard Time|Asia/Bangkok
North Asia Standard Time|Asia/Krasnoyarsk
N. Central Asia Standard Time|Asia/Novosibirsk
China Standard Time|Asia/Shanghai
North Asia East Standard Time|Asia/Irkutsk
Singapore Standard Time|Asia/Singapore
W. Australia Standard Time|Australia/Perth
Taipei Standard Time|Asia/Taipei
Ulaanbaatar Standard Time|Asia/Ulaanbaatar
Tokyo Standard Time|Asia/Tokyo
North Korea Standard Time|Asia/Pyongyang
Korea Standard Time|Asia/Seoul
Yakutsk Standard Time|Asia/Yakutsk
Cen. Australia Standard Time|Australia/Adelaide
AUS Central Standard Time|Australia/Darwin
E. Australia Standard Time|Australia/Brisbane
AUS Eastern Standard Time|Australia/Sydney
West Pacific Standard Time|Pacific/Port_Moresby
Tasmania Standard Time|Australia/Hobart
Vladivostok Standard Time|Asia/Vladivostok
Lord Howe Standard Time|Australia/Lord_Howe
Magadan Standard Time|Asia/Magadan
Norfolk Standard Time|Pacific/Norfolk
Sakhalin Standard Time|Asia/Sakhalin
Central Pacific Standard Time|Pacific/Guadalcanal
Russia Time Zone 11|Asia/Kamchatka
New Zealand Standard Time|Pacific/Auckland
UTC+12|Etc/GMT-12
Fiji Standard Time|Pacific/Fiji
Chatham Islands Standard Time|Pacific/Chatham
UTC+13|Etc/GMT-13
Tonga Standard Time|Pacific/Tongatapu
Samoa Standard Time|Pacific/Apia
Line Islands Standard Time|Pacific/Kiritimati`;

/**
 * Outlook's display names (the text after "(UTC+01:00) ") that name no city with an IANA
 * zone of its own, with the Windows id they display; older Outlook versions wrote these
 * as TZID. Display names listing a city (Berlin, Paris, Tokyo…) are found by the city.
 */
const DISPLAY_TABLE = `Eastern Time (US & Canada)|Eastern Standard Time
Central Time (US & Canada)|Central Standard Time
Mountain Time (US & Canada)|Mountain Standard Time
Pacific Time (US & Canada)|Pacific Standard Time
Pacific Time (US & Canada); Tijuana|Pacific Standard Time
Atlantic Time (Canada)|Atlantic Standard Time
Alaska|Alaskan Standard Time
Hawaii|Hawaiian Standard Time
Arizona|US Mountain Standard Time
Indiana (East)|US Eastern Standard Time
Saskatchewan|Canada Central Standard Time
Newfoundland|Newfoundland Standard Time
Brasilia|E. South America Standard Time
Coordinated Universal Time|UTC
Canberra, Melbourne, Sydney|AUS Eastern Standard Time
Beijing, Chongqing, Hong Kong, Urumqi|China Standard Time
Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|FLE Standard Time
Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius|FLE Standard Time`;

const table = (packed: string) => new Map(packed.split('\n').map((line) => line.split('|') as [string, string]));

let windows: Map<string, string> | undefined;
let display: Map<string, string> | undefined;

/** The IANA zone of a Windows time zone id (`W. Europe Standard Time`), by CLDR. */
export function windowsZone(id: string): string | undefined {
  return (windows ??= table(WINDOWS_TABLE)).get(id);
}

/** Whether a zone's standard offset (the smaller of January's and July's, in 2017) is `minutes` east of UTC. */
function hasStandardOffset(zone: string, minutes: number): boolean {
  const january = zoneOffset(Date.UTC(2017, 0, 15), zone);
  const july = zoneOffset(Date.UTC(2017, 6, 15), zone);
  return Math.min(january, july) === minutes * 60_000;
}

let zones: readonly string[] | undefined;
const supportedZones = () =>
  (zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/**
 * The zone an Outlook or Zimbra display name stands for:
 * `(UTC-05:00) Eastern Time (US & Canada)`, `(GMT+10:00) Canberra, Melbourne, Sydney`,
 * `(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna`. The offset in front
 * must be the zone's own, so a name is never read in a zone hours away.
 */
function displayZone(name: string, preferred: string | undefined): string | undefined {
  const match = /^\((?:UTC|GMT)(?:([+-])(\d{1,2})[:.]?(\d{2}))?\)\s*(.+)$/.exec(name);
  if (!match) return undefined;
  const [, sign, hours, minutes, rest] = match;
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0;
  const fits = (zone: string | undefined) => (zone && hasStandardOffset(zone, offset) ? zone : undefined);
  const label = rest!.replace(/^[^:]+ : /, '').trim();
  const windowsId = (display ??= table(DISPLAY_TABLE)).get(label);
  if (windowsId) return fits(windowsZone(windowsId));
  const cities = label.split(/\s*[,/]\s*/).map((city) => city.trim().replace(/ /g, '_'));
  const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1);
  // The cities share one zone's rules; the calendar's own zone, when listed, reads best.
  if (preferred && cities.includes(cityOf(preferred)) && fits(preferred)) return preferred;
  for (const zone of supportedZones()) {
    if (cities.includes(cityOf(zone)) && fits(zone)) return zone;
  }
  return undefined;
}

/**
 * The IANA zone a TZID stands for: an IANA name itself, a Windows id, a name with a
 * vendor prefix (`/mozilla.org/20050126_1/Europe/Berlin`, libical's
 * `/freeassociation.sourceforge.net/Tzfile/Europe/Berlin`), or a display name.
 * `undefined` when it names none: the file's VTIMEZONE must decide.
 */
export function ianaZone(tzid: string, preferred?: string): string | undefined {
  // Every time of every occurrence asks again; a display name costs a walk through all zones.
  const key = `${tzid}\n${preferred ?? ''}`;
  if (!known.has(key)) known.set(key, findZone(tzid, preferred));
  return known.get(key);
}

const known = new Map<string, string | undefined>();

function findZone(tzid: string, preferred: string | undefined): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (name.includes('/') && !name.startsWith('(') && isValidTimeZone(name)) return name;
  const fromWindows = windowsZone(name);
  if (fromWindows) return fromWindows;
  if (name.startsWith('(')) return displayZone(name, preferred);
  const segments = name.split('/').filter(Boolean);
  for (let i = 0; i < segments.length - 1; i++) {
    const candidate = segments.slice(i).join('/');
    if (isValidTimeZone(candidate) && candidate.includes('/')) return candidate;
  }
  return isValidTimeZone(name) ? name : undefined;
}
