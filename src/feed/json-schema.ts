import * as z from 'zod/mini';
import { FEED_SCHEMA_URL, feedSchema } from './schema.js';

/** Field documentation for editors. It lives here, not in the zod schema, so it never ships to visitors. */
type Docs = { readonly [field: string]: string | Docs };

const URL_DOC = 'Web address (https: or http:), absolute or relative to the feed.';
const ID_DOC = 'Stable identifier, unique within its list; partner sites refer to it.';
const TAGS_DOC = 'Keywords for filtering and colouring, e.g. ["Integration", "Städtebauförderung"].';
const ZONE_DOC = 'IANA time zone (e.g. Europe/Berlin) for date-times written without an offset.';

const contactDocs: Docs = {
  name: 'Person or office.',
  email: 'Plain e-mail address, e.g. info@example.org; rendered as a mailto: link.',
  url: URL_DOC,
  phone: 'Phone number as it should be shown, e.g. 030 695370 80.',
};

const fundingFactDocs: Docs = {
  fundingType: 'Kinds of funding: grant, loan, guarantee, equity, prize, advice.',
  fundingRate: { min: 'Least share of eligible costs funded, in percent (0–100).', max: 'Largest share, in percent (0–100), e.g. 90.' },
  amount: { min: 'Least amount per project.', max: 'Largest amount per project.', currency: 'ISO 4217 code, e.g. EUR.' },
  applicants: 'Who may apply: municipality, county, association, nonprofit, company, sme, research, school, church, public-body, individual.',
  population: { min: 'Least number of inhabitants (for municipalities and counties).', max: 'Largest number of inhabitants.' },
  regions: 'Where the funding applies: ISO 3166-2 codes, DE for nationwide, DE-NW etc. for a Land.',
  legalBasis: { title: 'The law or funding guideline, e.g. "Förderrichtlinie Soziale Integration".', url: URL_DOC },
  applicationUrl: 'Where to apply (the application portal).',
};

const docs: Docs = {
  version: 'Feed format version; this library reads version 1.',
  language: 'BCP 47 language of the texts, e.g. de.',
  timeZone: ZONE_DOC,
  updated: 'When the feed was last changed, e.g. 2017-03-01T09:00:00+01:00.',
  alternates: {
    type: 'text/calendar (a calendar to subscribe to, webcal:), application/rss+xml or text/html.',
    url: 'Its address; relative to the feed, http: or https:.',
    title: 'Its name, e.g. "Termine im Quartier" (Outlook.com shows it for a subscribed calendar).',
    tags: 'It holds only the events with these tags (a widget filtered by the same tags offers it).',
    programmeId: 'It holds only the events of this programme.',
  },
  events: {
    id: ID_DOC,
    description: 'Plain text; HTML is shown as text, never run.',
    start: '2017-03-20 (all-day), 2017-03-20T10:30 (in timeZone) or 2017-03-20T10:30+01:00 (an instant).',
    end: 'Like start; a date-only end is inclusive (the event lasts that whole day).',
    timeZone: ZONE_DOC,
    location: {
      name: 'Venue, e.g. "Depot".',
      address: 'Street and number.',
      region: 'State or region, e.g. Nordrhein-Westfalen.',
      url: 'Link to join online (online and mixed events).',
    },
    organizer: contactDocs,
    url: URL_DOC,
    registrationUrl: URL_DOC,
    tags: TAGS_DOC,
    programmeId: 'id of a programme in this feed.',
    registration: {
      required: 'Whether people must register to take part.',
      url: 'Where to register (registrationUrl means the same).',
      deadline: 'Last moment to register; a date means the end of that day.',
      capacity: 'Places in all.',
      remaining: 'Places still free ("noch 5 Plätze"); 0 with status full means "ausgebucht".',
      status: 'open, waitlist, full or closed.',
      updated: 'When capacity and remaining were last counted.',
    },
    price: {
      free: 'true for "kostenlos".',
      amount: 'The regular price, e.g. 5.',
      currency: 'ISO 4217 code, e.g. EUR.',
      note: 'Prices as people read them, e.g. "5 €, ermäßigt 3 €".',
    },
    accessibility:
      'Access features: step-free, accessible-toilet, hearing-loop, sign-language, captioning, easy-language, childcare, quiet-room, assistance-dogs.',
    accessibilityNote: 'Plain text, e.g. whom to ask about access.',
    languages: 'BCP 47 tags of the languages the event is held in, e.g. ["de", "tr"]; gsg for Deutsche Gebärdensprache.',
    audience: 'Who the event is for, e.g. ["Familien", "Senioren"].',
    ageRange: { min: 'Youngest age, in years.', max: 'Oldest age, in years.' },
    image: {
      url: 'Address of the image; only https: (absolute, or relative to an https: feed) is kept.',
      alt: 'Text alternative; "" for a decorative image.',
      width: 'Width in pixels (reserves the space before the image loads).',
      height: 'Height in pixels.',
    },
    previousStart: 'For status rescheduled: the start the event was moved from.',
    recurrence: {
      rule: 'RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20171231; occurrences are expanded in the event\'s zone from start.',
      exceptions: 'Occurrences that do not take place: dates or date-times of their start.',
    },
  },
  calls: {
    id: ID_DOC,
    opens: 'When applications open.',
    deadline:
      'Application deadline; a date-only deadline ends at 23:59:59.999 of that day in timeZone. Required unless deadlineType is rolling or stages or rounds are given; for until-funds-exhausted, the latest date.',
    timeZone: ZONE_DOC,
    funders: 'Funding bodies, e.g. ["BAMF"].',
    eligibility: 'Who may apply, plain text.',
    programmeId: 'id of a programme in this feed.',
    url: URL_DOC,
    contact: contactDocs,
    tags: TAGS_DOC,
    deadlineType: 'fixed (the default: deadline required), rolling (no deadline; applications any time) or until-funds-exhausted (deadline, if given, is the latest date).',
    stages: {
      title: 'The stage, e.g. "Interessenbekundung".',
      opens: 'When this stage opens (default: when the call opens, or the previous stage closes).',
      deadline: 'The stage\'s deadline, like deadline; the last stage\'s is the call\'s.',
      description: 'Plain text.',
    },
    rounds: 'Deadlines of a recurring call (dates or date-times); the next one not yet passed counts.',
    receipt: 'What the deadline means: received, postmarked or submitted-online.',
    ...fundingFactDocs,
  },
  programmes: {
    id: ID_DOC,
    funders: 'Funding bodies.',
    start: 'First day of the programme, e.g. 2017-01-01.',
    end: 'Last day of the programme (inclusive), e.g. 2020-12-31.',
    url: URL_DOC,
    contact: contactDocs,
    tags: TAGS_DOC,
    relatedProgrammeIds: 'ids of related programmes in this feed.',
    ...fundingFactDocs,
  },
};

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; description?: string };

