import { Executor } from '../../../server/db/executor';
import { GraphCounts, GraphSpec, hexHead, int, Pair, Random, tally, uniqueValue, writeGraph } from './common';

/**
 * A POLE-like (Person, Object, Location, Event) police graph: 13 labels, people known by first name
 * only in `name` (so `name` alone is ambiguous), one shopping centre with 1,100 crimes, byte arrays on Media.
 */

export interface PersonRef {
  name: string;
  surname: string;
}

/** `labels`: 13 of them, Person to Organisation. */
export interface PoliceFacts extends GraphCounts {
  /** The shopping centre: 1,100 OCCURRED_AT, a node with 1,000+ neighbours. */
  busyLocation: { address: string; postcode: string; latitude: number; longitude: number; crimes: number };
  /** The only Person (or Officer) with this surname; has a phone, an email and 2+ crimes. */
  uniquePerson: PersonRef & {
    nhs_no: string;
    age: number;
    address: string;
    phoneNo: string;
    email_address: string;
    /** Crime ids this person is PARTY_TO. */
    crimes: string[];
  };
  /** Two different people with the same name and surname. */
  namesakes: PersonRef & { nhs_nos: string[] };
  /** The most frequent first name (`name`) among people. */
  commonFirstName: { name: string; people: number };
  /** An officer and how many crimes are INVESTIGATED_BY them. */
  officer: PersonRef & { badge_no: string; rank: string; crimes: number };
  /** The unique person's first crime: a small neighbourhood with a person, an officer and a location. */
  crime: {
    id: string;
    type: string;
    date: string;
    last_outcome: string;
    address: string;
    /** badge_no of the officer it is INVESTIGATED_BY. */
    officer: string;
    /** People PARTY_TO it. */
    parties: number;
  };
  /** An ordinary address to search for: a few crimes, at least one resident. */
  location: { address: string; postcode: string; crimes: number; residents: number };
  postcode: { code: string; areaCode: string; locations: number };
  /** A number plate, with the ids of the crimes the vehicle was INVOLVED_IN. */
  vehicle: { reg: string; make: string; model: string; year: number; crimes: string[] };
  phone: { phoneNo: string; owner: PersonRef; callsMade: number; callsReceived: number };
  email: { email_address: string; owner: PersonRef };
  media: {
    hash: string;
    mimeType: string;
    sizeBytes: number;
    /** Size of `thumbnail`, a byte array starting with JPEG's magic bytes. */
    thumbnailBytes: number;
    /** Its first 16 bytes in hex. */
    thumbnailHex: string;
    /** Id of the Crime it is EVIDENCE_OF. */
    crime: string;
  };
  organisation: { orgName: string; sector: string; employees: number };
}

const SEED = 0x5eed_0002;
const BUSY_LOCATION_CRIMES = 1100;
const THUMBNAIL_BYTES = 1024;
// prettier-ignore
const COUNTS = { people: 400, officers: 30, crimes: 1500, locations: 600, postcodes: 120, areas: 20, phones: 300, calls: 800, emails: 200, vehicles: 150, objects: 100, media: 50 };

