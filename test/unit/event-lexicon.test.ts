import { expect } from 'chai';
import { gerund, regularPlural } from '../../server/ingest/knowledge/english-inflection';
import { eventSense, EventSenseOptions, families } from '../../server/ingest/knowledge/event-lexicon';
import { compileTaxonomy, eventTaxonomy } from '../../server/ingest/knowledge/event-taxonomy';
import taxonomyJson from '../../server/ingest/knowledge/lang/en/event-taxonomy.json';
import { wordnet } from '../../server/ingest/knowledge/wordnet';

/** The word names an event of this kind and family. */
function isEvent(lemma: string, pos: 'NOUN' | 'VERB', kind: string, family: string, opts?: EventSenseOptions) {
  const event = eventSense(lemma, pos, opts);
  expect(event, `${lemma} should be an event`).to.not.equal(null);
  expect({ kind: event?.kind, family: event?.family }).to.deep.equal({ kind, family });
}

function notEvent(lemma: string, pos: 'NOUN' | 'VERB', opts?: EventSenseOptions) {
  expect(eventSense(lemma, pos, opts), `${lemma} should be no event`).to.equal(null);
}

/** A deep copy of the taxonomy data with one change, to see the loader refuse it. */
function taxonomyWith(change: (data: typeof taxonomyJson) => void): unknown {
  const copy = structuredClone(taxonomyJson);
  change(copy);
  return copy;
}