/** Writes `docs` into the generated schema, following object properties and array items. */
function addDocs(node: JsonSchemaNode, fieldDocs: Docs) {
  for (const [field, doc] of Object.entries(fieldDocs)) {
    let target = node.properties?.[field];
    if (!target) throw new Error(`json-schema: documented field '${field}' is not in the schema`);
    if (typeof doc === 'string') {
      target.description = doc;
      continue;
    }
    while (target.items) target = target.items;
    addDocs(target, doc);
  }
}

/** The ranges of the event facts' numbers, which zod's refinements cannot express in JSON Schema. */
function addEventFactRanges(event: JsonSchemaNode) {
  const field = (path: string) =>
    path.split('.').reduce((node, key) => node.properties![key]!, event) as Record<string, unknown>;
  const whole = (max: number) => ({ type: 'integer', minimum: 0, maximum: max });
  for (const path of ['registration.capacity', 'registration.remaining']) Object.assign(field(path), whole(1e6));
  for (const path of ['ageRange.min', 'ageRange.max']) Object.assign(field(path), whole(150));
  for (const path of ['image.width', 'image.height']) Object.assign(field(path), whole(1e4));
  Object.assign(field('price.amount'), { minimum: 0, maximum: 1e6 });
}

/**
 * The JSON Schema for feed authors, generated from the zod schema at build time
 * (editors validate a feed against it as they type). Kept out of the widgets' bundle.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  addDocs(schema, docs);
  // A refinement has no JSON Schema form; the budget's range is written here.
  const amount = schema.properties!.programmes!.items!.properties!.budget!.properties!.amount! as Record<string, unknown>;
  Object.assign(amount, { minimum: 0, maximum: 1e12 });
  // A call needs a date unless it is rolling or open until funds run out (the reader checks the same).
  Object.assign(schema.properties!.calls!.items!, {
    anyOf: [
      { required: ['deadline'] },
      { required: ['stages'] },
      { required: ['rounds'] },
      { required: ['deadlineType'], properties: { deadlineType: { enum: ['rolling', 'until-funds-exhausted'] } } },
    ],
  });
  // The funding facts' ranges, on calls and programmes alike.
  for (const list of ['calls', 'programmes']) {
    const fields = schema.properties![list]!.items!.properties!;
    for (const [field, limits] of [
      ['fundingRate', { minimum: 0, maximum: 100 }],
      ['amount', { minimum: 0, maximum: 1e12 }],
      ['population', { minimum: 0, type: 'integer' }],
    ] as const) {
      for (const end of ['min', 'max']) Object.assign(fields[field]!.properties![end]!, limits);
    }
  }
  addEventFactRanges(schema.properties!.events!.items!);
  return {
    ...schema,
    $id: FEED_SCHEMA_URL,
    title: 'quartier-widgets feed, version 1',
  };
}