// prettier-ignore
const AREAS = 'M1|M2|M3|M4|M8|M9|M11|M12|M13|M14|M15|M16|M19|M20|M21|M40|SK4|SK8|OL1|BL1'.split('|');
// prettier-ignore
const STREETS = 'Oldham Road|Rochdale Road|Bury New Road|Wilmslow Road|Stockport Road|Hyde Road|Ashton Old Road|Chorlton Road|Princess Street|Deansgate|Portland Street|Oxford Road|Upper Brook Street|Plymouth Grove|Moss Lane East|Barlow Moor Road|Palatine Road|Kingsway|Mauldeth Road|Burton Road|Slade Lane|Dickenson Road|Cheetham Hill Road|Great Ancoats Street|Pollard Street|Every Street|Grey Mare Lane|Alan Turing Way|Hulme High Street|Stretford Road|Egerton Road|Moorside Road|Sandy Lane|Church Lane|Park Road|Station Road|Victoria Avenue'.split('|');
// Few first names, many surnames: `name` repeats a lot, name + surname hardly ever.
// prettier-ignore
const FIRST_NAMES = 'Jack|Oliver|Harry|George|Charlie|James|Thomas|Daniel|Mohammed|Ryan|Liam|Adam|Sophie|Emily|Chloe|Jessica|Amelia|Olivia|Lucy|Grace|Hannah|Sarah|Laura|Amy|Zara|Aisha|Priya|Megan|Kieran|Connor'.split('|');
// prettier-ignore
const SURNAMES = "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Johnson|Roberts|Robinson|Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|Wood|Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson|Ellis|Adams|Singh|Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali|Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|Knight|Lloyd|Butler|Russell|Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Ahmed|Fletcher|Walsh|Kaur|Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|West|Lawrence|O'Brien|Kowalski|Nowak|Okafor|Mensah".split('|');
// prettier-ignore
const RANKS = ['Police Constable', 'Police Constable', 'Police Constable', 'Sergeant', 'Detective Constable', 'Detective Sergeant', 'Inspector', 'Detective Inspector', 'Chief Inspector'];
/** The shopping centre's crimes are mostly shoplifting; elsewhere the mix is wider. */
// prettier-ignore
const BUSY_CRIME_TYPES = ['Shoplifting', 'Shoplifting', 'Shoplifting', 'Shoplifting', 'Theft from the person', 'Public order', 'Anti-social behaviour', 'Violence and sexual offences', 'Criminal damage and arson', 'Bicycle theft'];
// prettier-ignore
const CRIME_TYPES = ['Burglary', 'Vehicle crime', 'Violence and sexual offences', 'Anti-social behaviour', 'Criminal damage and arson', 'Drugs', 'Robbery', 'Other theft', 'Public order', 'Possession of weapons'];
// prettier-ignore
const OUTCOMES = ['Under investigation', 'Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Offender given a caution', 'Awaiting court outcome', 'Court result unavailable', 'Offender sent to prison', 'Local resolution', 'Status update unavailable'];
// prettier-ignore
const NOTES = ['Reported by store security.', 'CCTV requested from the centre management.', 'Suspect left on foot towards the bus station.', 'Witness statement taken at the scene.', 'Victim declined to support a prosecution.', 'Items recovered and returned to the owner.', 'Door-to-door enquiries made; no witnesses.', 'Forensic examination arranged.', 'Linked to a series of similar offences in the area.', 'Suspect known to officers.', 'Repeat location: see previous reports.', 'Referred to the neighbourhood policing team.'];
// prettier-ignore
const VEHICLES = ['Ford|Fiesta', 'Ford|Focus', 'Vauxhall|Corsa', 'Vauxhall|Astra', 'Volkswagen|Golf', 'Volkswagen|Polo', 'BMW|3 Series', 'Audi|A3', 'Nissan|Qashqai', 'Toyota|Yaris', 'Peugeot|208', 'Renault|Clio', 'Kia|Sportage', 'Mercedes-Benz|C-Class', 'Honda|Civic', 'Skoda|Octavia'].map((v) => v.split('|'));
// prettier-ignore
const OBJECTS = ['Mountain bicycle|Bicycle', 'Folding bicycle|Bicycle', 'Kitchen knife|Weapon', 'Baseball bat|Weapon', 'Mobile phone|Electronics', 'Laptop computer|Electronics', 'Satellite navigation unit|Electronics', 'Gold necklace|Jewellery', 'Wedding ring|Jewellery', 'Handbag|Personal property', 'Wallet|Personal property', 'Cannabis resin|Drugs', 'Cash|Cash', 'Power drill|Tools', 'Crowbar|Tools'].map((o) => o.split('|'));
const MIME_TYPES = ['image/jpeg', 'image/jpeg', 'image/jpeg', 'image/png', 'video/mp4', 'audio/mpeg'];
// prettier-ignore
const ORGANISATIONS = ['Northern Rail Services|Transport', 'Piccadilly Security Ltd|Security', 'Irwell Valley Foods|Retail', 'Metro Cabs Manchester|Transport', 'Ancoats Digital|Technology', "St Mary's Care Trust|Health", 'Castlefield Construction|Construction', 'Pennine Logistics|Logistics', 'Quayside Hospitality|Hospitality', 'Trafford Motor Group|Motor trade'].map((o) => o.split('|'));
const BUSY_ADDRESS = 'Millgate Shopping Centre, Arkwright Way';
const UNIQUE_PERSON = { name: 'Imogen', surname: 'Featherstonehaugh' };
const NAMESAKES = { name: 'Daniel', surname: 'Walsh' };

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const pad2 = (n: number) => String(n).padStart(2, '0');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** `count` distinct [a, b] index pairs (a < aCount, b < bCount, a !== b when `distinct`), after the `fixed` ones. */
function pairs(
  r: Random,
  count: number,
  aCount: number,
  bCount: number,
  fixed: [number, number][] = [],
  distinct = false,
) {
  const seen = new Set(fixed.map(([a, b]) => `${a}:${b}`));
  const out = [...fixed];
  while (out.length < count) {
    const [a, b] = [r.int(0, aCount - 1), r.int(0, bCount - 1)];
    if (seen.has(`${a}:${b}`) || (distinct && a === b)) continue;
    seen.add(`${a}:${b}`);
    out.push([a, b]);
  }
  return out;
}