describe('event lexicon', () => {
  describe('nouns that name events', () => {
    it('meeting: Consult', () => isEvent('meeting', 'NOUN', 'meeting', '04'));
    it('summit: Consult', () => isEvent('summit', 'NOUN', 'summit', '04'));
    it('talks: Consult', () => isEvent('talk', 'NOUN', 'talks', '04', { plural: true }));
    it('talk with: Consult, as talks', () => isEvent('talk', 'VERB', 'talks', '04'));
    it('speak with: Consult, as talks', () => isEvent('speak', 'VERB', 'talks', '04'));
    it('discuss (with others): Consult', () => isEvent('discuss', 'VERB', 'discussion', '04'));
    it('conversation: Consult', () => isEvent('conversation', 'NOUN', 'conversation', '04'));
    it('discussion: Consult', () => isEvent('discussion', 'NOUN', 'discussion', '04'));
    it('agree (two parties): an agreement', () => isEvent('agree', 'VERB', 'agreement', '05'));
    it('agreement: diplomatic cooperation', () => isEvent('agreement', 'NOUN', 'agreement', '05'));
    it('treaty: an agreement', () => isEvent('treaty', 'NOUN', 'treaty', '05'));
    it('deal: an agreement, not a sale', () => isEvent('deal', 'NOUN', 'deal', '05'));
    it('conference: Consult', () => isEvent('conference', 'NOUN', 'conference', '04'));
    it('session: Consult', () => isEvent('session', 'NOUN', 'session', '04'));
    it('consultation: Consult', () => isEvent('consultation', 'NOUN', 'consultation', '04'));
    it('call: Consult', () => isEvent('call', 'NOUN', 'call', '04'));
    it('visit: Consult', () => isEvent('visit', 'NOUN', 'visit', '04'));
    it('trip: Consult', () => isEvent('trip', 'NOUN', 'trip', '04'));
    it('tour: Consult', () => isEvent('tour', 'NOUN', 'tour', '04'));
    it('negotiation: Consult', () => isEvent('negotiation', 'NOUN', 'negotiation', '04'));
    it('mediation: Consult', () => isEvent('mediation', 'NOUN', 'mediation', '04'));
    it('signing: Diplomatic cooperation', () => isEvent('signing', 'NOUN', 'signing', '05'));
    it('ratification: Diplomatic cooperation', () => isEvent('ratification', 'NOUN', 'ratification', '05'));
    it('extradition: Material cooperation', () => isEvent('extradition', 'NOUN', 'extradition', '06'));
    it('evacuation: Aid', () => isEvent('evacuation', 'NOUN', 'evacuation', '07'));
    it('rescue: Aid', () => isEvent('rescue', 'NOUN', 'rescue', '07'));
    it('airlift: Aid', () => isEvent('airlift', 'NOUN', 'airlift', '07'));
    it('release: Yield', () => isEvent('release', 'NOUN', 'release', '08'));
    it('ceasefire: Yield', () => isEvent('ceasefire', 'NOUN', 'ceasefire', '08'));
    it('truce: Yield', () => isEvent('truce', 'NOUN', 'truce', '08'));
    it('armistice: Yield', () => isEvent('armistice', 'NOUN', 'armistice', '08'));
    it('withdrawal: Yield', () => isEvent('withdrawal', 'NOUN', 'withdrawal', '08'));
    it('retreat: Yield', () => isEvent('retreat', 'NOUN', 'retreat', '08'));
    it('surrender: Yield', () => isEvent('surrender', 'NOUN', 'surrender', '08'));
    it('amnesty: Yield', () => isEvent('amnesty', 'NOUN', 'amnesty', '08'));
    it('pardon: Yield', () => isEvent('pardon', 'NOUN', 'pardon', '08'));
    it('exchange: Yield', () => isEvent('exchange', 'NOUN', 'exchange', '08'));
    it('swap: Yield', () => isEvent('swap', 'NOUN', 'swap', '08'));
    it('investigation: Investigate', () => isEvent('investigation', 'NOUN', 'investigation', '09'));
    it('inquiry: Investigate', () => isEvent('inquiry', 'NOUN', 'inquiry', '09'));
    it('probe: Investigate', () => isEvent('probe', 'NOUN', 'probe', '09'));
    it('veto: Reject', () => isEvent('veto', 'NOUN', 'veto', '12'));
    it('protest: Protest', () => isEvent('protest', 'NOUN', 'protest', '14'));
    it('demonstration: Protest', () => isEvent('demonstration', 'NOUN', 'demonstration', '14'));
    it('rally: Protest', () => isEvent('rally', 'NOUN', 'rally', '14'));
    it('riot: Protest', () => isEvent('riot', 'NOUN', 'riot', '14'));
    it('strike: Protest', () => isEvent('strike', 'NOUN', 'strike', '14'));
    it('boycott: Protest', () => isEvent('boycott', 'NOUN', 'boycott', '14'));
    it('walkout: Protest', () => isEvent('walkout', 'NOUN', 'walkout', '14'));
    it('sit-in: Protest', () => isEvent('sit-in', 'NOUN', 'sit-in', '14'));
    it('hunger strike: Protest', () => isEvent('hunger_strike', 'NOUN', 'hunger strike', '14'));
    it('exercises: Force posture', () => isEvent('exercise', 'NOUN', 'exercises', '15', { plural: true }));
    it('drills: Force posture', () => isEvent('drill', 'NOUN', 'drills', '15', { plural: true }));
    it('maneuver: Force posture', () => isEvent('maneuver', 'NOUN', 'maneuver', '15'));
    it('mobilization: Force posture', () => isEvent('mobilization', 'NOUN', 'mobilization', '15'));
    it('deployment: Force posture', () => isEvent('deployment', 'NOUN', 'deployment', '15'));
    it('sanctions: Reduce relations', () => isEvent('sanction', 'NOUN', 'sanctions', '16', { plural: true }));
    it('embargo: Reduce relations', () => isEvent('embargo', 'NOUN', 'embargo', '16'));
    it('arrest: Coerce', () => isEvent('arrest', 'NOUN', 'arrest', '17'));
    it('detention: Coerce', () => isEvent('detention', 'NOUN', 'detention', '17'));
    it('imprisonment: Coerce', () => isEvent('imprisonment', 'NOUN', 'imprisonment', '17'));
    it('deportation: Coerce', () => isEvent('deportation', 'NOUN', 'deportation', '17'));
    it('expulsion: Coerce', () => isEvent('expulsion', 'NOUN', 'expulsion', '17'));
    it('crackdown: Coerce', () => isEvent('crackdown', 'NOUN', 'crackdown', '17'));
    it('curfew: Coerce', () => isEvent('curfew', 'NOUN', 'curfew', '17'));
    it('seizure: Coerce', () => isEvent('seizure', 'NOUN', 'seizure', '17'));
    it('capture: Coerce', () => isEvent('capture', 'NOUN', 'capture', '17'));
    it('terrorism: Assault', () => isEvent('terrorism', 'NOUN', 'terrorism', '18'));
    it('assassination: Assault', () => isEvent('assassination', 'NOUN', 'assassination', '18'));
    it('kidnapping: Assault', () => isEvent('kidnapping', 'NOUN', 'kidnapping', '18'));
    it('abduction: Assault', () => isEvent('abduction', 'NOUN', 'abduction', '18'));
    it('hijacking: Assault', () => isEvent('hijacking', 'NOUN', 'hijacking', '18'));
    it('murder: Assault', () => isEvent('murder', 'NOUN', 'murder', '18'));
    it('killing: Assault', () => isEvent('killing', 'NOUN', 'killing', '18'));
    it('shooting: Assault', () => isEvent('shooting', 'NOUN', 'shooting', '18'));
    it('massacre: Mass violence', () => isEvent('massacre', 'NOUN', 'massacre', '20'));
    it('genocide: Mass violence', () => isEvent('genocide', 'NOUN', 'genocide', '20'));
    it('bombing: Fight', () => isEvent('bombing', 'NOUN', 'bombing', '19'));
    it('airstrike: Fight', () => isEvent('airstrike', 'NOUN', 'airstrike', '19'));
    it('raid: Fight', () => isEvent('raid', 'NOUN', 'raid', '19'));
    it('ambush: Fight', () => isEvent('ambush', 'NOUN', 'ambush', '19'));
    it('attack: Fight', () => isEvent('attack', 'NOUN', 'attack', '19'));
    it('invasion: Fight', () => isEvent('invasion', 'NOUN', 'invasion', '19'));
    it('occupation: Fight', () => isEvent('occupation', 'NOUN', 'occupation', '19'));
    it('annexation: Fight', () => isEvent('annexation', 'NOUN', 'annexation', '19'));
    it('siege: Fight', () => isEvent('siege', 'NOUN', 'siege', '19'));
    it('blockade: Fight', () => isEvent('blockade', 'NOUN', 'blockade', '19'));
    it('war: Fight', () => isEvent('war', 'NOUN', 'war', '19'));
    it('battle: Fight', () => isEvent('battle', 'NOUN', 'battle', '19'));
    it('clash: Fight', () => isEvent('clash', 'NOUN', 'clash', '19'));
    it('skirmish: Fight', () => isEvent('skirmish', 'NOUN', 'skirmish', '19'));
    it('fighting: Fight', () => isEvent('fighting', 'NOUN', 'fighting', '19'));
    it('hostilities: Fight', () => isEvent('hostility', 'NOUN', 'hostilities', '19', { plural: true }));
    it('uprising: Fight', () => isEvent('uprising', 'NOUN', 'uprising', '19'));
    it('insurgency: Fight', () => isEvent('insurgency', 'NOUN', 'insurgency', '19'));
    it('coup: Political process', () => isEvent('coup', 'NOUN', 'coup', 'POL'));
    it('election: Political process', () => isEvent('election', 'NOUN', 'election', 'POL'));
    it('referendum: Political process', () => isEvent('referendum', 'NOUN', 'referendum', 'POL'));
    it('plebiscite: Political process', () => isEvent('plebiscite', 'NOUN', 'plebiscite', 'POL'));
    it('vote: Political process', () => isEvent('vote', 'NOUN', 'vote', 'POL'));
    it('ballot: Political process', () => isEvent('ballot', 'NOUN', 'ballot', 'POL'));
    it('runoff: Political process', () => isEvent('runoff', 'NOUN', 'runoff', 'POL'));
    it('by-election: Political process', () => isEvent('by-election', 'NOUN', 'by-election', 'POL'));
    it('appointment: Political process', () => isEvent('appointment', 'NOUN', 'appointment', 'POL'));
    it('nomination: Political process', () => isEvent('nomination', 'NOUN', 'nomination', 'POL'));
    it('resignation: Political process', () => isEvent('resignation', 'NOUN', 'resignation', 'POL'));
    it('abdication: Political process', () => isEvent('abdication', 'NOUN', 'abdication', 'POL'));
    it('dismissal: Political process', () => isEvent('dismissal', 'NOUN', 'dismissal', 'POL'));
    it('ouster: Political process', () => isEvent('ouster', 'NOUN', 'ouster', 'POL'));
    it('impeachment: Political process', () => isEvent('impeachment', 'NOUN', 'impeachment', 'POL'));
    it('inauguration: Political process', () => isEvent('inauguration', 'NOUN', 'inauguration', 'POL'));
    it('swearing-in: Political process', () => isEvent('swearing-in', 'NOUN', 'swearing-in', 'POL'));
    it('coronation: Political process', () => isEvent('coronation', 'NOUN', 'coronation', 'POL'));
    it('reshuffle: Political process', () => isEvent('reshuffle', 'NOUN', 'reshuffle', 'POL'));
    it('campaign: Political process', () => isEvent('campaign', 'NOUN', 'campaign', 'POL'));
    it('trial: Courts', () => isEvent('trial', 'NOUN', 'trial', 'JUD'));
    it('hearing: Courts', () => isEvent('hearing', 'NOUN', 'hearing', 'JUD'));
    it('verdict: Courts', () => isEvent('verdict', 'NOUN', 'verdict', 'JUD'));
    it('conviction: Courts', () => isEvent('conviction', 'NOUN', 'conviction', 'JUD'));
    it('ruling: Courts', () => isEvent('ruling', 'NOUN', 'ruling', 'JUD'));
    it('acquittal: Courts', () => isEvent('acquittal', 'NOUN', 'acquittal', 'JUD'));
    it('lawsuit: Courts', () => isEvent('lawsuit', 'NOUN', 'lawsuit', 'JUD'));
    it('indictment: Courts', () => isEvent('indictment', 'NOUN', 'indictment', 'JUD'));
    it('prosecution: Courts', () => isEvent('prosecution', 'NOUN', 'prosecution', 'JUD'));
    it('execution: Courts', () => isEvent('execution', 'NOUN', 'execution', 'JUD'));
    it('funeral: Ceremony', () => isEvent('funeral', 'NOUN', 'funeral', 'CER'));
    it('burial: Ceremony', () => isEvent('burial', 'NOUN', 'burial', 'CER'));
    it('wedding: Ceremony', () => isEvent('wedding', 'NOUN', 'wedding', 'CER'));
    it('commemoration: Ceremony', () => isEvent('commemoration', 'NOUN', 'commemoration', 'CER'));
    it('celebration: Ceremony', () => isEvent('celebration', 'NOUN', 'celebration', 'CER'));
    it('parade: Ceremony', () => isEvent('parade', 'NOUN', 'parade', 'CER'));
    it('banquet: Ceremony', () => isEvent('banquet', 'NOUN', 'banquet', 'CER'));
    it('ceremony: Ceremony', () => isEvent('ceremony', 'NOUN', 'ceremony', 'CER'));
    it('surgery: Health', () => isEvent('surgery', 'NOUN', 'surgery', 'HEA'));
    it('hospitalization: Health', () => isEvent('hospitalization', 'NOUN', 'hospitalization', 'HEA'));
    it('heart attack: Health', () => isEvent('heart_attack', 'NOUN', 'heart attack', 'HEA'));
    it('stroke: Health', () => isEvent('stroke', 'NOUN', 'stroke', 'HEA'));
    it('death: Health', () => isEvent('death', 'NOUN', 'death', 'HEA'));
    it('suicide: Health', () => isEvent('suicide', 'NOUN', 'suicide', 'HEA'));
    it('earthquake: Disaster', () => isEvent('earthquake', 'NOUN', 'earthquake', 'DIS'));
    it('flood: Disaster', () => isEvent('flood', 'NOUN', 'flood', 'DIS'));
    it('storm: Disaster', () => isEvent('storm', 'NOUN', 'storm', 'DIS'));
    it('hurricane: Disaster', () => isEvent('hurricane', 'NOUN', 'hurricane', 'DIS'));
    it('typhoon: Disaster', () => isEvent('typhoon', 'NOUN', 'typhoon', 'DIS'));
    it('tsunami: Disaster', () => isEvent('tsunami', 'NOUN', 'tsunami', 'DIS'));
    it('eruption: Disaster', () => isEvent('eruption', 'NOUN', 'eruption', 'DIS'));
    it('landslide: Disaster', () => isEvent('landslide', 'NOUN', 'landslide', 'DIS'));
    it('drought: Disaster', () => isEvent('drought', 'NOUN', 'drought', 'DIS'));
    it('famine: Disaster', () => isEvent('famine', 'NOUN', 'famine', 'DIS'));
    it('epidemic: Disaster', () => isEvent('epidemic', 'NOUN', 'epidemic', 'DIS'));
    it('pandemic: Disaster', () => isEvent('pandemic', 'NOUN', 'pandemic', 'DIS'));
    it('fire: Disaster', () => isEvent('fire', 'NOUN', 'fire', 'DIS'));
    it('wildfire: Disaster', () => isEvent('wildfire', 'NOUN', 'wildfire', 'DIS'));
    it('explosion: Disaster', () => isEvent('explosion', 'NOUN', 'explosion', 'DIS'));
    it('blast: Disaster', () => isEvent('blast', 'NOUN', 'blast', 'DIS'));
    it('accident: Disaster', () => isEvent('accident', 'NOUN', 'accident', 'DIS'));
    it('crash: Disaster', () => isEvent('crash', 'NOUN', 'crash', 'DIS'));
    it('collision: Disaster', () => isEvent('collision', 'NOUN', 'collision', 'DIS'));
    it('derailment: Disaster', () => isEvent('derailment', 'NOUN', 'derailment', 'DIS'));
    it('shipwreck: Disaster', () => isEvent('shipwreck', 'NOUN', 'shipwreck', 'DIS'));
    it('collapse: Disaster', () => isEvent('collapse', 'NOUN', 'collapse', 'DIS'));
    it('merger: Economy', () => isEvent('merger', 'NOUN', 'merger', 'ECO'));
    it('bankruptcy: Economy', () => isEvent('bankruptcy', 'NOUN', 'bankruptcy', 'ECO'));
    it('default: Economy', () => isEvent('default', 'NOUN', 'default', 'ECO'));
    it('devaluation: Economy', () => isEvent('devaluation', 'NOUN', 'devaluation', 'ECO'));
  });

  describe("verbs that name events (kind: the derived event noun, else the anchor's kind, else the gerund)", () => {
    it('meet: meeting, Consult', () => isEvent('meet', 'VERB', 'meeting', '04'));
    it('visit: visit, Consult', () => isEvent('visit', 'VERB', 'visit', '04'));
    it('host: visit, Consult', () => isEvent('host', 'VERB', 'visit', '04'));
    it('call: call, Consult', () => isEvent('call', 'VERB', 'call', '04'));
    it('phone: call, Consult', () => isEvent('phone', 'VERB', 'call', '04'));
    it('telephone: call, Consult', () => isEvent('telephone', 'VERB', 'call', '04'));
    it('negotiate: negotiation, Consult', () => isEvent('negotiate', 'VERB', 'negotiation', '04'));
    it('confer: conference, Consult', () => isEvent('confer', 'VERB', 'conference', '04'));
    it('consult: consultation, Consult', () => isEvent('consult', 'VERB', 'consultation', '04'));
    it('mediate: mediation, Consult', () => isEvent('mediate', 'VERB', 'mediation', '04'));
    it('tour: tour, Consult', () => isEvent('tour', 'VERB', 'tour', '04'));
    it('convene: meeting, Consult', () => isEvent('convene', 'VERB', 'meeting', '04'));
    it('sign: signing, Diplomatic cooperation', () => isEvent('sign', 'VERB', 'signing', '05'));
    it('ratify: ratification, Diplomatic cooperation', () => isEvent('ratify', 'VERB', 'ratification', '05'));
    it('extradite: extradition, Material cooperation', () => isEvent('extradite', 'VERB', 'extradition', '06'));
    it('evacuate: evacuation, Aid', () => isEvent('evacuate', 'VERB', 'evacuation', '07'));
    it('rescue: rescue, Aid', () => isEvent('rescue', 'VERB', 'rescue', '07'));
    it('airlift: airlift, Aid', () => isEvent('airlift', 'VERB', 'airlift', '07'));
    it('release: release, Yield', () => isEvent('release', 'VERB', 'release', '08'));
    it('free: freeing, Yield', () => isEvent('free', 'VERB', 'freeing', '08'));
    it('withdraw: withdrawal, Yield', () => isEvent('withdraw', 'VERB', 'withdrawal', '08'));
    it('retreat: retreat, Yield', () => isEvent('retreat', 'VERB', 'retreat', '08'));
    it('surrender: surrender, Yield', () => isEvent('surrender', 'VERB', 'surrender', '08'));
    it('pardon: pardon, Yield', () => isEvent('pardon', 'VERB', 'pardon', '08'));
    it('exchange: exchange, Yield', () => isEvent('exchange', 'VERB', 'exchange', '08'));
    it('investigate: investigation, Investigate', () => isEvent('investigate', 'VERB', 'investigation', '09'));
    it('veto: veto, Reject', () => isEvent('veto', 'VERB', 'veto', '12'));
    it('protest: protest, Protest', () => isEvent('protest', 'VERB', 'protest', '14'));
    it('riot: riot, Protest', () => isEvent('riot', 'VERB', 'riot', '14'));
    it('boycott: boycott, Protest', () => isEvent('boycott', 'VERB', 'boycott', '14'));
    it('picket: picketing, Protest', () => isEvent('picket', 'VERB', 'picketing', '14'));
    it('mobilize: mobilization, Force posture', () => isEvent('mobilize', 'VERB', 'mobilization', '15'));
    it('deploy: deployment, Force posture', () => isEvent('deploy', 'VERB', 'deployment', '15'));
    it('sanction: sanctions, Reduce relations', () => isEvent('sanction', 'VERB', 'sanctions', '16'));
    it('arrest: arrest, Coerce', () => isEvent('arrest', 'VERB', 'arrest', '17'));
    it('apprehend: apprehension, Coerce', () => isEvent('apprehend', 'VERB', 'apprehension', '17'));
    it('detain: detention, Coerce', () => isEvent('detain', 'VERB', 'detention', '17'));
    it('jail: jailing, Coerce', () => isEvent('jail', 'VERB', 'jailing', '17'));
    it('imprison: imprisonment, Coerce', () => isEvent('imprison', 'VERB', 'imprisonment', '17'));
    it('capture: capture, Coerce', () => isEvent('capture', 'VERB', 'capture', '17'));
    it('seize: seizure, Coerce', () => isEvent('seize', 'VERB', 'seizure', '17'));
    it('expel: expulsion, Coerce', () => isEvent('expel', 'VERB', 'expulsion', '17'));
    it('deport: deportation, Coerce', () => isEvent('deport', 'VERB', 'deportation', '17'));
    it('raid: raid, Coerce', () => isEvent('raid', 'VERB', 'raid', '17'));
    it('kill: killing, Assault', () => isEvent('kill', 'VERB', 'killing', '18'));
    it('murder: murder, Assault', () => isEvent('murder', 'VERB', 'murder', '18'));
    it('assassinate: assassination, Assault', () => isEvent('assassinate', 'VERB', 'assassination', '18'));
    it('shoot: shooting, Assault', () => isEvent('shoot', 'VERB', 'shooting', '18'));
    it('kidnap: kidnapping, Assault', () => isEvent('kidnap', 'VERB', 'kidnapping', '18'));
    it('abduct: abduction, Assault', () => isEvent('abduct', 'VERB', 'abduction', '18'));
    it('hijack: hijacking, Assault', () => isEvent('hijack', 'VERB', 'hijacking', '18'));
    it('torture: torture, Assault', () => isEvent('torture', 'VERB', 'torture', '18'));
    it('attack: attack, Fight', () => isEvent('attack', 'VERB', 'attack', '19'));
    it('invade: invasion, Fight', () => isEvent('invade', 'VERB', 'invasion', '19'));
    it('bomb: bombing, Fight', () => isEvent('bomb', 'VERB', 'bombing', '19'));
    it('shell: shelling, Fight', () => isEvent('shell', 'VERB', 'shelling', '19'));
    it('besiege: siege, Fight', () => isEvent('besiege', 'VERB', 'siege', '19'));
    it('storm: storm, Fight', () => isEvent('storm', 'VERB', 'storm', '19'));
    it('fight: fight, Fight', () => isEvent('fight', 'VERB', 'fight', '19'));
    it('battle: battle, Fight', () => isEvent('battle', 'VERB', 'battle', '19'));
    it('clash: fight, Fight', () => isEvent('clash', 'VERB', 'fight', '19'));
    it('retaliate: retaliation, Fight', () => isEvent('retaliate', 'VERB', 'retaliation', '19'));
    it('annex: annexation, Fight', () => isEvent('annex', 'VERB', 'annexation', '19'));
    it('massacre: massacre, Mass violence', () => isEvent('massacre', 'VERB', 'massacre', '20'));
    it('elect: election, Political process', () => isEvent('elect', 'VERB', 'election', 'POL'));
    it('vote: vote, Political process', () => isEvent('vote', 'VERB', 'vote', 'POL'));
    it('appoint: appointment, Political process', () => isEvent('appoint', 'VERB', 'appointment', 'POL'));
    it('nominate: nomination, Political process', () => isEvent('nominate', 'VERB', 'nomination', 'POL'));
    it('resign: resignation, Political process', () => isEvent('resign', 'VERB', 'resignation', 'POL'));
    it('step down: resignation, Political process', () =>
      isEvent('step', 'VERB', 'resignation', 'POL', { particle: 'down' }));
    it('abdicate: abdication, Political process', () => isEvent('abdicate', 'VERB', 'abdication', 'POL'));
    it('swear in: inauguration, Political process', () =>
      isEvent('swear', 'VERB', 'inauguration', 'POL', { particle: 'in' }));
    it('inaugurate: inauguration, Political process', () => isEvent('inaugurate', 'VERB', 'inauguration', 'POL'));
    it('crown: coronation, Political process', () => isEvent('crown', 'VERB', 'coronation', 'POL'));
    it('sack: dismissal, Political process', () => isEvent('sack', 'VERB', 'dismissal', 'POL'));
    it('oust: ousting, Political process', () => isEvent('oust', 'VERB', 'ousting', 'POL'));
    it('impeach: impeachment, Political process', () => isEvent('impeach', 'VERB', 'impeachment', 'POL'));
    it('take over: handover, Political process', () =>
      isEvent('take', 'VERB', 'handover', 'POL', { particle: 'over' }));
    it('campaign: campaign, Political process', () => isEvent('campaign', 'VERB', 'campaign', 'POL'));
    it('indict: indictment, Courts', () => isEvent('indict', 'VERB', 'indictment', 'JUD'));
    it('sue: lawsuit, Courts', () => isEvent('sue', 'VERB', 'lawsuit', 'JUD'));
    it('convict: conviction, Courts', () => isEvent('convict', 'VERB', 'conviction', 'JUD'));
    it('sentence: sentence, Courts', () => isEvent('sentence', 'VERB', 'sentence', 'JUD'));
    it('acquit: acquittal, Courts', () => isEvent('acquit', 'VERB', 'acquittal', 'JUD'));
    it('rule: ruling, Courts', () => isEvent('rule', 'VERB', 'ruling', 'JUD'));
    it('execute: execution, Courts', () => isEvent('execute', 'VERB', 'execution', 'JUD'));
    it('bury: burial, Ceremony', () => isEvent('bury', 'VERB', 'burial', 'CER'));
    it('celebrate: celebration, Ceremony', () => isEvent('celebrate', 'VERB', 'celebration', 'CER'));
    it('commemorate: commemoration, Ceremony', () => isEvent('commemorate', 'VERB', 'commemoration', 'CER'));
    it('dedicate: dedication, Ceremony', () => isEvent('dedicate', 'VERB', 'dedication', 'CER'));
    it('die: death, Health', () => isEvent('die', 'VERB', 'death', 'HEA'));
    it('operate on: surgery, Health', () => isEvent('operate', 'VERB', 'surgery', 'HEA', { particle: 'on' }));
    it('hospitalize: hospitalization, Health', () => isEvent('hospitalize', 'VERB', 'hospitalization', 'HEA'));
    it('crash: crash, Disaster', () => isEvent('crash', 'VERB', 'crash', 'DIS'));
    it('collide: collision, Disaster', () => isEvent('collide', 'VERB', 'collision', 'DIS'));
    it('explode: explosion, Disaster', () => isEvent('explode', 'VERB', 'explosion', 'DIS'));
    it('default: default, Economy', () => isEvent('default', 'VERB', 'default', 'ECO'));
  });

  describe('verbs that name no event: saying, cognition, light and stative verbs, others', () => {
    it('say', () => notEvent('say', 'VERB'));
    it('tell', () => notEvent('tell', 'VERB'));
    it('add', () => notEvent('add', 'VERB'));
    it('note', () => notEvent('note', 'VERB'));
    it('stress', () => notEvent('stress', 'VERB'));
    it('emphasise', () => notEvent('emphasise', 'VERB'));
    it('emphasize', () => notEvent('emphasize', 'VERB'));
    it('state', () => notEvent('state', 'VERB'));
    it('report', () => notEvent('report', 'VERB'));
    it('announce', () => notEvent('announce', 'VERB'));
    it('think', () => notEvent('think', 'VERB'));
    it('believe', () => notEvent('believe', 'VERB'));
    it('hope', () => notEvent('hope', 'VERB'));
    it('expect', () => notEvent('expect', 'VERB'));
    it('want', () => notEvent('want', 'VERB'));
    it('consider', () => notEvent('consider', 'VERB'));
    it('be', () => notEvent('be', 'VERB'));
    it('have', () => notEvent('have', 'VERB'));
    it('hold', () => notEvent('hold', 'VERB'));
    it('make', () => notEvent('make', 'VERB'));
    it('take', () => notEvent('take', 'VERB'));
    it('give', () => notEvent('give', 'VERB'));
    it('get', () => notEvent('get', 'VERB'));
    it('do', () => notEvent('do', 'VERB'));
    it('become', () => notEvent('become', 'VERB'));
    it('remain', () => notEvent('remain', 'VERB'));
    it('seem', () => notEvent('seem', 'VERB'));
    it('include', () => notEvent('include', 'VERB'));
    it('urge', () => notEvent('urge', 'VERB'));
    it('warn', () => notEvent('warn', 'VERB'));
    it('accuse', () => notEvent('accuse', 'VERB'));
    it('criticize', () => notEvent('criticize', 'VERB'));
    it('condemn', () => notEvent('condemn', 'VERB'));
    it('demand', () => notEvent('demand', 'VERB'));
    it('decide', () => notEvent('decide', 'VERB'));
    it('plan', () => notEvent('plan', 'VERB'));
    it('seek', () => notEvent('seek', 'VERB'));
    it('continue', () => notEvent('continue', 'VERB'));
    it('begin', () => notEvent('begin', 'VERB'));
    it('start', () => notEvent('start', 'VERB'));
    it('need', () => notEvent('need', 'VERB'));
    it('help', () => notEvent('help', 'VERB'));
    it('support', () => notEvent('support', 'VERB'));
    it('use', () => notEvent('use', 'VERB'));
    it('show', () => notEvent('show', 'VERB'));
    it('lead', () => notEvent('lead', 'VERB'));
    it('send', () => notEvent('send', 'VERB'));
    it('receive', () => notEvent('receive', 'VERB'));
    it('welcome', () => notEvent('welcome', 'VERB'));
    it('praise', () => notEvent('praise', 'VERB'));
    it('reject', () => notEvent('reject', 'VERB'));
    it('deny', () => notEvent('deny', 'VERB'));
    it('claim', () => notEvent('claim', 'VERB'));
    it('threaten', () => notEvent('threaten', 'VERB'));
    it('pledge', () => notEvent('pledge', 'VERB'));
    it('promise', () => notEvent('promise', 'VERB'));
    it('ban', () => notEvent('ban', 'VERB'));
    it('approve', () => notEvent('approve', 'VERB'));
    it('pass', () => notEvent('pass', 'VERB'));
    it('raise', () => notEvent('raise', 'VERB'));
    it('cut', () => notEvent('cut', 'VERB'));
    it('increase', () => notEvent('increase', 'VERB'));
    it('can', () => notEvent('can', 'VERB'));
  });

  describe('nouns that name no event', () => {
    it('government', () => notEvent('government', 'NOUN'));
    it('country', () => notEvent('country', 'NOUN'));
    it('president', () => notEvent('president', 'NOUN'));
    it('minister', () => notEvent('minister', 'NOUN'));
    it('relation', () => notEvent('relation', 'NOUN'));
    it('relationship', () => notEvent('relationship', 'NOUN'));
    it('cooperation', () => notEvent('cooperation', 'NOUN'));
    it('issue', () => notEvent('issue', 'NOUN'));
    it('situation', () => notEvent('situation', 'NOUN'));
    it('region', () => notEvent('region', 'NOUN'));
    it('people', () => notEvent('people', 'NOUN'));
    it('statement', () => notEvent('statement', 'NOUN'));
    it('plan', () => notEvent('plan', 'NOUN'));
    it('policy', () => notEvent('policy', 'NOUN'));
    it('economy', () => notEvent('economy', 'NOUN'));
    it('crisis', () => notEvent('crisis', 'NOUN'));
    it('support', () => notEvent('support', 'NOUN'));
    it('decision', () => notEvent('decision', 'NOUN'));
    it('leader', () => notEvent('leader', 'NOUN'));
    it('party', () => notEvent('party', 'NOUN'));
    it('council', () => notEvent('council', 'NOUN'));
    it('congress', () => notEvent('congress', 'NOUN'));
    it('court', () => notEvent('court', 'NOUN'));
    it('parliament', () => notEvent('parliament', 'NOUN'));
    it('army', () => notEvent('army', 'NOUN'));
    it('police', () => notEvent('police', 'NOUN'));
    it('year', () => notEvent('year', 'NOUN'));
    it('week', () => notEvent('week', 'NOUN'));
    it('time', () => notEvent('time', 'NOUN'));
    it('report', () => notEvent('report', 'NOUN'));
    it('case', () => notEvent('case', 'NOUN'));
    it('action', () => notEvent('action', 'NOUN'));
    it('charge', () => notEvent('charge', 'NOUN'));
    it('defense', () => notEvent('defense', 'NOUN'));
    it('engagement', () => notEvent('engagement', 'NOUN'));
    it('interview', () => notEvent('interview', 'NOUN'));
    it('diplomacy', () => notEvent('diplomacy', 'NOUN'));
    it('inflation', () => notEvent('inflation', 'NOUN'));
    it('rate', () => notEvent('rate', 'NOUN'));
    it('price', () => notEvent('price', 'NOUN'));
    it('market', () => notEvent('market', 'NOUN'));
    it('trade', () => notEvent('trade', 'NOUN'));
    it('aid', () => notEvent('aid', 'NOUN'));
    it('security', () => notEvent('security', 'NOUN'));
    it('peace', () => notEvent('peace', 'NOUN'));
    it('power', () => notEvent('power', 'NOUN'));
    it('force', () => notEvent('force', 'NOUN'));
    it('effort', () => notEvent('effort', 'NOUN'));
    it('move', () => notEvent('move', 'NOUN'));
    it('step', () => notEvent('step', 'NOUN'));
    it('process', () => notEvent('process', 'NOUN'));
    it('spokesman', () => notEvent('spokesman', 'NOUN'));
    it('official', () => notEvent('official', 'NOUN'));
  });

  describe('what the answer carries', () => {
    it('summit: the matched sense and the anchor it descends from', () =>
      expect(eventSense('summit', 'NOUN')).to.include({ sense: 'summit%1:14:00::', anchor: 'meeting%1:14:00::' }));
    it("summit: the family name and the anchor's reason", () =>
      expect(eventSense('summit', 'NOUN')).to.include({
        familyName: 'Consult',
        reason: eventTaxonomy().data.anchors.find((a) => a.sense === 'meeting%1:14:00::')?.reason,
      }));
    it('visit: CAMEO 042, make a visit', () => expect(eventSense('visit', 'VERB')?.cameo).to.equal('042'));
    it('host: CAMEO 043, host a visit', () => expect(eventSense('host', 'VERB')?.cameo).to.equal('043'));
    it('talks: CAMEO 046, negotiate', () =>
      expect(eventSense('talk', 'NOUN', { plural: true })?.cameo).to.equal('046'));
    it("resignation: CAMEO 0831 though outside CAMEO's families", () =>
      expect(eventSense('resignation', 'NOUN')?.cameo).to.equal('0831'));
    it('ceasefire: CAMEO 0871', () => expect(eventSense('ceasefire', 'NOUN')?.cameo).to.equal('0871'));
    it('arrest: CAMEO 173', () => expect(eventSense('arrest', 'VERB')?.cameo).to.equal('173'));
    it('funeral: no CAMEO code', () => expect(eventSense('funeral', 'NOUN')?.cameo).to.equal(null));
    it('a phone call is remote', () => expect(eventSense('call', 'NOUN')?.remote).to.equal(true));
    it('phoning is remote', () => expect(eventSense('phone', 'VERB')?.remote).to.equal(true));
    it('a meeting is not remote', () => expect(eventSense('meeting', 'NOUN')?.remote).to.equal(false));
    it('a war lasts', () => expect(eventSense('war', 'NOUN')?.lasting).to.equal(true));
    it('an invasion lasts', () => expect(eventSense('invade', 'VERB')?.lasting).to.equal(true));
    it('an occupation lasts', () => expect(eventSense('occupation', 'NOUN')?.lasting).to.equal(true));
    it('a battle does not last', () => expect(eventSense('battle', 'NOUN')?.lasting).to.equal(false));
    it('an attack does not last', () => expect(eventSense('attack', 'NOUN')?.lasting).to.equal(false));
    it('the same question gets the same (cached) answer', () =>
      expect(eventSense('summit', 'NOUN')).to.equal(eventSense('summit', 'NOUN')));
    it('answers are frozen', () => expect(Object.isFrozen(eventSense('summit', 'NOUN'))).to.equal(true));
  });

  describe('how senses are chosen', () => {
    it('summit counts by its third sense (the first two are peaks)', () =>
      expect(wordnet().senses('summit', 'n')[2].senseKey).to.equal(eventSense('summit', 'NOUN')?.sense));
    it('surgery counts by its fourth sense', () =>
      expect(eventSense('surgery', 'NOUN')?.sense).to.equal('surgery%1:04:01::'));
    it('call (verb) counts by its third sense, the telephone', () =>
      expect(eventSense('call', 'VERB')?.sense).to.equal('call%2:32:01::'));
    it('council: a body, its meeting sense dwarfed 8 to 0', () => notEvent('council', 'NOUN'));
    it('congress: a legislature, its meeting sense dwarfed 24 to 1', () => notEvent('congress', 'NOUN'));
    it('try: an attempt, its court sense dwarfed 342 to 4', () => notEvent('try', 'VERB'));
    it('assume: a supposition, taking office dwarfed 68 to 13', () => notEvent('assume', 'VERB'));
    it('exercise (singular): the manoeuvre the taxonomy adds (a military modifier gates it, senseNeeds)', () =>
      isEvent('exercise', 'NOUN', 'exercise', '15'));
    it('talk (singular): no event', () => notEvent('talk', 'NOUN'));
    it("relations (plural): WordNet's own word, no event", () => notEvent('relation', 'NOUN', { plural: true }));
    it('sanction (singular) keeps its name', () => isEvent('sanction', 'NOUN', 'sanction', '16'));
    it('call for: a demand, and call is not tried after it', () => notEvent('call', 'VERB', { particle: 'for' }));
    it('call off: cancelling, no event', () => notEvent('call', 'VERB', { particle: 'off' }));
    it('a particle WordNet does not know falls back to the verb', () =>
      isEvent('meet', 'VERB', 'meeting', '04', { particle: 'xyz' }));
    it('take alone is a light verb; take over is a handover', () => notEvent('take', 'VERB'));
    it('a troponym an anchor declines: oppose is not fighting', () => notEvent('oppose', 'VERB'));
    it('a troponym an anchor declines: resume is not a handover', () => notEvent('resume', 'VERB'));
    it('a hyponym an anchor keeps: funeral below ceremony', () =>
      expect(eventSense('funeral', 'NOUN')?.anchor).to.equal('ceremony%1:11:00::'));
    it('a hyponym an anchor keeps: referendum below vote', () =>
      expect(eventSense('referendum', 'NOUN')?.anchor).to.equal('vote%1:04:01::'));
    it('a hyponym an anchor keeps: arrest below capture has its own anchor', () =>
      expect(eventSense('arrest', 'NOUN')?.anchor).to.equal('arrest%1:04:00::'));
    it('lemmas are normalised: "Hunger strike"', () => isEvent('Hunger strike', 'NOUN', 'hunger strike', '14'));
    it('an unknown word is no event', () => notEvent('zzyzx', 'NOUN'));
    it('an empty lemma is no event', () => notEvent('', 'VERB'));
  });

  describe('limits WordNet sets (README.md)', () => {
    it('strike (verb): its attack and labour senses are 4th and 7th', () => notEvent('strike', 'VERB'));
    it('demonstrate (verb): protesting is sense 4 of 4', () => notEvent('demonstrate', 'VERB'));
    it('name (verb): appointing is dwarfed by naming, 31 to 5', () => notEvent('name', 'VERB'));
    it('operation: surgery and military operations both sit past business senses', () => notEvent('operation', 'NOUN'));
    it("rate cut: no WordNet sense for a central bank's decision", () => notEvent('rate cut', 'NOUN'));
  });

  describe('families', () => {
    const all = families();
    it("CAMEO's 20 roots first, 01..20", () =>
      expect(all.slice(0, 20).map((f) => f.code)).to.deep.equal(
        Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
      ));
    it("CAMEO's roots are not outside CAMEO", () =>
      expect(all.slice(0, 20).every((f) => !f.outsideCameo)).to.equal(true));
    it('04 is Consult', () => expect(all.find((f) => f.code === '04')?.name).to.equal('Consult'));
    it('17 is Coerce', () => expect(all.find((f) => f.code === '17')?.name).to.equal('Coerce'));
    it('the rest are marked outside CAMEO', () => expect(all.slice(20).every((f) => f.outsideCameo)).to.equal(true));
    it('a few outside families, each with a reason in the data', () =>
      expect(
        taxonomyJson.families
          .filter((f) => 'outsideCameo' in f && f.outsideCameo)
          .every((f) => 'reason' in f && !!f.reason),
      ).to.equal(true));
    it('every family but statements, appeals, intents, demands, disapproval and threats has anchors', () =>
      expect(
        all.filter((f) => !taxonomyJson.anchors.some((a) => a.family === f.code)).map((f) => f.code),
      ).to.deep.equal(['01', '02', '03', '10', '11', '13']));
  });

  describe('the taxonomy data', () => {
    it("every anchor's lemma and gloss match WordNet 3.1", () =>
      taxonomyJson.anchors.forEach((a) => {
        const sense = wordnet().senseByKey(a.sense);
        expect(sense?.lemma, a.sense).to.equal(a.lemma);
        expect(sense?.synset.gloss.startsWith(a.gloss), a.sense).to.equal(true);
      }));
    it('compiles', () => expect(compileTaxonomy(taxonomyJson).anchors.size).to.equal(taxonomyJson.anchors.length));
    it('refuses an unknown family', () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => (d.anchors[0].family = 'XYZ')))).to.throw(/unknown family/));
    it('refuses a CAMEO code under another root', () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => (d.anchors[0].cameo = '173')))).to.throw(/not under root/));
    it('refuses a sense key WordNet does not have', () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => (d.anchors[0].sense = 'meeting%1:14:09::')))).to.throw(
        /does not have/,
      ));
    it('refuses a synset anchored twice', () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => d.anchors.push(d.anchors[0])))).to.throw(/already anchored/));
    it("refuses a lemma that is not the key's", () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => (d.anchors[0].lemma = 'summit')))).to.throw(/has lemma/));
    it('refuses a malformed record', () =>
      expect(() => compileTaxonomy(taxonomyWith((d) => (d.anchors[0].reason = '')))).to.throw());
  });

  describe('English inflection', () => {
    it('gerund: sign -> signing', () => expect(gerund('sign')).to.equal('signing'));
    it('gerund: jail -> jailing', () => expect(gerund('jail')).to.equal('jailing'));
    it('gerund: ban -> banning', () => expect(gerund('ban')).to.equal('banning'));
    it('gerund: quit -> quitting', () => expect(gerund('quit')).to.equal('quitting'));
    it('gerund: visit -> visiting', () => expect(gerund('visit')).to.equal('visiting'));
    it('gerund: make -> making', () => expect(gerund('make')).to.equal('making'));
    it('gerund: die -> dying', () => expect(gerund('die')).to.equal('dying'));
    it('gerund: free -> freeing', () => expect(gerund('free')).to.equal('freeing'));
    it('gerund: sue -> suing', () => expect(gerund('sue')).to.equal('suing'));
    it('gerund: fix -> fixing', () => expect(gerund('fix')).to.equal('fixing'));
    it('gerund: swear_in -> swearing in', () => expect(gerund('swear_in')).to.equal('swearing in'));
    it('plural: talk -> talks', () => expect(regularPlural('talk')).to.equal('talks'));
    it('plural: hostility -> hostilities', () => expect(regularPlural('hostility')).to.equal('hostilities'));
    it('plural: crash -> crashes', () => expect(regularPlural('crash')).to.equal('crashes'));
    it('plural: day -> days', () => expect(regularPlural('day')).to.equal('days'));
  });
});