/** Six postcodes per area, five locations per postcode; location 0 is the shopping centre. */
function generatePlaces(r: Random) {
  const centres = AREAS.map(() => [53.4 + r.next() * 0.2, -2.35 + r.next() * 0.25]);
  const codes = new Set<string>();
  const postcodes = range(0, COUNTS.postcodes - 1).map((i) => {
    const area = i % AREAS.length;
    const code = uniqueValue(codes, () => `${AREAS[area]} ${r.int(1, 9)}${r.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`);
    return { area, code };
  });
  const addresses = new Set<string>([BUSY_ADDRESS]);
  const locations = range(0, COUNTS.locations - 1).map((i) => {
    const postcode = Math.floor(i / 5);
    const [lat, lon] = centres[postcodes[postcode].area];
    return {
      address: i === 0 ? BUSY_ADDRESS : uniqueValue(addresses, () => `${r.int(1, 250)} ${r.pick(STREETS)}`),
      postcode,
      latitude: round6(lat + (r.next() - 0.5) * 0.02),
      longitude: round6(lon + (r.next() - 0.5) * 0.03),
    };
  });
  return { postcodes, locations };
}

/** Person 0 has the unique surname; 1 and 2 are namesakes; the rest have distinct full names. */
function generatePeople(r: Random) {
  const taken = new Set([UNIQUE_PERSON, NAMESAKES].map((p) => `${p.name}|${p.surname}`));
  const randomName = (): PersonRef => {
    const [name, surname] = uniqueValue(taken, () => `${r.pick(FIRST_NAMES)}|${r.pick(SURNAMES)}`).split('|');
    return { name, surname };
  };
  const nhs = new Set<string>();
  return range(0, COUNTS.people - 1).map((i) => ({
    ...(i === 0 ? UNIQUE_PERSON : i <= 2 ? NAMESAKES : randomName()),
    nhs_no: uniqueValue(nhs, () => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`),
    age: r.int(16, 88),
    // Nobody lives at the shopping centre.
    home: r.int(1, COUNTS.locations - 1),
  }));
}

/** 1,100 crimes at the shopping centre, 400 spread over 300 other locations, shuffled so ids interleave. */
function generateCrimes(r: Random) {
  const elsewhere = r.sample(range(1, COUNTS.locations - 1), 300);
  const places = r.shuffle([
    ...Array<number>(BUSY_LOCATION_CRIMES).fill(0),
    ...range(1, COUNTS.crimes - BUSY_LOCATION_CRIMES).map(() => r.pick(elsewhere)),
  ]);
  return places.map((location, i) => ({
    id: `C-${String(i + 1).padStart(6, '0')}`,
    type: r.pick(location === 0 ? BUSY_CRIME_TYPES : CRIME_TYPES),
    date: r.date('2021-01-01', '2023-12-31'),
    last_outcome: r.pick(OUTCOMES),
    note: r.sample(NOTES, r.int(1, 3)).join(' '),
    location,
    officer: r.int(0, COUNTS.officers - 1),
  }));
}

/** A UK plate whose age identifier matches the year (March: '19', September: '69'). */
function numberPlate(r: Random, year: number): string {
  const age = (year % 100) + (r.chance(0.5) ? 50 : 0);
  const letters = 'ABCDEFGHJKLMNOPRSTUVWXY';
  return `${r.letters(2, letters)}${pad2(age)} ${r.letters(3, letters)}`;
}

type PoliceData = ReturnType<typeof generatePolice>;

/** Person 0 (the unique surname) owns phone 0 and email 0 and is party to two crimes, so tests can follow them. */
function generatePolice() {
  const r = new Random(SEED);
  const { postcodes, locations } = generatePlaces(r);
  const people = generatePeople(r);
  const badges = new Set<string>();
  const officers = range(1, COUNTS.officers).map(() => ({
    badge_no: uniqueValue(badges, () => `${r.digits(2)}-${r.digits(7)}`),
    name: r.pick(FIRST_NAMES),
    surname: r.pick(SURNAMES),
    rank: r.pick(RANKS),
  }));
  const crimes = generateCrimes(r);
  const phoneNos = new Set<string>();
  const phones = range(0, COUNTS.phones - 1).map((i) => ({
    phoneNo: uniqueValue(phoneNos, () => `07${r.digits(3)} ${r.digits(6)}`),
    owner: i === 0 ? 0 : r.int(1, COUNTS.people - 1),
  }));
  const calls = pairs(r, COUNTS.calls, COUNTS.phones, COUNTS.phones, [], true).map(([caller, called]) => {
    const call_type = r.chance(0.7) ? 'CALL' : 'SMS';
    const props = {
      call_date: r.date('2023-01-01', '2023-12-31'),
      call_time: `${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}`,
      call_duration: int(call_type === 'CALL' ? r.int(5, 1800) : 0),
      call_type,
    };
    return { props, caller, called };
  });
  const emailOwners = [0, ...r.sample(range(1, COUNTS.people - 1), COUNTS.emails - 1)];
  const addresses = new Set<string>();
  const emails = emailOwners.map((owner) => {
    const local = `${people[owner].name}.${people[owner].surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    const domain = r.pick(['example.com', 'example.org', 'example.net']);
    let email_address = `${local}@${domain}`;
    for (let n = 2; addresses.has(email_address); n++) email_address = `${local}${n}@${domain}`;
    addresses.add(email_address);
    return { email_address, owner };
  });
  const plates = new Set<string>();
  const vehicles = range(1, COUNTS.vehicles).map(() => {
    const [make, model] = r.pick(VEHICLES);
    const year = r.int(2003, 2023);
    return { reg: uniqueValue(plates, () => numberPlate(r, year)), make, model, year };
  });
  const hashes = new Set<string>();
  const media = range(1, COUNTS.media).map(() => ({
    hash: uniqueValue(hashes, () => r.hex(64)),
    mimeType: r.pick(MIME_TYPES),
    sizeBytes: r.int(20_000, 40_000_000),
    // A JPEG's magic bytes, then noise: enough for anything sniffing the bytes to call it an image.
    thumbnail: r.bytes(THUMBNAIL_BYTES, [0xff, 0xd8, 0xff, 0xe0]),
    crime: r.int(0, COUNTS.crimes - 1),
  }));
  const objects = range(1, COUNTS.objects).map(() => {
    const [description, type] = r.pick(OBJECTS);
    return { description, type, crime: r.int(0, COUNTS.crimes - 1) };
  });
  // Every vehicle is in at least one crime; some in two.
  const vehicleCrimes = range(0, COUNTS.vehicles - 1).map((v): [number, number] => [v, r.int(0, COUNTS.crimes - 1)]);
  // prettier-ignore
  const links = {
    partyTo: pairs(r, 450, COUNTS.people, COUNTS.crimes, [[0, r.int(0, 99)], [0, r.int(100, 199)]]),
    knows: pairs(r, 800, COUNTS.people, COUNTS.people, [], true),
    vehicleCrimes: pairs(r, 180, COUNTS.vehicles, COUNTS.crimes, vehicleCrimes),
    employer: people.map(() => (r.chance(0.6) ? r.int(0, ORGANISATIONS.length - 1) : -1)),
  };
  return { postcodes, locations, people, officers, crimes, phones, calls, emails, vehicles, media, objects, links };
}

function policeSpec(d: PoliceData): GraphSpec {
  const { postcodes, locations, people, crimes, phones, calls, emails, media, objects, links } = d;
  const rel = (type: string, from: string, to: string, pairs: Pair[]) => ({ type, from, to, pairs });
  // prettier-ignore
  return {
    nodes: {
      Area: AREAS.map((areaCode) => ({ areaCode })),
      PostCode: postcodes.map((p) => ({ code: p.code })),
      Location: locations.map((l) => ({ ...l, postcode: postcodes[l.postcode].code })),
      Person: people.map((p) => ({ name: p.name, surname: p.surname, nhs_no: p.nhs_no, age: int(p.age) })),
      Officer: d.officers,
      Crime: crimes.map(({ id, type, date, last_outcome, note }) => ({ id, type, date, last_outcome, note })),
      Phone: phones.map((p) => ({ phoneNo: p.phoneNo })),
      PhoneCall: calls.map((c) => c.props),
      Email: emails.map((e) => ({ email_address: e.email_address })),
      Vehicle: d.vehicles.map((v) => ({ ...v, year: int(v.year) })),
      Object: objects.map((o) => ({ description: o.description, type: o.type })),
      Media: media.map(({ hash, mimeType, sizeBytes, thumbnail }) => ({ hash, mimeType, sizeBytes: int(sizeBytes), thumbnail })),
      Organisation: ORGANISATIONS.map(([orgName, sector]) => ({ orgName, sector })),
    },
    relationships: [
      rel('POSTCODE_IN_AREA', 'PostCode', 'Area', postcodes.map((p, i) => [i, p.area])),
      rel('IN_POSTCODE', 'Location', 'PostCode', locations.map((l, i) => [i, l.postcode])),
      rel('LIVES_AT', 'Person', 'Location', people.map((p, i) => [i, p.home])),
      rel('KNOWS', 'Person', 'Person', links.knows),
      rel('WORKS_FOR', 'Person', 'Organisation', links.employer.flatMap((org, i): Pair[] => (org < 0 ? [] : [[i, org]]))),
      rel('OCCURRED_AT', 'Crime', 'Location', crimes.map((c, i) => [i, c.location])),
      rel('INVESTIGATED_BY', 'Crime', 'Officer', crimes.map((c, i) => [i, c.officer])),
      rel('PARTY_TO', 'Person', 'Crime', links.partyTo),
      rel('HAS_PHONE', 'Person', 'Phone', phones.map((p, i) => [p.owner, i])),
      rel('CALLER', 'PhoneCall', 'Phone', calls.map((c, i) => [i, c.caller])),
      rel('CALLED', 'PhoneCall', 'Phone', calls.map((c, i) => [i, c.called])),
      rel('HAS_EMAIL', 'Person', 'Email', emails.map((e, i) => [e.owner, i])),
      rel('INVOLVED_IN', 'Vehicle', 'Crime', links.vehicleCrimes),
      rel('INVOLVED_IN', 'Object', 'Crime', objects.map((o, i) => [i, o.crime])),
      rel('EVIDENCE_OF', 'Media', 'Crime', media.map((m, i) => [i, m.crime])),
    ],
  };
}

export async function buildPoliceGraph(executor: Executor): Promise<PoliceFacts> {
  const data = generatePolice();
  const counts = await writeGraph(executor, policeSpec(data));
  return policeFacts(data, counts);
}

/** What the tests assert on, worked out from the generated data (the check script confirmed it against Neo4j). */
function policeFacts(d: PoliceData, counts: GraphCounts): PoliceFacts {
  const { locations, postcodes, people, officers, crimes, phones, calls, emails, media, links } = d;
  const crimesAt = tally(crimes.map((c) => c.location));
  const residentsAt = tally(people.map((p) => p.home));
  const ref = (i: number): PersonRef => ({ name: people[i].name, surname: people[i].surname });
  const quiet = locations.findIndex((_, i) => i > 0 && (crimesAt.get(i) ?? 0) > 0 && (residentsAt.get(i) ?? 0) > 0);
  const [commonName, commonCount] = [...tally(people.map((p) => p.name))].sort((a, b) => b[1] - a[1])[0];
  const [, crimeIndex] = links.partyTo[0];
  const crime = crimes[crimeIndex];
  const vehicle = d.vehicles[0];
  return {
    ...counts,
    busyLocation: {
      address: BUSY_ADDRESS,
      postcode: postcodes[locations[0].postcode].code,
      latitude: locations[0].latitude,
      longitude: locations[0].longitude,
      crimes: crimesAt.get(0) ?? 0,
    },
    uniquePerson: {
      ...UNIQUE_PERSON,
      nhs_no: people[0].nhs_no,
      age: people[0].age,
      address: locations[people[0].home].address,
      phoneNo: phones[0].phoneNo,
      email_address: emails[0].email_address,
      crimes: links.partyTo.filter(([p]) => p === 0).map(([, c]) => crimes[c].id),
    },
    namesakes: { ...NAMESAKES, nhs_nos: [people[1].nhs_no, people[2].nhs_no] },
    commonFirstName: { name: commonName, people: commonCount },
    officer: { ...officers[0], crimes: crimes.filter((c) => c.officer === 0).length },
    crime: {
      id: crime.id,
      type: crime.type,
      date: crime.date,
      last_outcome: crime.last_outcome,
      address: locations[crime.location].address,
      officer: officers[crime.officer].badge_no,
      parties: links.partyTo.filter(([, c]) => c === crimeIndex).length,
    },
    location: {
      address: locations[quiet].address,
      postcode: postcodes[locations[quiet].postcode].code,
      crimes: crimesAt.get(quiet) ?? 0,
      residents: residentsAt.get(quiet) ?? 0,
    },
    postcode: {
      code: postcodes[7].code,
      areaCode: AREAS[postcodes[7].area],
      locations: locations.filter((l) => l.postcode === 7).length,
    },
    vehicle: {
      reg: vehicle.reg,
      make: vehicle.make,
      model: vehicle.model,
      year: vehicle.year,
      crimes: links.vehicleCrimes.filter(([v]) => v === 0).map(([, c]) => crimes[c].id),
    },
    phone: {
      phoneNo: phones[0].phoneNo,
      owner: ref(0),
      callsMade: calls.filter((c) => c.caller === 0).length,
      callsReceived: calls.filter((c) => c.called === 0).length,
    },
    email: { email_address: emails[0].email_address, owner: ref(0) },
    media: {
      hash: media[0].hash,
      mimeType: media[0].mimeType,
      sizeBytes: media[0].sizeBytes,
      thumbnailBytes: THUMBNAIL_BYTES,
      thumbnailHex: hexHead(media[0].thumbnail),
      crime: crimes[media[0].crime].id,
    },
    organisation: {
      orgName: ORGANISATIONS[0][0],
      sector: ORGANISATIONS[0][1],
      employees: links.employer.filter((e) => e === 0).length,
    },
  };
}
