// Stigmatizing documentation: identity-first labels, moralizing substance-use words, doubt markers and
// difficult-patient labels. Replacements are person-first or describe behaviour (NIDA "Words Matter").

import type { MatchSpec, RuleDef } from '../types';

const SOURCE_NIDA = 'NIDA & ONDCP "Words Matter"; Kelly & Westerhoff 2010; Botticelli & Koh 2016';
const SOURCE_NOTES = 'Park et al. 2021 (JAMA Netw Open); Goddu et al. 2018 (J Gen Intern Med); Sun et al. 2022 (Health Affairs)';
const WHY_PERSON_FIRST =
  'Identity-first labels reduce a person to a condition. Clinicians who read "substance abuser" rather than ' +
  '"person with a substance use disorder" judged the same patient more blameworthy and chose more punitive ' +
  'care (Kelly & Westerhoff 2010). Notes travel with the client; person-first words keep the record fair.';
const WHY_DOUBT =
  'Words that cast doubt on what the client says ("claims", "insists", "allegedly") signal disbelief to every ' +
  'later reader and were linked to worse care (Park et al. 2021; Goddu et al. 2018). Record what was said neutrally.';
const WHY_LABEL =
  'Difficult-patient labels and blame words describe the writer\'s judgment, not the client\'s behaviour, and ' +
  'are used unequally across groups (Sun et al. 2022). Describe what was said and done instead.';

/**
 * Replacements for "(heroin) addict" naming the disorder when the substance is said ("a person with opioid
 * use disorder"), else `fallback`. Keys are words of the highlight; '*' is the fallback.
 */
function disorder(lead: string, fallback: string): Record<string, string> {
  const named: Record<string, string> = { heroin: 'opioid', opioid: 'opioid', opiate: 'opioid', pill: 'opioid', meth: 'stimulant', crack: 'stimulant', cocaine: 'stimulant' };
  const out: Record<string, string> = { '*': lead + fallback };
  for (const [word, kind] of Object.entries(named)) out[word] = `${lead}${kind} use disorder`;
  return out;
}

// Substances beyond the shared {SUBSTANCE} class that "abusing" is said of: medicines and street names.
const MORE_SUBSTANCES =
  '(benzodiazepines|benzodiazepine|stimulants|amphetamines|adderall|xanax|oxycodone|oxy|oxys|painkillers|pain pills|pain medication|pain medications|' +
  'medication|medications|meds|prescriptions|kratom|ketamine|pcp|ecstasy|mdma|hallucinogens|inhalants|steroids|weed|pot|methadone|suboxone|' +
  'codeine|morphine|hydrocodone|percocet|vicodin|tramadol|gabapentin|klonopin|valium|ativan|opiates|sedatives|laxatives)';

// Modifiers that may stand between the article and "alcoholic" without making it an adjective ("a known
// alcoholic"; "addict" and the slurs are nouns whatever stands before them).
const LABEL_MOD = '(known|chronic|active|severe|heavy|functioning|functional|high-functioning|high functioning|longtime|long-time|lifelong|raging|hopeless|full-blown|binge|closet|hardcore|hard-core|practicing|end-stage|end stage|habitual|admitted|self-admitted|self-described|notorious|confirmed|town|typical|total|old|problem)';

// Slurs for a person who drinks ("drunk" only as a noun: after an article or a label word).
const ALCOHOL_SLURS = '(drunkard|wino|alky|alkie|boozer|booze hound)';

// Nouns for the person that "alcoholic" is put before as an adjective in notes ("Alcoholic male, 54").
const PERSON_NOUNS = ['male', 'female', 'man', 'woman', 'patient', 'pt', 'client', 'gentleman', 'lady', 'veteran', 'individual'];

// People "addicted" is put before as an attribute ("addicted mother"); the replacement keeps the noun.
const ADDICTED_PEOPLE = ['mother', 'father', 'parent', 'mom', 'dad', 'woman', 'man', 'person', 'patient', 'client', 'individual', 'mothers', 'fathers', 'parents', 'women', 'men', 'people', 'patients', 'clients', 'individuals'];

// What a note sets against the client's account after "but": a test, a record, the writer's observation.
const CONTRARY =
  '(uds|urine|ua|utox|tox|toxicology|drug screen|screen|labs|lab|a1c|hba1c|level|levels|bal|blood alcohol|breathalyzer|pill count|pdmp|pharmacy records|records|chart|smells|smelled|smelling|odor|breath|was observed|observed|is observed|noted|is noted|was noted|was seen|seen|found|appears|appeared|appearing|looks|looked|was laughing|is laughing|was eating|is eating|was texting|is texting|was sleeping|is sleeping|was walking|is walking|was smiling|is smiling|ambulating|ambulates|laughing|texting|sleeping comfortably|ate|walked|was playing|is playing|playing|was watching|is watching|watching|was joking|is joking|joking|was chatting|chatting|was on the phone|is on the phone|on the phone|was on her phone|was on his phone|on her phone|on his phone|was dancing|was smoking|is smoking|was running|collateral|staff|nursing|family reports|wife reports|husband reports|mother reports|exam|vitals|cbg|glucose|sugars|fingerstick)';

// Clinical adjectives coordinated with a diagnosis adjective.
const COORD_ADJ = '(schizophrenic|bipolar|diabetic|epileptic|anorexic|bulimic|psychotic|hypertensive|obese|hyperlipidemic|dyslipidemic|asthmatic|anemic|depressed|anxious|paranoid|verbal|ambulatory|hemiplegic|paraplegic|hypothyroid|insulin-dependent|insulin dependent|smoking|nonsmoking|overweight|elderly|frail)';

// A person named by a past sentence ("ex-con", "former inmate"); "s" makes the plural.
const JUSTICE_WORDS = ['ex-con', 'ex con', 'ex-convict', 'ex-felon', 'ex-offender', 'ex-inmate', 'ex-prisoner', 'former convict', 'former felon', 'former offender', 'former inmate', 'former prisoner'];
const JUSTICE = `(${JUSTICE_WORDS.join('|')})`;
const JUSTICE_PLURAL = `(${JUSTICE_WORDS.map((w) => w + 's').join('|')})`;

// "failed suicide attempts" → "suicide attempts", keyed by the whole highlight so the number stays.
const SUICIDE_ATTEMPT: Record<string, string> = {};
for (const a of ['failed', 'unsuccessful', 'botched', 'incomplete']) {
  for (const n of ['suicide attempt', 'attempt at suicide', 'suicide']) SUICIDE_ATTEMPT[`${a} ${n}`] = 'suicide attempt';
  for (const n of ['suicide attempts', 'attempts at suicide']) SUICIDE_ATTEMPT[`${a} ${n}`] = 'suicide attempts';
}

// Illnesses a person is called the "victim" of.
const ILLNESS =
  '(alcoholism|addiction|drug addiction|substance abuse|drug abuse|drugs|alcohol|mental illness|schizophrenia|depression|bipolar disorder|psychosis|dementia|alzheimer\'s|autism|epilepsy|aids|hiv|cancer|obesity|diabetes|the disease)';

// People a difficult-patient adjective is put before ("difficult woman", "demanding family").
const DIFFICULT_PEOPLE = ['woman', 'man', 'male', 'female', 'gentleman', 'lady', 'mother', 'father', 'family', 'girl', 'boy', 'teen', 'pt', 'patients', 'clients', 'families', 'patient', 'client'];

// "drug-seeking" and its compounds in each spelling, and the heads of "… seeker".
const SEEKER_HEADS = ['drug', 'narcotic', 'pill', 'opioid', 'opiate', 'med', 'meds', 'medication', 'benzo', 'pain med', 'pain medication', 'pain-med', 'pain-medication', 'dilaudid', 'oxy'];
/** Replacements that put a participle phrase after the person noun it was put before ("patient requesting medication"). */
const nounThen = (people: string[], phrase: string): Record<string, string> => Object.fromEntries(people.map((n) => [n, `${n} ${phrase}`]));
const hyphenOrSpace = (heads: string[], tail: string) => `(${heads.flatMap((h) => [`${h}-${tail}`, `${h} ${tail}`]).join('|')})`;
const SEEKING = hyphenOrSpace(SEEKER_HEADS, 'seeking');

// Substances named before "addict" and the disorder the person-first replacement names.
const ADDICT_SUBSTANCES: Record<string, string> = {
  heroin: 'opioid', opioid: 'opioid', opiate: 'opioid', pill: 'opioid', fentanyl: 'opioid', oxy: 'opioid', painkiller: 'opioid', narcotic: 'opioid',
  meth: 'stimulant', methamphetamine: 'stimulant', crack: 'stimulant', cocaine: 'stimulant', coke: 'stimulant', benzo: 'sedative', alcohol: 'alcohol',
};
const ADDICT_PREFIX = `(drug |${Object.keys(ADDICT_SUBSTANCES).join(' |')} )?`;
const HYPHEN_ADDICT = ['drug', ...Object.keys(ADDICT_SUBSTANCES)].map((w) => `${w}-`);
/** Replacements for "heroin-addict(s)" keyed by the compound, naming the disorder where the substance says it. */
function hyphenDisorder(tail: string, lead: string, fallback: string): Record<string, string> {
  const out: Record<string, string> = { '*': lead + fallback };
  for (const [word, kind] of Object.entries(ADDICT_SUBSTANCES)) out[`${word}-${tail}`] = `${lead}${kind} use disorder${tail.endsWith('s') ? 's' : ''}`;
  return out;
}

// Slang compounds in -head for a person who uses a substance, in each spelling: "pothead", "pot head", "pill-head".
const HEAD_COMPOUNDS = ['crack', 'meth', 'coke', 'dope', 'pot', 'pill', 'smack', 'crank', 'acid', 'weed', 'garbage', 'glue'].flatMap((w) => [`${w}head`, `${w} head`, `${w}-head`]);

// A doubt adverb said of the client's account ("He allegedly fell", "Apparently she has not had a drink"):
// the fix attributes the account instead ("He, per report, fell"; "Per report, she has not had a drink").
function doubtAdverb(adverbs: string): MatchSpec[] {
  return [
    { pattern: `^<${adverbs}> {COMMA}`, replace: 'per report' },
    { pattern: `^<${adverbs}> ({PERSON}|the|his|her|their|mr|mrs|ms|pt's|patient's|client's)`, replace: 'per report,' },
    { pattern: `<{PERSON=p} ${adverbs}>`, replace: '$p, per report,' },
  ];
}

// Diagnoses said of a person as a noun ("a schizophrenic"), with the person-first phrase that replaces them.
const DX_LABELS: Record<string, string> = {
  schizophrenic: 'schizophrenia', bipolar: 'bipolar disorder', diabetic: 'diabetes', epileptic: 'epilepsy', anorexic: 'anorexia',
  bulimic: 'bulimia', psychotic: 'psychosis', 'paranoid schizophrenic': 'paranoid schizophrenia', borderline: 'borderline personality disorder',
};
// Words that describe the disorder when put before the label: "a poorly controlled diabetic" → "a person with poorly controlled diabetes".
const DX_MODS = ['poorly controlled', 'uncontrolled', 'well-controlled', 'well controlled', 'brittle', 'insulin-dependent', 'insulin dependent', 'type 1', 'type 2', 'type i', 'type ii', 'newly diagnosed', 'chronic', 'chronic paranoid', 'paranoid', 'severe', 'treatment-resistant', 'untreated', 'unmedicated'];
// Words that describe the person: "a known diabetic" → "a known person with diabetes".
const DX_PERSON_MODS = '(known|young|elderly|old|older|obese|non-compliant|noncompliant|nonadherent|non-adherent|typical|classic|full-blown|hospitalized|homeless|local|fellow|recovering|stable|unstable|violent|dangerous)';
// The nouns a diagnosis or "obese" is put before ("schizophrenic patient", "obese female").
const DX_PEOPLE = ['patient', 'patients', 'client', 'clients', 'person', 'people', 'man', 'men', 'woman', 'women', 'male', 'female', 'individual', 'individuals', 'adult', 'adults', 'child', 'children', 'kid', 'kids', 'teen', 'teens', 'adolescent', 'adolescents', 'boy', 'girl', 'gentleman', 'lady', 'mother', 'father', 'veteran', 'veterans', 'pt', 'pts'];
function dxPeople(labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, dx] of Object.entries(labels)) for (const n of DX_PEOPLE) out[`${label} ${n}`] = `${n} with ${dx}`;
  return out;
}
const DX_WITH_MODS: Record<string, string> = { '*': 'person with a diagnosis' };
for (const [label, dx] of Object.entries(DX_LABELS)) {
  DX_WITH_MODS[label] = `person with ${dx}`;
  for (const m of DX_MODS) DX_WITH_MODS[`${m} ${label}`] = `person with ${m} ${dx}`;
}
const WEIGHT: Record<string, string> = { obese: 'obesity', 'morbidly obese': 'severe obesity', 'severely obese': 'severe obesity', 'super obese': 'severe obesity', 'mentally ill': 'mental illness' };

// Prenatal exposure said as the child's label: "crack baby", "methadone babies".
const BABY_SUBSTANCES = ['crack', 'cocaine', 'meth', 'heroin', 'methadone', 'opioid', 'opiate', 'drug', 'oxy', 'fentanyl', 'junkie', 'addict', 'suboxone'];
const BABY_NOUNS = ['baby', 'babies', 'infant', 'infants', 'newborn', 'newborns', 'kid', 'kids', 'child', 'children'];
const BABY_LABELS: Record<string, string> = {};
for (const sub of BABY_SUBSTANCES) for (const n of BABY_NOUNS) {
  const named = ['junkie', 'addict', 'drug'].includes(sub) ? 'substance' : sub === 'crack' ? 'cocaine' : sub;
  BABY_LABELS[`${sub} ${n}`] = `${n} with prenatal ${named} exposure`;
}

const HYPHEN_ADDICTED_PEOPLE: Record<string, string> = {};
for (const h of HYPHEN_ADDICT) for (const n of ADDICTED_PEOPLE) HYPHEN_ADDICTED_PEOPLE[`${h}addicted ${n}`] = /s$|men$|people$/.test(n) ? `${n} with substance use disorders` : `${n} with a substance use disorder`;

// Kin and others named by a labelled person's possessive: "the addict's mother" → "the mother of a person with …".
const KIN = ['mother', 'father', 'mom', 'dad', 'parent', 'parents', 'wife', 'husband', 'partner', 'spouse', 'girlfriend', 'boyfriend', 'son', 'daughter', 'child', 'children', 'kids', 'baby', 'family', 'families', 'brother', 'sister', 'siblings', 'friend', 'friends', 'caregiver', 'caregivers', 'partners', 'mothers', 'fathers', 'home', 'house', 'homes'];
/**
 * A label in the possessive ("the addict's girlfriend", "an alcoholic's daughter"): the kin noun goes first and the
 * label becomes person-first ("the girlfriend of a person with …"); any other noun keeps the group genitive.
 */
function possessive(label: string, person: string, labels?: string, people?: string): MatchSpec[] {
  const kinOf = (lead: string, whose: string) => Object.fromEntries(KIN.map((k) => [k, `${lead}${k} of ${whose}`]));
  const out: MatchSpec[] = [
    { pattern: `<{ART=art} ${label}'s (${KIN.join('|')})>`, replace: kinOf('$art ', `a ${person}`) },
    { pattern: `<${label}'s (${KIN.join('|')})>`, replace: kinOf('', `a ${person}`) },
    { pattern: `<{ART=art} ${label}'s>`, replace: `$art ${person}'s` },
  ];
  // the plural: "addicts' families" → "families of people with substance use disorders"
  if (labels && people) out.push({ pattern: `<(the )?${labels}' (${KIN.join('|')})>`, replace: kinOf('', people) });
  return out;
}

// Homelessness put before the person ("homeless guy", "homeless families") and the people it is said of.
const HOUSING_PEOPLE = [...['guy', 'guys', 'family', 'families', 'youth', 'mom', 'moms', 'dad', 'dads'], ...['patient', 'patients', 'client', 'clients', 'person', 'people', 'man', 'men', 'woman', 'women', 'male', 'males', 'female', 'females', 'individual', 'individuals', 'adult', 'adults', 'child', 'children', 'kid', 'kids', 'teen', 'teens', 'adolescent', 'adolescents', 'boy', 'girl', 'gentleman', 'lady', 'mother', 'father', 'veteran', 'veterans', 'pt', 'pts']];
const HOUSING_OF: Record<string, string> = Object.fromEntries(HOUSING_PEOPLE.map((n) => [`homeless ${n}`, `${n} experiencing homelessness`]));

// A single or plural noun for the "… who uses a wheelchair" rewrite.
const PLURAL_PEOPLE = /(?:s|men|people|children)$/;

// Age said as a label: "sweet old man", "little old lady", "elderly gentleman" → "older man".
const AGE_PEOPLE = ['man', 'men', 'woman', 'women', 'lady', 'ladies', 'gentleman', 'gentlemen', 'guy', 'guys', 'male', 'female', 'couple', 'patient', 'patients', 'pt', 'person', 'people', 'resident', 'residents', 'client', 'clients', 'veteran'];

// Slurs for a person with a mental illness, singular and plural.
const MENTAL_SLURS = ['psycho', 'schizo', 'nutcase', 'nut case', 'nut job', 'nutjob', 'lunatic', 'loony', 'looney', 'madman', 'madwoman', 'mental case', 'whack job', 'whackjob', 'psych case', 'mental patient'];
const MENTAL_SLURS_PLURAL = ['psychos', 'schizos', 'nutcases', 'nut cases', 'nut jobs', 'nutjobs', 'lunatics', 'loonies', 'looneys', 'madmen', 'madwomen', 'mental cases', 'whack jobs', 'psych cases', 'mental patients', 'crazies'];

// A judgment said of someone in a note: after a third-person subject ("Mom seems not to…"), opening a fragment or a clause.
const SOMEONE = '({PERSON}|parents|family|caregiver|caregivers|mr|mrs|ms) {ADV}';
function aboutSomeone(pattern: string, replace: string | Record<string, string>): MatchSpec[] {
  // (or after a comma that goes on about the same person: "continues to use, seems not to care about the baby")
  return [{ pattern: `${SOMEONE} ${pattern}`, replace }, { pattern: `^${pattern}`, replace }, { pattern: `{WORD} {COMMA} ${pattern}`, replace }];
}

/** A stigma rule whose fix replaces the highlighted words; it reads the author's notes and counselor turns unless told. */
function labelRule(def: Omit<RuleDef, 'family' | 'miCode' | 'fixes' | 'appliesTo'> & { appliesTo?: RuleDef['appliesTo'] }): RuleDef {
  return { family: 'stigma', miCode: null, appliesTo: ['author', 'counselor'], fixes: [{ kind: 'replace' }], ...def };
}

export const stigmaRules: RuleDef[] = [
  {
    id: 'stigma/addict',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(former|reformed|recovering|ex|ex-) (drug )?(addict|alcoholic|user|junkie)>', replace: 'person in recovery' },
      { pattern: '<(former|reformed|recovering|ex|ex-) (drug )?(addicts|alcoholics|users|junkies)>', replace: 'people in recovery' },
      { pattern: '<(ex-addict|ex-alcoholic|ex-junkie|ex-user)>', replace: 'person in recovery' },
      { pattern: '<(ex-addicts|ex-alcoholics|ex-junkies|ex-users)>', replace: 'people in recovery' },
      // the hyphenated compounds: "a drug-addict", "heroin-addicted mother"
      { pattern: `<{ART=art} (${HYPHEN_ADDICT.map((h) => h + 'addict').join('|')})>`, replace: hyphenDisorder('addict', '$art person with ', 'a substance use disorder') },
      { pattern: `<(${HYPHEN_ADDICT.map((h) => h + 'addicts').join('|')})>`, replace: hyphenDisorder('addicts', 'people with ', 'substance use disorders') },
      { pattern: `<(${HYPHEN_ADDICT.map((h) => h + 'addicted').join('|')}) (${ADDICTED_PEOPLE.join('|')})>`, replace: HYPHEN_ADDICTED_PEOPLE },
      // the possessive: "the addict's girlfriend" → "the girlfriend of a person with a substance use disorder"
      ...possessive(`${ADDICT_PREFIX}addict`, 'person with a substance use disorder', `${ADDICT_PREFIX}addicts`, 'people with substance use disorders'),
      { pattern: `<{ART=art} ${ADDICT_PREFIX}addict>`, replace: disorder('$art person with ', 'a substance use disorder') },
      { pattern: `<${ADDICT_PREFIX}addicts>`, replace: disorder('people with ', 'substance use disorders') },
      { pattern: `<${ADDICT_PREFIX}addict>`, replace: disorder('person with ', 'a substance use disorder') },
      // a trait said to make the person an addict: "addiction-prone personality", "addictive personality"
      { pattern: '<(addiction-prone|addiction prone|addict-prone)>', replace: 'at higher risk of addiction' },
      { pattern: '<(addictive|addiction-prone|addiction prone) (personality|personalities)>', replace: 'risk factors for addiction' },
      // a child named by the mother's use: "crack baby", "methadone babies" (prenatal exposure, not the child's disorder)
      { pattern: `<(${BABY_SUBSTANCES.join('|')}) (${BABY_NOUNS.join('|')})>`, replace: BABY_LABELS },
      // "addicted" as the person's attribute: "addicted mother", "babies born addicted" (NIDA: neonatal withdrawal)
      {
        pattern: `<addicted (${ADDICTED_PEOPLE.join('|')})>`,
        replace: Object.fromEntries(ADDICTED_PEOPLE.map((w) => [w, /s$|men$|people$/.test(w) ? `${w} with substance use disorders` : `${w} with a substance use disorder`])),
      },
      { pattern: '<born addicted> to', replace: 'born exposed' },
      { pattern: '<born addicted>', replace: 'born with neonatal withdrawal syndrome' },
      { pattern: '<addicted (baby|babies|infant|infants|newborn|newborns)>', replace: { baby: 'baby with neonatal withdrawal syndrome', babies: 'babies with neonatal withdrawal syndrome', infant: 'infant with neonatal withdrawal syndrome', infants: 'infants with neonatal withdrawal syndrome', newborn: 'newborn with neonatal withdrawal syndrome', newborns: 'newborns with neonatal withdrawal syndrome' } },
    ],
    unless: [],
    message: 'Stigmatizing: "addict" defines a person by a disorder.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ["The addict's mother called the unit.", "Addicts' families meet on Tuesdays.", "He is a heroin addict's son.", 'Client is an addict who has been using for ten years.', 'Addicts often miss appointments.', 'He is a recovering addict.', 'Addicted mother, infant in the NICU.', 'Her twins were born addicted.', 'Pt is a fentanyl addict.', 'Addiction-prone, avoid benzodiazepines.', 'He has an addictive personality.', 'Infant is a crack baby.', 'He is an ex-addict.', 'He is a drug-addict.', 'Heroin-addicted mother delivered at 32 weeks.'],
      pass: ['Client has a substance use disorder.', 'Client stated, "I\'m an addict and I know it."', 'She felt addicted to her phone.', 'Infant with prenatal cocaine exposure.', 'Baby born to a mother on methadone.'],
    },
  },
  {
    id: 'stigma/addicted',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    match: [
      // "addicted to" a substance as what the person is (NIDA: "has a substance use disorder"); not "addicted to her phone"
      {
        pattern: `<{BE=be} {ADV} addicted to> (his |her |their )?({SUBSTANCE}|${MORE_SUBSTANCES.slice(1, -1)})`,
        replace: { is: 'has a use disorder involving', was: 'had a use disorder involving', are: 'have a use disorder involving', were: 'had a use disorder involving', "'s": 'has a use disorder involving', "'re": 'have a use disorder involving', 'has been': 'has had a use disorder involving', 'had been': 'had had a use disorder involving', '*': 'has a use disorder involving' },
      },
    ],
    message: '"Addicted to" a substance: "has a substance use disorder" is the clinical term.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['She is addicted to opioids and will say anything to get them.', 'Pt has been addicted to heroin since 2015.'],
      pass: ['She has an opioid use disorder.', 'He says he is addicted to his phone.'],
    },
  },
  {
    id: 'stigma/slur',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      // alcohol slurs name drinking, not drugs; a label word before one goes with it ("a heavy boozer")
      { pattern: `{ART} <${LABEL_MOD} (drunk|${ALCOHOL_SLURS.slice(1, -1)})>`, replace: 'person who drinks heavily' },
      { pattern: `<{ART=art} (drunk|${ALCOHOL_SLURS.slice(1, -1)})>`, replace: '$art person who drinks heavily' },
      ...possessive('(junkie|crackhead|druggie|tweaker)', 'person who uses drugs', '(junkies|crackheads|druggies|tweakers)', 'people who use drugs'),
      { pattern: '<{ART=art} (junkie|crackhead|druggie|pothead|stoner|tweaker|dope fiend|pillhead)>', replace: '$art person who uses drugs' },
      { pattern: '<(drunks|drunkards|winos|alkies|lushes|boozers|booze hounds)>', replace: 'people who drink heavily' },
      { pattern: '<(junkies|crackheads|crack heads|druggies|potheads|stoners|tweakers|dope fiends|pillheads|pill poppers|meth heads|methheads|cokeheads|coke heads|dopeheads|smackheads|speed freaks)>', replace: 'people who use drugs' },
      // (nouns whatever comes before them; the article stays as written: "a meth head" → "a person who uses drugs")
      { pattern: `<${ALCOHOL_SLURS}>`, replace: 'person who drinks heavily' },
      { pattern: '<(junkie|crackhead|crack head|druggie|pothead|tweaker|pillhead|pill popper|meth head|methhead|cokehead|coke head|dopehead|smackhead|speed freak|stoner|dope fiend)>', replace: 'person who uses drugs' },
      { pattern: `<(${HEAD_COMPOUNDS.join('|')})>`, replace: 'person who uses drugs' },
      { pattern: `<(${HEAD_COMPOUNDS.map((w) => w + 's').join('|')})>`, replace: 'people who use drugs' },
    ],
    // "drunk" before a noun is the adjective ("a drunk driving charge")
    except: ['drunk (driving|driver|drivers|and disorderly|tank|dial|dialing|texting|texts|call|calls|episode|episodes|night|nights|state|mistake)'],
    message: 'Stigmatizing: a slur for a person who uses drugs or alcohol.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Pt is a known junkie in the neighborhood.', 'He hangs out with crackheads.', 'Pt is a meth head.', "He's a pill-head.", 'The defendant is a habitual drunk.', 'Dope fiend asking for pain meds.', 'The pot-heads were disruptive.', 'Mom is a town drunk.', 'He is a heavy boozer.'],
      pass: ['Pt uses heroin daily.', 'Client was drunk at the time of the incident.', 'He got a drunk driving charge.'],
    },
  },
  {
    id: 'stigma/alcoholic',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      ...possessive('alcoholic', 'person with alcohol use disorder', 'alcoholics', 'people with alcohol use disorder'),
      { pattern: '<{ART=art} alcoholic>', replace: '$art person with alcohol use disorder' },
      { pattern: `{ART} ${LABEL_MOD} <alcoholic>`, replace: 'person with alcohol use disorder' },
      { pattern: '<alcoholics>', replace: 'people with alcohol use disorder' },
      { pattern: '<(is|was) alcoholic>', replace: { 'is alcoholic': 'has alcohol use disorder', 'was alcoholic': 'had alcohol use disorder' } },
      {
        pattern: `<alcoholic (${PERSON_NOUNS.join('|')})>`,
        replace: Object.fromEntries(PERSON_NOUNS.map((n) => [`alcoholic ${n}`, `${n} with alcohol use disorder`])),
      },
    ],
    except: [
      'alcoholic (beverage|beverages|drink|drinks|liver|hepatitis|cirrhosis|cardiomyopathy|neuropathy|ketoacidosis|pancreatitis|hallucinosis|content|intoxication|dementia|gastritis|fatty|liver disease|myopathy|parent|father|mother|home|family)',
      'alcoholics anonymous',
      'adult children of alcoholics',
    ],
    message: 'Stigmatizing: "alcoholic" as a noun defines a person by a disorder.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ["Pt is an alcoholic's daughter.", "The alcoholic's car was towed.", 'Client is an alcoholic and drinks daily.', 'Alcoholics tend to minimize their drinking.', 'Pt is a known alcoholic.', 'Alcoholic male, 54, brought in by EMS.', 'Client is a high-functioning alcoholic.'],
      pass: ['Client attends Alcoholics Anonymous weekly.', 'Client denies alcoholic beverages in the last month.', 'Hx of alcoholic hepatitis.'],
    },
  },
  {
    id: 'stigma/abuse',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      // a modified label is rewritten whole: "prescription drug abusers" → "people who misuse prescription drugs"
      { pattern: '<(iv|injection|intravenous) drug abuser>', replace: 'person who injects drugs' },
      { pattern: '<(iv|injection|intravenous) drug abusers>', replace: 'people who inject drugs' },
      { pattern: '<prescription (drug|pill|opioid|opiate|medication|painkiller|stimulant) (abuser|misuser)>', replace: 'person who misuses prescription drugs' },
      { pattern: '<prescription (drug|pill|opioid|opiate|medication|painkiller|stimulant) (abusers|misusers)>', replace: 'people who misuse prescription drugs' },
      { pattern: '<{SUBSTANCE=sub} abuser>', replace: 'person who uses $sub' },
      { pattern: '<{SUBSTANCE=sub} abusers>', replace: 'people who use $sub' },
      { pattern: '{SUBSTANCE} <abuse>', replace: 'use' },
      // "an abuser of benzodiazepines" (not "an abuser of his partner": only substances follow)
      { pattern: `<{ART=art} abuser of> ({SUBSTANCE}|${MORE_SUBSTANCES.slice(1, -1)})`, replace: '$art person who misuses' },
      { pattern: `<abusers of> ({SUBSTANCE}|${MORE_SUBSTANCES.slice(1, -1)})`, replace: 'people who misuse' },
      { pattern: '<(abuses|abused|abusing)> {SUBSTANCE}', replace: { abuses: 'uses', abused: 'used', abusing: 'using' } },
      { pattern: `<(abuses|abused|abusing)> (his |her |their )?${MORE_SUBSTANCES}`, replace: { abuses: 'misuses', abused: 'misused', abusing: 'misusing' } },
      { pattern: `(to|and|or|not|continues to|started to) <abuse> (his |her |their )?({SUBSTANCE}|${MORE_SUBSTANCES})`, replace: 'use' },
      { pattern: '{SUBSTANCE} <habit>', replace: 'use' },
    ],
    except: ['substance abuse and mental health services'],
    message: 'Stigmatizing: "abuse" frames substance use as a moral failing.',
    why: WHY_PERSON_FIRST + ' "Abuse" also echoes violence; "use" or "use disorder" is the clinical term.',
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Prescription drug abusers are common here.', 'Pt is an IV drug abuser.', 'History of substance abuse.', 'Client has been abusing opioids since 2019.', 'He is a drug abuser.', 'Pt continues to abuse alcohol on weekends.', 'Client has been abusing benzodiazepines.', 'Pt is an abuser of benzodiazepines.'],
      pass: ['History of substance use disorder.', 'Client disclosed childhood sexual abuse.', 'Her ex-husband is an abuser of women.', 'Referred to SAMHSA (Substance Abuse and Mental Health Services Administration).'],
    },
  },
  {
    id: 'stigma/drug-user',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(iv|injection|intravenous) drug (user)>', replace: 'person who injects drugs' },
      { pattern: '<(iv|injection|intravenous) drug (users)>', replace: 'people who inject drugs' },
      { pattern: '<prescription (drug|pill|opioid|opiate|medication|painkiller|stimulant) user>', replace: 'person who uses prescription drugs' },
      { pattern: '<prescription (drug|pill|opioid|opiate|medication|painkiller|stimulant) users>', replace: 'people who use prescription drugs' },
      { pattern: '<{SUBSTANCE=sub} user>', replace: 'person who uses $sub' },
      { pattern: '<{SUBSTANCE=sub} users>', replace: 'people who use $sub' },
      // the person as "a user": "The client is a user and will relapse", "a known user of heroin"
      { pattern: "{PERSON} {ADV} {BE} {ADV} (a|an) (known |active |heavy |regular |chronic |daily |current |hardcore |habitual |admitted |recreational |occasional |big |serious )?<user> (and|who|with|but|$)", replace: 'person who uses drugs' },
      { pattern: '<(user|users) of> {SUBSTANCE}', replace: { 'user of': 'person who uses', 'users of': 'people who use' } },
    ],
    except: ['(prescription|drug|substance) user (fee|fees|guide|manual|interface)'],
    message: 'Stigmatizing: "user" defines a person by drug use.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client is an IV drug user.', 'Heroin users are at risk of overdose.', 'The client is a user and will likely return to use.', 'Pt is a known user of heroin.'],
      pass: ['Client injects heroin daily.', 'Client is a person who uses drugs.', 'Client is a user of the patient portal.', 'Client is a new user of the app.'],
    },
  },
  {
    id: 'stigma/clean-dirty',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(dirty|clean) (urine|urines)>', replace: { 'dirty urine': 'positive urine drug screen', 'dirty urines': 'positive urine drug screens', 'clean urine': 'negative urine drug screen', 'clean urines': 'negative urine drug screens' } },
      { pattern: '<dirty> (urine|urines|screen|screens|drug screen|uds|ua|uas|tox|tox screen|toxicology|test|sample|specimen|drop)', replace: 'positive' },
      { pattern: '<clean> (urine|urines|screen|screens|drug screen|uds|ua|uas|tox|tox screen|toxicology|test|sample|specimen|drop)', replace: 'negative' },
      { pattern: '(urine|screen|uds|ua|tox|test|sample|specimen|drop) (was|is|were|came back|returned) <dirty>', replace: 'positive' },
      { pattern: '(urine|screen|uds|ua|tox|test|sample|specimen|drop) (was|is|were|came back|returned) <clean>', replace: 'negative' },
      { pattern: '<clean and sober>', replace: 'in recovery' },
      // the result straight after the test in note shorthand: "UA dirty x2", "UDS clean today"
      { pattern: '(ua|uas|uds|utox|tox|tox screen|drug screen|drug screens|urine drug screen|urine tox) <(dirty|clean)>', replace: { dirty: 'positive', clean: 'negative' } },
      { pattern: '(urine|urines|screen|screens) <dirty>', replace: 'positive' },
      { pattern: '(urine|urines|screen|uds|ua|tox|utox|toxicology|test|sample|specimen|drop) <(dirty|clean)> for', replace: { dirty: 'positive', clean: 'negative' } },
      { pattern: '(tested|tests|testing|test|screened|screens|came back|comes back|come back|came up|comes up|come up|urinalysis) <(clean|dirty)>', replace: { clean: 'negative', dirty: 'positive' } },
      { pattern: '<clean time>', replace: 'time in recovery' },
      { pattern: '(got|get|getting|gets) <clean>', replace: 'into recovery' },
      { pattern: '({PERSON}|i|you|we) {ADV} {BE} {ADV} <clean>', replace: 'in recovery' },
      // contracted and asked: "you're clean now", "are you still clean?"
      { pattern: "(you're|i'm|he's|she's|they're|we're) {ADV} <clean>", replace: 'in recovery' },
      { pattern: '(are|is|was|were|am) ({PERSON}|you|i|we) {ADV} <clean>', replace: 'in recovery' },
      // the question with its verb dropped: "You still clean?"
      { pattern: '^(you|u) {ADV} <clean> ({CLAUSE}|$)', replace: 'in recovery' },
      { pattern: '(stay|stayed|staying|stays|remain|remained|remaining|been|being) <clean>', replace: 'in recovery' },
      { pattern: '<clean> since', replace: 'in recovery' },
      { pattern: '<clean> (for|since) ({WORD} )?(day|days|week|weeks|month|months|year|years|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a)', replace: 'in recovery' },
    ],
    // appearance in a mental-status exam: "Patient is clean and well groomed", "clean-shaven"
    except: ['clean [and] (well|neatly|appropriately|adequately|casually|dressed|groomed|well-groomed|kempt|tidy|dry|neat|shaven|intact|appearing)', 'clean-shaven', 'clean-cut'],
    message: 'Stigmatizing: "clean"/"dirty" for a person or a drug screen.',
    why: 'Calling a screen or a person "dirty" implies being unclean or immoral. Report the result: positive or negative, or "in recovery" for a person.',
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['UDS was dirty for opiates.', 'UDS dirty for fentanyl.', 'Client has been clean for 90 days.', 'Dirty urine on 3/4.', 'He wants to get clean.', 'Client tested clean last week.', 'Client reports being clean since March.', "You're clean now, right?", 'Are you still clean?', 'You still clean, man?', 'UA dirty x2.'],
      pass: ['Urine drug screen positive for opiates.', 'Client keeps her apartment clean.', 'Patient is clean and well groomed.', 'Is he clean-shaven in the photo?', 'Client has not used for 90 days.', 'Client tested negative for all substances.'],
    },
  },
  {
    id: 'stigma/relapse',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    match: [
      { pattern: '<relapsed>', replace: 'returned to use' },
      { pattern: '<relapses>', replace: 'returns to use' },
      { pattern: '<relapsing>', replace: 'returning to use' },
      { pattern: '<{ART=art} ((chronic|frequent|serial|repeat) )?relapser>', replace: '$art person with repeated returns to use' },
      { pattern: '<((chronic|frequent|serial|repeat) )?relapsers>', replace: 'people with repeated returns to use' },
      // the wagon idiom: "fell off the wagon" → "returned to drinking"
      { pattern: '<(fell|falls|falling|fallen|fall) off the wagon>', replace: { fell: 'returned to drinking', falls: 'returns to drinking', falling: 'returning to drinking', fallen: 'returned to drinking', fall: 'return to drinking' } },
    ],
    except: ['relapsing-remitting', 'relapsing remitting', 'relapsed (lymphoma|leukemia|myeloma|cancer|disease|ms)'],
    message: 'Stigmatizing: "relapsed" frames a return to use as failure.',
    why: 'Return to use is common in recovery and is information for the plan, not a moral failure. "Returned to use" or "recurrence of use" keeps the note neutral.',
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client relapsed last weekend.', 'Client is a chronic relapser.', 'Pt fell off the wagon after the funeral.', 'He has fallen off the wagon again.'],
      pass: ['Client returned to use last weekend.', 'Relapsing-remitting MS, stable.'],
    },
  },
  {
    id: 'stigma/doubt',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author'],
    match: [
      {
        pattern: '{PERSON} {ADV} <(claims|claimed|claiming|insists|insisted|insisting|alleges|alleged|purports|purported)>',
        replace: { claims: 'reports', claimed: 'reported', claiming: 'reporting', insists: 'reports', insisted: 'reported', insisting: 'reporting', alleges: 'reports', alleged: 'reported', purports: 'reports', purported: 'reported' },
      },
      {
        pattern: '<(claims|claimed|insists|insisted)> (that|to|not|he|she|they|he\'s|she\'s|they\'re|his|her|their|being)',
        replace: { claims: 'reports', claimed: 'reported', insists: 'reports', insisted: 'reported' },
      },
      // "swears" as an oath about the account, not cursing ("swears at staff" is a behaviour, left to the note)
      {
        pattern: "{PERSON} {ADV} <(swears|swore|swearing)> (that|he|she|they|he's|she's|they're|his|her|their|it|not|up and down)",
        replace: { swears: 'reports', swore: 'reported', swearing: 'reporting' },
      },
      // the adjective on the client's own experience: "an alleged history of seizures", "her supposed pain"
      {
        pattern: '<(alleged|supposed|purported)> (history|pain|seizure|seizures|symptom|symptoms|allergy|allergies|sobriety|abstinence|headache|headaches|nausea|flashbacks|hallucinations|panic attacks|anxiety|injury|disability)',
        replace: { alleged: 'reported', supposed: 'reported', purported: 'reported' },
      },
      ...doubtAdverb('(allegedly|supposedly|purportedly)'),
      // elsewhere in the sentence ("was allegedly assaulted"): the word before it takes the attribution
      { pattern: '<{WORD=w} (allegedly|supposedly|purportedly)>', replace: '$w, per report,' },
      // a fragment opened by the adverb: "Supposedly sober since Christmas."
      { pattern: '^<(allegedly|supposedly|purportedly)> {WORD}', replace: 'by report' },
    ],
    message: 'Stigmatizing: a doubt marker ("claims", "insists") questions the client\'s word.',
    why: WHY_DOUBT,
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client claims she has been sober since May.', 'Pt insists he took his medication.', 'He supposedly attends meetings.', 'Allegedly, she fell down the stairs.', 'Supposedly she ran out of her pills early.', 'The wound was allegedly caused by a fall.', 'Supposedly sober since Christmas.', 'Allegedly taking all doses.', 'Pt swears she has not used since May.', 'Patient has an alleged history of seizures.'],
      pass: ['Client reports she has been sober since May.', 'Client filed insurance claims last month.', 'He, per report, attends meetings.', 'Client swears at staff when redirected.', 'He was charged with the alleged assault in March.'],
    },
  },
  {
    id: 'stigma/doubt-hedge',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    // weaker than "allegedly": "reportedly" and "apparently" said of the client's own account of symptoms or events
    match: doubtAdverb('(reportedly|apparently)'),
    message: 'Doubt marker: "reportedly" or "apparently" about the client\'s account can read as disbelief.',
    why: WHY_DOUBT + ' Attribute the account plainly ("per report", "states") instead.',
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Patient reportedly had a seizure at home.', 'Apparently she has not had a drink in two weeks.', 'Reportedly, he took all his doses.'],
      pass: ['Patient reports a seizure at home.', 'Per report, she has not had a drink in two weeks.', 'The pharmacy apparently closed early.'],
    },
  },
  {
    id: 'stigma/admits',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author'],
    match: [
      {
        pattern: '<(admits|admitted|admitting) (to)?> (occasional |recent |daily |heavy |some |regular |continued |ongoing |weekend |nightly |past |prior |previous |current |illicit |iv )?({SUBSTANCE}|using|drinking|smoking|taking|injecting|snorting|buying|selling|missing|skipping|relapse|relapsing|use)',
        replace: { 'admits to': 'reports', 'admitted to': 'reported', 'admitting to': 'reporting', admits: 'reports', admitted: 'reported', admitting: 'reporting' },
      },
      { pattern: '{PERSON} {ADV} <(admits|admitted)> (that|he|she|they)', replace: { admits: 'reports', admitted: 'reported' } },
    ],
    except: ['admitted (to|into) (the )?(hospital|unit|er|ed|icu|floor|ward|inpatient|detox|rehab|program|facility|psych|psychiatry|emergency|medical|residential)'],
    message: 'Stigmatizing: "admits" frames the client\'s report as a confession.',
    why: WHY_DOUBT,
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client admits to drinking on weekends.', 'Pt admitted that she used heroin yesterday.'],
      pass: ['Pt was admitted to the hospital on 3/2.', 'Client reports drinking on weekends.'],
    },
  },
  {
    id: 'stigma/denies-use',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    match: [
      { pattern: '<(denies|denied|denying) any> ({SUBSTANCE}|drinking|using|use|etoh)', replace: { 'denies any': 'reports no', 'denied any': 'reported no', 'denying any': 'reporting no' } },
      { pattern: '<(denies|denied|denying)> ({SUBSTANCE}|drinking|using|etoh|illicit|recent use)', replace: { denies: 'reports no', denied: 'reported no', denying: 'reporting no' } },
    ],
    message: 'Stigmatizing: "denies" substance use implies the client is hiding something.',
    why: WHY_DOUBT,
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client denies drinking since last session.', 'Pt denies any drug use.'],
      pass: ['Client reports no drinking since last session.', 'Denies SI/HI.'],
    },
  },
  {
    id: 'stigma/denies-shorthand',
    family: 'stigma',
    miCode: null,
    severity: 'hint',
    appliesTo: ['author'],
    match: [
      { pattern: '<(denies|denied)> (any )?(si|hi|si/hi|hi/si|suicidal|homicidal|avh|a/vh|ah|vh|hallucinations|thoughts of|intent|plan|ideation|pain|sob|cp|chest pain|symptoms|mania|psychosis)', replace: { denies: 'reports no', denied: 'reported no' } },
    ],
    message: 'Standard shorthand, but "denies" reads as doubt; "reports no" says the same neutrally.',
    why: 'Mental-status shorthand such as "denies SI/HI" is standard and rarely read as doubt, so this is only a hint. "Reports no" is equally short and carries no suspicion.',
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: { flag: ['Denies SI/HI.', 'Client denies suicidal ideation.'], pass: ['Reports no SI/HI.'] },
  },
  {
    id: 'stigma/refused',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author'],
    match: [{ pattern: '<(refused|refuses|refusing|refuse)>', replace: { refused: 'declined', refuses: 'declines', refusing: 'declining', refuse: 'decline' } }],
    except: ['(insurance|insurer|pharmacy|court|judge|hospital|facility|program) (refused|refuses)'],
    // a letter or reply to someone tells of other people refusing ("if your parents are refusing…"): no chart word
    unless: ['addressed'],
    message: 'Stigmatizing: "refused" casts the client\'s choice as defiance.',
    why: 'Clients have the right to decline. "Refused" implies defiance and appears more often in notes about Black patients (Sun et al. 2022); "declined" records the same decision neutrally.',
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: { flag: ['Client refused medication.', 'Pt refuses to attend groups.'], pass: ['Client declined medication.', 'The insurance refused the claim.', 'If your parents are refusing to consider counseling, you could talk to your doctor.'] },
  },
  {
    id: 'stigma/noncompliant',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author'],
    match: [
      {
        pattern: "<{BE=be} {ADV} (noncompliant|non-compliant|non compliant|nonadherent|non-adherent) with {POSS=poss}? (medication|medications|meds)>",
        replace: { is: 'has not been taking $poss medication as prescribed', was: 'was not taking $poss medication as prescribed', 'has been': 'has not been taking $poss medication as prescribed', 'had been': 'had not been taking $poss medication as prescribed', remains: 'has not been taking $poss medication as prescribed', "'s": ' has not been taking $poss medication as prescribed', '*': 'has not been taking $poss medication as prescribed' },
      },
      { pattern: '<(noncompliant|non-compliant|non compliant|nonadherent|non-adherent)> with', replace: 'having difficulty' },
      { pattern: '<(noncompliance|non-compliance|nonadherence|non-adherence)>', replace: 'difficulty following the plan' },
      // before the person it describes the label moves after them: "a noncompliant patient" → "a patient not following the plan"
      { pattern: `<(noncompliant|non-compliant|nonadherent|non-adherent) (${DIFFICULT_PEOPLE.join('|')})>`, replace: nounThen(DIFFICULT_PEOPLE, 'not following the plan') },
      { pattern: '<(noncompliant|non-compliant|nonadherent|non-adherent)>', replace: 'not following the plan' },
    ],
    message: 'Stigmatizing: "noncompliant" blames the client instead of naming the barrier.',
    why: WHY_LABEL + ' Say what happened ("has not taken X as prescribed") and what gets in the way.',
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client is noncompliant with medication.', 'History of noncompliance.', 'Pt was non-compliant with the treatment plan.'],
      pass: ['Client has not been taking medication as prescribed; cost is a barrier.'],
    },
  },
  {
    id: 'stigma/failed-to',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    match: [
      { pattern: '<(failed|fails|failing) to>', replace: { 'failed to': 'did not', 'fails to': 'does not', 'failing to': 'not' } },
      // the treatment did not help, said as the client's failure: "failed treatment twice", "failed out of IOP"
      { pattern: '<(failed|fails|failing|flunked) (out of|out)>', replace: { 'failed out of': 'left', 'fails out of': 'leaves', 'failing out of': 'leaving', 'flunked out of': 'left', '*': 'left' } },
      {
        pattern: '<(failed|fails|failing)> (multiple |several |two |three |many |prior |previous |outpatient |inpatient |residential |all )?(treatment|treatments|rehab|rehabs|detox|detoxes|programs|the program|iop|php|methadone|suboxone|buprenorphine|mat|naltrexone|vivitrol|recovery|sobriety|drug court)',
        replace: { failed: 'did not benefit from', fails: 'does not benefit from', failing: 'not benefiting from' },
      },
      { pattern: '<(failed|fails|failing) (a|his|her|their|the|another|a random|a urine)? (drug test|drug screen|uds|ua|urine test|urine screen|tox screen|urinalysis)>', replace: 'had a positive drug screen' },
    ],
    except: ['(treatment|medication|medications|therapy|trial|test|system|attempt|attempts) (failed|fails) to'],
    message: 'Stigmatizing: "failed to" frames a missed step as the client\'s failure.',
    why: WHY_LABEL,
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client failed to attend the last two sessions.', 'Client failed treatment twice before.', 'Client failed out of the IOP program.', 'Client failed a drug test in May.'],
      pass: ['Client did not attend the last two sessions.', 'Two prior treatments did not help.', 'Client failed her driving test.'],
    },
  },
  {
    id: 'stigma/difficult-label',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author'],
    match: [
      { pattern: '<unmotivated>', replace: 'ambivalent about change' },
      { pattern: '<in denial about>', replace: 'not yet ready to discuss' },
      { pattern: '<in denial>', replace: 'not yet ready to discuss it' },
      { pattern: '<resistant to> (any |all |most |every |further )?(of )?(the |our |my |his |her |their |staff |team |medical |further )?(treatment|change|changes|therapy|services|help|recommendations|suggestions|advice|counseling|the plan)', replace: 'ambivalent about' },
      // "doctor shopper", "doctor-shopping": the pattern of prescriptions said as a trait
      { pattern: '<(doctor|dr) (shopper|shoppers|shopping|shops|shopped)>', replace: { shopper: 'person seeing multiple prescribers', shoppers: 'people seeing multiple prescribers', shopping: 'seeing multiple prescribers', shops: 'sees multiple prescribers', shopped: 'saw multiple prescribers' } },
      { pattern: '<(doctor-shopper|doctor-shoppers|doctor-shopping|doctor-shops|doctor-shopped)>', replace: { 'doctor-shopper': 'person seeing multiple prescribers', 'doctor-shoppers': 'people seeing multiple prescribers', 'doctor-shopping': 'seeing multiple prescribers', 'doctor-shops': 'sees multiple prescribers', 'doctor-shopped': 'saw multiple prescribers' } },
      // speech called nonsense instead of described
      { pattern: '<(talking|speaking|spouting|babbling|rambling|talks|speaks|talked|spoke) (nonsense|gibberish)>', replace: { talks: 'speaks in a disorganized way', speaks: 'speaks in a disorganized way', talked: 'spoke in a disorganized way', spoke: 'spoke in a disorganized way', '*': 'speaking in a disorganized way' } },
      { pattern: `<${SEEKING} (behavior|behaviour|behaviors|behaviours)>`, replace: 'repeated requests for medication' },
      { pattern: `<${SEEKING} (${DIFFICULT_PEOPLE.join('|')})>`, replace: nounThen(DIFFICULT_PEOPLE, 'requesting medication') },
      { pattern: `<${SEEKING}>`, replace: 'requesting medication' },
      { pattern: '<(attention-seeking|attention seeking|attention-seeker|attention seeker)>', replace: { 'attention-seeker': 'person seeking support', 'attention seeker': 'person seeking support', '*': 'seeking support' } },
      { pattern: `<${hyphenOrSpace(SEEKER_HEADS, 'seeker')}>`, replace: 'person requesting medication' },
      { pattern: `<${hyphenOrSpace(SEEKER_HEADS, 'seekers')}>`, replace: 'people requesting medication' },
      // the client's account called a story: "gave a sob story", "the usual song and dance"
      { pattern: '<(sob story|sob stories|sob-story|hard-luck story|hard luck story|song and dance|tall tale|tall tales)>', replace: { 'sob stories': 'accounts', 'tall tales': 'accounts', '*': 'account' } },
      // "pleasant but …": the compliment that sets up the judgment
      { pattern: '<(pleasant|nice|friendly|cooperative) but> (difficult|demanding|manipulative|noncompliant|non-compliant|nonadherent|non-adherent|unreliable|needy|entitled|challenging|frustrating|demanding|angry|rude|hostile|uncooperative|argumentative|guarded|evasive|vague|dramatic|histrionic|a poor historian|poor historian|limited|simple|slow|unmotivated|resistant|defensive)', replace: { pleasant: 'pleasant and', nice: 'nice and', friendly: 'friendly and', cooperative: 'cooperative and' } },
      { pattern: `<(difficult|challenging|demanding|entitled|needy) (${DIFFICULT_PEOPLE.join('|')})>`, replace: Object.fromEntries(['difficult', 'challenging', 'demanding', 'entitled', 'needy'].flatMap((a) => DIFFICULT_PEOPLE.map((n) => [`${a} ${n}`, n]))) },
      { pattern: '<(caught|busted)> (using|drinking|smoking|shooting up|with (drugs|alcohol|pills|a pipe|paraphernalia))', replace: 'observed' },
      { pattern: '<{ART=art} frequent (flyer|flier)>', replace: '$art person with frequent visits' },
      { pattern: '<frequent (flyers|fliers)>', replace: 'people with frequent visits' },
      { pattern: '<frequent (flyer|flier)>', replace: 'person with frequent visits' },
      { pattern: '<(frequent-flyer|frequent-flier)>', replace: 'frequent-visit' },
      { pattern: '<(frequent-flyers|frequent-fliers)>', replace: 'people with frequent visits' },
      // labels for the person: "a drama queen", "a hypochondriac"
      { pattern: '<(drama queen|hypochondriac|troublemaker|trouble-maker|whiner|complainer|manipulator)>', replace: { 'drama queen': 'person in distress', hypochondriac: 'person with health anxiety', '*': 'person' } },
      { pattern: '<(difficult|problem|nightmare) (patient|client)>', replace: { 'difficult patient': 'patient', 'difficult client': 'client', 'problem patient': 'patient', 'problem client': 'client', 'nightmare patient': 'patient', 'nightmare client': 'client' } },
      { pattern: '{PERSON} {ADV} {BE} {ADV} (very |so |quite |extremely |highly |often |increasingly |somewhat |pretty )?<(manipulative|combative|hysterical|demanding|uncooperative|belligerent|argumentative|resistant|defiant|oppositional|entitled|needy)>', replace: { entitled: 'asking for help', needy: 'asking for a lot of support', manipulative: 'persistent in {their} requests', combative: 'agitated', hysterical: 'very distressed', demanding: 'persistent in asking for help', uncooperative: 'not ready to take part', belligerent: 'agitated', argumentative: 'in disagreement', resistant: 'ambivalent', defiant: 'in disagreement', oppositional: 'in disagreement' } },
      { pattern: '{PERSON} {ADV} (became|becomes|becoming|got|gets|grew|turned|appeared|appears|seemed|seems) {ADV} (very |so |quite |extremely |increasingly |more )?<(manipulative|combative|hysterical|demanding|uncooperative|belligerent|argumentative|defiant|oppositional)>', replace: { manipulative: 'persistent in {their} requests', combative: 'agitated', hysterical: 'very distressed', demanding: 'persistent in asking for help', uncooperative: 'not ready to take part', belligerent: 'agitated', argumentative: 'in disagreement', defiant: 'in disagreement', oppositional: 'in disagreement' } },
      // the labels that name no clinical sense, wherever they stand ("Belligerent and uncooperative at triage")
      // (said to the client it is a confrontation, not a note: "You're being manipulative")
      { pattern: '<(combative|belligerent|uncooperative|non-cooperative|noncooperative)>', replace: { combative: 'agitated', belligerent: 'agitated', uncooperative: 'not ready to take part', 'non-cooperative': 'not ready to take part', noncooperative: 'not ready to take part' } },
      // the others as a fragment's first word ("Demanding and rude at triage"; "manipulative" in prose is often said of an abusive partner)
      { pattern: '^(very |extremely |highly |quite |often |increasingly )?<(manipulative|demanding|hysterical|argumentative|defiant|entitled|rude|hostile)> (and|{COMMA}|with|toward|towards|to|during|at|when|on|in|$)', replace: { manipulative: 'persistent in {their} requests', demanding: 'persistent in asking for help', hysterical: 'very distressed', argumentative: 'in disagreement', defiant: 'in disagreement', entitled: 'asking for help', rude: 'upset', hostile: 'upset' } },
      { pattern: '<{BE=be} {ADV} (a )?poor historian>', replace: { is: 'has difficulty recalling details', was: 'had difficulty recalling details', '*': 'had difficulty recalling details' } },
      { pattern: '<poor historian>', replace: 'had difficulty recalling details' },
    ],
    except: ['(treatment|drug|antibiotic|insulin|multidrug|multi-drug|heat|water)(-| )resistant', '(osteopathic|spinal|chiropractic|manual) manipulative', 'manipulative (treatment|therapy|therapies|medicine|techniques|technique)', 'oppositional defiant', 'entitled to', "(you're|you are|you were|you) {ADV} (being |acting |getting )?(so |very |really |pretty |quite )?(combative|belligerent|uncooperative|manipulative)"],
    message: 'Stigmatizing: a difficult-patient label instead of a description of behaviour.',
    why: WHY_LABEL,
    source: SOURCE_NOTES,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Client is very manipulative.', 'Client is a known drug seeker.', 'Belligerent and uncooperative during triage.', 'Likely med-seeking.', 'Gave a long sob story about the rent.', 'Pleasant but difficult 52 yo woman.', 'Demanding and rude at the nurses station.', 'She is a drama queen.', 'Frequent-flyer status in the ED.', 'Pain-med seeking behavior noted.', 'Patient is very entitled.', 'Extremely demanding patient.', 'Client was caught using in the bathroom.', 'Client is unmotivated and in denial about his drinking.', 'Pt was combative with staff.', 'Known drug-seeking behavior.', 'Client is resistant to treatment.', 'Frequent flyer, seen three times this week.', 'Patient became belligerent when told to wait.', 'Resistant to any change, per mother.', 'Resistant to all of our recommendations.', 'Patient is a doctor shopper.', 'Pt has been doctor shopping for oxycodone.', 'Pt is talking nonsense.'],
      pass: ['Client is ambivalent about cutting back.', 'Treatment-resistant depression, on third trial.', 'Osteopathic manipulative treatment to the lumbar spine.', 'Pleasant and cooperative, good eye contact.', 'Requested hydromorphone; discussed options.', 'He is entitled to his feelings.'],
    },
  },
  {
    id: 'stigma/credibility',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author'],
    match: [
      // scare quotes (quoted words are blanked before matching; the marks stay): a doubt word before them,
      // the client's verb put in quotes ('she "lost" her prescription'), or the reason for a visit ('for "back pain"')
      '(reportedly|apparently|supposedly|allegedly|so-called|claims|claimed|claiming|insists|insisted) <" ">',
      // (the quoted verb's object outside the quotes: a whole quoted utterance — 'said they "didn't need therapy." I…' — is not one)
      '({PERSON}|pt|patient|client) <" "> (his|her|their|the|a|an|it|them|to|again|up|out|on|in|twice|several|multiple)',
      '(here|seen|presents|presented|visits|visit|requesting|requests|requested|asking|asked|medication|meds|pills) … for <" ">',
      // the account set against the writer's impression: 'states pain 10/10 despite appearing comfortable'
      {
        pattern: '<(despite|although|though|yet) (appearing|appears|looking|looks|seeming|seems)> (comfortable|in no (acute )?distress|in nad|well|fine|calm|relaxed|at ease|in no pain)',
        replace: { appearing: 'and appeared', appears: 'and appears', looking: 'and looked', looks: 'and looks', seeming: 'and seemed', seems: 'and seems' },
      },
      // the client's account, then "but" and the evidence against it: 'states she has not used but UDS positive',
      // 'denies drinking but smells of EtOH' (the two facts stand side by side without the writer's verdict)
      {
        pattern: `(states|stated|says|said|reports|reported|endorses|endorsed|denies|denied|tells|told|maintains|maintained|insists|insisted|claims|claimed) (me|us|staff|writer|the writer|this writer|nursing|the team)? … <(but|however|yet)> ${CONTRARY}`,
        replace: { however: 'also', '*': 'and' },
      },
      // a leisure activity set beside the complaint: "reports 10/10 pain while texting on her phone"
      {
        pattern: '(states|stated|says|said|reports|reported|rates|rated|endorses|endorsed|complains|complained|c/o) … <(while|whilst)> (texting|laughing|joking|chatting|smiling|scrolling|playing|on the phone|on her phone|on his phone|on their phone|watching tv|watching television|watching videos|eating chips|eating snacks)',
        replace: 'and was',
      },
      // means doubted by what the client has: "can't afford her meds but has a new iPhone"
      {
        pattern: "(afford|money|broke|income|funds|pay for) … <(but|yet|however|though|although|while)> (has|had|owns|owned|bought|buys|drives|drove|wears|was wearing|is wearing|carries|was carrying|got|gets|found) (a|an|new|two|several|expensive|designer|brand-new|brand new|money|cash|cigarettes|jewelry|tattoos|nice|fancy|the latest|gold|acrylic|acrylics|manicured|nails|lashes|extensions|iphone|iphones|phone|phones|sneakers|jordans|cable|netflix|beer|liquor|alcohol|weed|vape|vapes|pets|dogs)",
        replace: { however: 'also', '*': 'and' },
      },
      {
        pattern: "(afford|money|broke|income|funds|pay for) … <(but|yet|however|though|although|while)> (smokes|smoked|spends|spent|vapes|drinks|gambles|gambled)",
        replace: { however: 'also', '*': 'and' },
      },
      // the complaint in quotes as the subject of what happened next: 'Her "seizures" stopped when security arrived'
      '(her|his|their|pt\'s|patient\'s|client\'s) <" "> (stopped|started|resolved|began|seem|seems|seemed|only|improved|disappeared|occur|occurs|occurred|happen|happens|happened|returned|came|kept|keeps|flared|were|was|is|are|have|has|had)',
    ],
    // quotation marks in prose are often a term or a phrase held up for discussion; in a note about the client they doubt
    unless: ['not-a-note'],
    message: 'Stigmatizing: scare quotes or a contrast with the writer\'s impression cast doubt on the client\'s account.',
    why: WHY_DOUBT + ' Quotation marks around a complaint or an account ("back pain", she "lost" it) read as disbelief; if they are the client\'s words, introduce them as such (states, "…").',
    source: SOURCE_NOTES,
    fixes: [{ kind: 'rewrite', name: 'drop-quotes' }, { kind: 'replace' }],
    examples: {
      flag: [
        'Pt\'s son was reportedly "sick" on the day of the visit.',
        'Client says she "lost" her prescription.',
        'Patient seen in the ED three times for "back pain."',
        'Pt was seen for "back pain" twice this week.',
        'Patient states pain is 9/10 despite appearing comfortable.',
        'Pt states that she is taking her insulin but A1c is 12.',
        'Pt reports no drinking but breath smells of alcohol.',
        'Patient says he has not used since Friday, but UDS is positive for fentanyl.',
        'Reports severe nausea yet ate her entire lunch tray.',
        'Pt rates pain 10/10 while texting on her phone.',
        'Pt states she cannot afford her copay but has a new car.',
        'Says he has no money for insulin but smokes a pack a day.',
        'Pt\'s "seizures" stopped when her family left.',
      ],
      pass: [
        'Client stated, "I want to get my kids back."',
        'Mood described as "low."',
        'Client said her husband calls her "a drunk," which hurts her.',
        'Patient reports pain 9/10; appears uncomfortable, guarding the left side.',
        'Client said she "just wants to be left alone."',
        'Client says she wants to stop drinking but is afraid of withdrawal.',
        'Pt reports pain 8/10 and is guarding the left side.',
        'Pt reports pain while eating and swallowing.',
        'Pt cannot afford her copay but has applied for assistance.',
        'Pt says she is saving money but has not found a job yet.',
        'Client described her "happy place" as the beach.',
      ],
    },
  },
  {
    id: 'stigma/replacement-therapy',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(opioid|opiate|methadone|heroin|drug|narcotic) (replacement|substitution|substitute) (therapy|therapies|treatment|treatments)>', replace: 'medication for opioid use disorder' },
      { pattern: '<(replacing|replaces|replace|substituting|trading) one (drug|addiction|substance|opioid) (for|with) another>', replace: 'taking medication for opioid use disorder' },
    ],
    message: 'Stigmatizing: "replacement therapy" frames medication treatment as swapping one drug for another.',
    why: 'Methadone and buprenorphine treat opioid use disorder the way other medications treat chronic illness; "replacement" and "substitution" imply the person is still "using" and feed the stigma that keeps people from treatment. NIDA recommends "medication for opioid use disorder (MOUD)".',
    source: SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: { flag: ['Patient is on opioid replacement therapy.', 'Methadone is just replacing one drug with another.'], pass: ['Patient is on medication for opioid use disorder.', 'Client uses nicotine replacement therapy.'] },
  },
  {
    id: 'stigma/suffers-from',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(suffers|suffered|suffering) from>', replace: { 'suffers from': 'has', 'suffered from': 'had', 'suffering from': 'living with' } },
      { pattern: '<(afflicted|stricken) with>', replace: 'living with' },
      // a person cast as the victim of an illness ("a victim of alcoholism"), not of a crime or an accident
      { pattern: `<{ART=art} victim of> ${ILLNESS}`, replace: '$art person with' },
      { pattern: `<victims of> ${ILLNESS}`, replace: 'people with' },
      { pattern: '<{ART=art} victim of {POSS=poss}> (addiction|illness|disease|drinking|drug use|alcoholism|mental illness|depression)', replace: '$art person living with $poss' },
    ],
    message: 'Stigmatizing: "suffers from" casts the person as a victim of their condition.',
    why: 'Many people live full lives with a diagnosis; "has" or "lives with" states the fact without pity.',
    source: SOURCE_NIDA + '; APA Style, bias-free language',
    fixes: [{ kind: 'replace' }],
    examples: { flag: ['Client suffers from depression.', 'He is a victim of alcoholism.', 'He became a victim of his addiction.', 'Victims of addiction need treatment, not jail.'], pass: ['Client has depression.', 'Client lives with bipolar disorder.', 'Patient was the victim of an assault.', 'She is a victim of domestic violence.'] },
  },
  {
    id: 'stigma/committed-suicide',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: '<(committed|commit|commits|committing) suicide>', replace: { 'committed suicide': 'died by suicide', 'commit suicide': 'die by suicide', 'commits suicide': 'dies by suicide', 'committing suicide': 'dying by suicide' } },
      // an attempt judged by its outcome: "failed suicide attempt", "a successful suicide"
      { pattern: '<(failed|unsuccessful|botched|incomplete) (suicide attempt|suicide attempts|attempt at suicide|attempts at suicide|suicide)>', replace: SUICIDE_ATTEMPT },
      { pattern: '<(successful|completed) (suicide attempt|suicide)>', replace: 'death by suicide' },
      { pattern: 'suicide (attempt |attempts )?(was|were|is) <(successful|unsuccessful|a success|a failure|failed)>', replace: { successful: 'fatal', 'a success': 'fatal', '*': 'not fatal' } },
    ],
    message: 'Stigmatizing: "committed suicide" echoes the language of crime.',
    why: '"Committed" dates from when suicide was a crime and adds shame for families. "Died by suicide" is the standard in clinical and safe-messaging guidelines.',
    source: 'AFSP / reportingonsuicide.org safe-messaging guidelines',
    fixes: [{ kind: 'replace' }],
    examples: { flag: ["Client's brother committed suicide in 2020.", 'History of a failed suicide attempt by overdose.', 'Her second attempt was a successful suicide.', 'His suicide attempt was unsuccessful.'], pass: ["Client's brother died by suicide in 2020.", 'History of a suicide attempt by overdose in 2020.'] },
  },
  {
    id: 'stigma/justice-label',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: `<{ART=art} ${JUSTICE}>`, replace: '$art person with a history of incarceration' },
      { pattern: `<${JUSTICE_PLURAL}>`, replace: 'people with a history of incarceration' },
      { pattern: `<${JUSTICE}>`, replace: 'person with a history of incarceration' },
      { pattern: '<{ART=art} convicted felon>', replace: '$art person with a felony conviction' },
      { pattern: '<convicted felons>', replace: 'people with felony convictions' },
    ],
    message: 'Stigmatizing: "ex-con" and its kin define a person by a past sentence.',
    why: WHY_PERSON_FIRST + ' Justice-involved people face the same labelling; "person with a history of incarceration" names the fact without the identity.',
    source: 'Fortune Society; Council on Criminal Justice, person-first language; ' + SOURCE_NIDA,
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Mr. Davis is an ex-con with a history of assault.', 'Housing programs often exclude ex-offenders.', 'Tenant is a former inmate.'],
      pass: ['Mr. Davis was released from prison in 2021.', 'Client has a history of incarceration.', 'Inmate phone calls are recorded.'],
    },
  },
  {
    id: 'stigma/identity-first',
    family: 'stigma',
    miCode: null,
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      {
        pattern: '<{ART=art} (schizophrenic|bipolar|diabetic|epileptic|anorexic|bulimic|psychotic|paranoid schizophrenic)>',
        replace: {
          schizophrenic: '$art person with schizophrenia', bipolar: '$art person with bipolar disorder', diabetic: '$art person with diabetes',
          epileptic: '$art person with epilepsy', anorexic: '$art person with anorexia', bulimic: '$art person with bulimia',
          psychotic: '$art person with psychosis', 'paranoid schizophrenic': '$art person with paranoid schizophrenia',
        },
      },
      // a word about the disorder or the person between the article and the label: "a poorly controlled diabetic", "a known epileptic"
      { pattern: `{ART} <(${DX_MODS.join('|')}) (${Object.keys(DX_LABELS).filter((l) => l !== 'borderline').join('|')})>`, replace: DX_WITH_MODS },
      { pattern: `{ART} ${DX_PERSON_MODS} <(schizophrenic|diabetic|epileptic|anorexic|bulimic|psychotic|paranoid schizophrenic)>`, replace: DX_WITH_MODS },
      // the label as a fragment's subject: "Diabetic in room 4 needs…", "Typical borderline, threatened to…"
      { pattern: '^<(schizophrenic|diabetic|epileptic|anorexic|bulimic)> (in|with|who|on|at|is|was|has|had|needs|needing|seized|presents|presenting|admitted|brought|found|refusing|refuses|declining|off)', replace: DX_WITH_MODS },
      { pattern: `^(typical|classic|another|known|the usual) <(${Object.keys(DX_LABELS).join('|')})> ({CLAUSE}|$|who|in|with|on|is|was|has|had|needs|seized|threatened|threatening|refusing|demanding)`, replace: DX_WITH_MODS },
      // "borderline" is a noun only at the end of its phrase ("she's a borderline, expect splitting"; not "a borderline result")
      { pattern: '{ART} ((typical|classic|real|total|full-blown|known) )?<borderline> ({CLAUSE}|$|who|that|in|on|with)', replace: { borderline: 'person with borderline personality disorder' } },
      {
        pattern: '<(schizophrenics|diabetics|epileptics|anorexics|bulimics|psychotics|bipolars|borderlines)>',
        replace: { schizophrenics: 'people with schizophrenia', diabetics: 'people with diabetes', epileptics: 'people with epilepsy', anorexics: 'people with anorexia', bulimics: 'people with bulimia', psychotics: 'people with psychosis', bipolars: 'people with bipolar disorder', borderlines: 'people with borderline personality disorder' },
      },
      // the diagnosis as what the person is: "Pt is bipolar and off her meds" → "is living with bipolar disorder"
      { pattern: '{BE} {ADV} <(bipolar|schizophrenic|borderline|adhd|ocd)> (and|but|or|with|who|off|on|so|now|again|too|since|for|all|most|{CLAUSE}|$)', replace: { bipolar: 'living with bipolar disorder', schizophrenic: 'living with schizophrenia', borderline: 'living with borderline personality disorder', adhd: 'living with ADHD', ocd: 'living with OCD' } },
      // the label straight before a fragment's verb is a noun wherever it stands: "40M paranoid schizophrenic brought in by EMS"
      { pattern: '<(paranoid schizophrenic|schizophrenic|diabetic|epileptic|anorexic|bulimic)> (brought|found|presents|presenting|presented|admitted|sent|transferred|arrives|arrived|escorted|picked|here|seen)', replace: DX_WITH_MODS },
      { pattern: '<the mentally ill>', replace: 'people with mental illness' },
      { pattern: '<the (morbidly |severely )?obese> (are|were|have|need|needs|face|often|who|in|and|$|{CLAUSE})', replace: { 'the obese': 'people with obesity', '*': 'people with severe obesity' } },
    ],
    except: [
      '(diagnosis|dx|impression|assessment|differential|ddx|working diagnosis) {BE} (bipolar|schizophrenic|borderline|adhd|ocd)',
      'with (paranoid schizophrenic|schizophrenic|diabetic|epileptic|anorexic|bulimic)',
      '(schizophrenic|bipolar|diabetic|epileptic|anorexic|bulimic|psychotic) (disorder|disorders|disease|diet|episode|episodes|symptoms|symptom|features|medication|medications|meds|foot|ulcer|ulcers|neuropathy|retinopathy|ketoacidosis|coma|seizure|seizures|type|spectrum|depression|mania|break|patient|patients|client|clients|person|individual|condition|illness|ii|i|1|2|range|shoes|socks|supplies|educator|education|clinic|care|management|control)',
      // coordinated adjectives: "a diabetic and hypertensive man" (not "an epileptic and needs precautions")
      `(schizophrenic|bipolar|diabetic|epileptic|anorexic|bulimic|psychotic) (and|or) (non-)?${COORD_ADJ}`,
    ],
    message: 'Stigmatizing: an identity-first label ("a schizophrenic") defines a person by a diagnosis.',
    why: WHY_PERSON_FIRST,
    source: SOURCE_NIDA + '; APA Style, bias-free language',
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Pt is bipolar and off her meds.', 'He was schizophrenic, per the chart.', '40M paranoid schizophrenic brought in by EMS.', 'Client is a schizophrenic living alone.', 'Diabetics need regular foot checks.', 'Pt is a poorly controlled diabetic.', 'Patient is an epileptic and needs seizure precautions.', 'Diabetic in room 4 needs a fingerstick.', "She's a borderline, expect splitting.", 'The obese need bariatric beds.'],
      pass: ['Diagnosis is bipolar, per the records.', 'The likeliest diagnosis is bipolar II disorder.', 'Pt with schizophrenic illness brought in.', 'Client has schizophrenia.', 'Client is on a diabetic diet.', 'Bipolar disorder, stable on lithium.', 'Patient is a diabetic and hypertensive man.', 'A borderline result was repeated.', 'Bipolar with psychotic features.', 'Borderline personality disorder, in DBT.'],
    },
  },
  {
    id: 'stigma/label-before-person',
    family: 'stigma',
    miCode: null,
    severity: 'info',
    appliesTo: ['author', 'counselor'],
    match: [
      { pattern: `<(${Object.keys(DX_LABELS).filter((l) => l !== 'borderline').join('|')}) (${DX_PEOPLE.join('|')})>`, replace: dxPeople(DX_LABELS) },
      { pattern: `<(${Object.keys(WEIGHT).join('|')}) (${DX_PEOPLE.join('|')})>`, replace: dxPeople(WEIGHT) },
      { pattern: `<homeless (${HOUSING_PEOPLE.join('|')})>`, replace: HOUSING_OF },
      { pattern: `<(hiv-positive|hiv positive|demented|senile) (${DX_PEOPLE.join('|')})>`, replace: dxPeople({ 'hiv-positive': 'HIV', 'hiv positive': 'HIV', demented: 'dementia', senile: 'dementia' }) },
    ],
    message: 'Identity-first: a diagnosis or body size put before the person ("schizophrenic patient", "obese female").',
    why: WHY_PERSON_FIRST + ' "Patient with schizophrenia" and "woman with obesity" name the same facts person first (APA; Obesity Action Coalition).',
    source: SOURCE_NIDA + '; APA Style, bias-free language; Obesity Action Coalition people-first language',
    fixes: [{ kind: 'replace' }],
    examples: {
      flag: ['Homeless guy in bed 12 wants a meal.', 'Homeless families wait months for housing.', 'HIV-positive male with a new rash.', '78yo demented female, pulling at lines.', 'The obese patients on this unit need bariatric beds.', 'Morbidly obese female, BMI 52.', 'Schizophrenic patient, off meds for a month.', 'Services for mentally ill people are scarce.'],
      pass: ['Referred to the homeless shelter on 5th Street.', 'Man experiencing homelessness, staying at the shelter.', 'Patient with obesity, BMI 41.', 'Obese abdomen, soft, nontender.', 'Patient with schizophrenia, off medication for a month.'],
    },
  },
  labelRule({
    id: 'stigma/suicide-minimizing',
    severity: 'warning',
    match: [
      { pattern: '<(suicide|suicidal) (gesture|gestures)>', replace: { gesture: 'suicide attempt', gestures: 'suicide attempts' } },
      // an attempt judged by its seriousness or motive: "half-hearted attempt", "manipulative overdose"
      { pattern: '<(half-hearted|halfhearted|half hearted|token|feeble|manipulative|pseudo|non-serious|nonserious)> (suicide attempt|suicide attempts|attempt|attempts|overdose|overdoses|gesture|gestures)', replace: 'low-lethality' },
      { pattern: "<(not a|wasn't a|was not a|never a|not really a) (serious|real|genuine) (suicide attempt|attempt)>", replace: 'a low-lethality attempt' },
    ],
    message: 'Stigmatizing: a suicide attempt judged as a "gesture" or not serious.',
    why: 'Calling an attempt a "gesture" or "not serious" minimizes it and predicts nothing: any attempt raises the risk of a later death. Describe the method and its lethality instead (safe-messaging and suicide-risk guidance).',
    source: 'AFSP / reportingonsuicide.org safe-messaging guidelines; Silverman et al. 2007 (suicide nomenclature)',
    examples: { flag: ['Suicide gesture with 5 tabs of ibuprofen.', 'Made a half-hearted attempt last night.', 'It was not a serious attempt.', 'History of suicidal gestures.'], pass: ['Suicide attempt by ingestion of 5 ibuprofen tablets, low lethality.', 'He made a serious attempt to quit.'] },
  }),
  labelRule({
    id: 'stigma/housing-label',
    severity: 'warning',
    match: [
      { pattern: '<(vagrant|vagrants|hobo|hobos|hoboes|drifter|drifters)>', replace: { vagrant: 'person experiencing homelessness', hobo: 'person experiencing homelessness', drifter: 'person experiencing homelessness', '*': 'people experiencing homelessness' } },
      { pattern: '<{ART=art} bum> ({CLAUSE}|$|from|in|under|at|on|who|with|that|asking|requesting|sleeping|wants)', replace: '$art person experiencing homelessness' },
      { pattern: '^<bum> (from|in|under|at|on|who|with|asking|requesting|sleeping|wants)', replace: 'person experiencing homelessness' },
      { pattern: '<transient> (male|female|man|woman|men|women|person|people|guy|guys|patient|pt|individual|individuals|population)', replace: 'unhoused' },
      { pattern: '<{ART=art} transient> ({CLAUSE}|$|who|with|from|found|sleeping)', replace: '$art person experiencing homelessness' },
      { pattern: '<the homeless> (are|were|have|need|needs|face|often|who|in|on|at|of|with|living|here|get|gets|tend|can|may|will|do|should|and|$|{CLAUSE}|filling|fill|come|keep|use)', replace: 'people experiencing homelessness' },
    ],
    except: ['bum (knee|leg|hip|ankle|shoulder|back|rap|steer|deal)'],
    message: 'Stigmatizing: "vagrant", "bum" or "the homeless" define a person by housing.',
    why: WHY_PERSON_FIRST + ' Homelessness is a circumstance; "person experiencing homelessness" names it without making it an identity (National Alliance to End Homelessness).',
    source: 'National Alliance to End Homelessness; ' + SOURCE_NIDA,
    examples: { flag: ['Vagrant found sleeping in the ambulance bay.', 'Transient male, intoxicated.', 'Pt is a bum from the train station.', 'The homeless are filling the ED lobby.', 'Another drifter asking for a bed.'], pass: ['Transient ischemic attack in 2019.', 'Transient hypotension after induction.', 'He has a bum knee.', 'Person experiencing homelessness, staying at the shelter.', 'The homeless shelter is full.'] },
  }),
  labelRule({
    id: 'stigma/hiv-label',
    severity: 'warning',
    match: [
      { pattern: '<(aids|hiv) (victim|sufferer|carrier)>', replace: { aids: 'person with AIDS', hiv: 'person with HIV' } },
      { pattern: '<(aids|hiv) (victims|sufferers|carriers)>', replace: { aids: 'people with AIDS', hiv: 'people with HIV' } },
      { pattern: `<(hiv-infected|hiv infected|aids) (${DX_PEOPLE.join('|')})>`, replace: { ...dxPeople({ 'hiv-infected': 'HIV', 'hiv infected': 'HIV', aids: 'AIDS' }) } },
    ],
    except: ['aids (patient|patients) (education|advocacy|services|program|programs)'],
    message: 'Stigmatizing: "AIDS patient", "HIV carrier" or "victim" define a person by HIV.',
    why: WHY_PERSON_FIRST + ' "Person with HIV" (or living with HIV) is the language people with HIV asked for (Denver Principles; UNAIDS terminology guidelines).',
    source: 'UNAIDS Terminology Guidelines 2015; Denver Principles 1983',
    examples: { flag: ['AIDS patient admitted with PCP.', 'HIV-infected male with CD4 of 180.', 'She is an AIDS victim.', 'He is an HIV carrier.'], pass: ['Person with HIV, viral load undetectable.', 'Patient living with HIV, on ART.'] },
  }),
  labelRule({
    id: 'stigma/disability-label',
    severity: 'warning',
    match: [
      { pattern: `<(wheelchair-bound|wheelchair bound) (${DX_PEOPLE.join('|')})>`, replace: Object.fromEntries(DX_PEOPLE.flatMap((n) => ['wheelchair-bound', 'wheelchair bound'].map((w) => [`${w} ${n}`, PLURAL_PEOPLE.test(n) ? `${n} who use wheelchairs` : `${n} who uses a wheelchair`]))) },
      { pattern: '<(wheelchair-bound|wheelchair bound)>', replace: 'a wheelchair user' },
      { pattern: '<(confined|restricted|bound) to> (a|his|her|their|the) wheelchair', replace: 'using' },
      { pattern: '<(is|was|are|were) (mildly |moderately |severely |profoundly )?(mentally )?retarded>', replace: { is: 'has an intellectual disability', was: 'had an intellectual disability', are: 'have intellectual disabilities', were: 'had intellectual disabilities' } },
      { pattern: `<(mentally )?retarded (${DX_PEOPLE.join('|')})>`, replace: Object.fromEntries(DX_PEOPLE.flatMap((n) => [`retarded ${n}`, `mentally retarded ${n}`].map((k) => [k, PLURAL_PEOPLE.test(n) ? `${n} with intellectual disabilities` : `${n} with an intellectual disability`]))) },
      { pattern: '<{ART=art} (retard|mongoloid|cripple|midget)>', replace: { retard: '$art person with an intellectual disability', mongoloid: '$art person with Down syndrome', cripple: '$art person with a disability', midget: '$art person of short stature' } },
      { pattern: '<(retards|mongoloids|cripples|midgets)>', replace: { retards: 'people with intellectual disabilities', mongoloids: 'people with Down syndrome', cripples: 'people with disabilities', midgets: 'people of short stature' } },
      { pattern: '<(mental retardation)>', replace: 'intellectual disability' },
      { pattern: '<(deaf-mute|deaf mute|deaf and dumb|deaf-and-dumb)>', replace: 'deaf' },
      { pattern: '<{ART=art} (paraplegic|quadriplegic|tetraplegic)> ({CLAUSE}|$|who|with|and|in|from|since|after)', replace: { paraplegic: '$art person with paraplegia', quadriplegic: '$art person with quadriplegia', tetraplegic: '$art person with tetraplegia' } },
      { pattern: '<(paraplegics|quadriplegics|tetraplegics)>', replace: { paraplegics: 'people with paraplegia', quadriplegics: 'people with quadriplegia', tetraplegics: 'people with tetraplegia' } },
      { pattern: '<handicapped> (person|people|man|woman|men|women|child|children|kid|kids|patient|patients|client|clients|adult|adults|individual|individuals|son|daughter)', replace: 'disabled' },
      { pattern: '<the (disabled|handicapped)> (are|were|have|need|needs|face|often|who|in|and|$|{CLAUSE})', replace: 'disabled people' },
    ],
    message: 'Stigmatizing: a disability label ("wheelchair-bound", "retarded") defines or diminishes the person.',
    why: 'A wheelchair frees a person rather than binding them, and "retarded" is a slur as well as an obsolete diagnosis. "Uses a wheelchair" and "has an intellectual disability" describe the same facts with respect (APA; ADA National Network).',
    source: 'APA Style, disability language; ADA National Network, guidelines for writing about people with disabilities',
    examples: { flag: ['Wheelchair-bound since MVA in 2010.', 'Confined to a wheelchair, lives with mother.', 'Pt is mentally retarded and cannot give history.', 'Retarded adults in the group home.', 'The deaf-mute patient writes notes.', 'Patient is a paraplegic since 2015.', 'History of mental retardation.', 'Wheelchair-bound patients need the ramp.'], pass: ['Uses a wheelchair since a spinal cord injury in 2010.', 'Patient with paraplegia, independent transfers.', 'Patient with an intellectual disability.', 'Deaf patient, ASL interpreter present.', 'Paraplegic gait noted.'] },
  }),
  labelRule({
    id: 'stigma/age-label',
    severity: 'info',
    match: [
      { pattern: `<(sweet|little|cute|feisty|dear|crotchety|cranky|grumpy|dirty) old (${AGE_PEOPLE.join('|')})>`, replace: Object.fromEntries(AGE_PEOPLE.map((n) => [n, `older ${n}`])) },
      { pattern: `<(old|elderly) (${AGE_PEOPLE.join('|')})>`, replace: Object.fromEntries(AGE_PEOPLE.map((n) => [n, `older ${n}`])) },
      { pattern: '<the elderly> (are|were|have|need|needs|face|often|who|in|on|at|of|with|living|here|get|gets|tend|can|may|will|do|should|and|$|{CLAUSE})', replace: 'older adults' },
      { pattern: '<pleasantly (confused|demented|disoriented)>', replace: { confused: 'confused', demented: 'confused', disoriented: 'disoriented' } },
      { pattern: '{BE} {ADV} (very |quite |severely |pretty )?<(demented|senile)> (and|but|with|who|{CLAUSE}|$)', replace: 'living with dementia' },
      { pattern: '<(geezer|geezers|old-timer|old-timers|old coot|old codger|old biddy)>', replace: { geezers: 'older men', 'old-timers': 'older adults', '*': 'older adult' } },
    ],
    except: ['(year-old|years-old|yr-old|yrs-old|month-old|week-old|year old|years old|yr old|yrs old|month old|months old|yo|y/o) (man|men|woman|women|lady|ladies|gentleman|gentlemen|guy|guys|male|female|couple|patient|patients|pt|person|people|resident|residents|client|clients|veteran)', 'old man (winter|river)'],
    message: 'Ageist: "sweet old man", "elderly" or "pleasantly confused" patronize the person.',
    why: 'Age labels and diminutives ("little old lady", "pleasantly confused") cast older adults as childlike or as a category; "older man" and a description of orientation and behaviour record the same facts (AMA Manual of Style; Gerontological Society of America).',
    source: 'AMA Manual of Style 11th ed., age; Gerontological Society of America, reframing aging',
    examples: { flag: ['Sweet old man, very hard of hearing.', 'Elderly gentleman in no distress.', '78yo female, pleasantly confused.', 'Pt is demented and wanders at night.', 'Little old lady in 212.'], pass: ['72-year-old man with dementia, oriented to self.', 'Older adult with dementia, redirectable.', 'The 80 year old woman was seen.'] },
  }),
  labelRule({
    id: 'stigma/mental-slur',
    severity: 'warning',
    match: [
      { pattern: `<(${MENTAL_SLURS.join('|')})>`, replace: 'person with a mental illness' },
      { pattern: `<(${MENTAL_SLURS_PLURAL.join('|')})>`, replace: 'people with mental illness' },
      { pattern: "<crazy> (lady|man|guy|woman|person|people|patient|pt|one|ones|dude|girl|boy|chick|folks|lady's|man's|old)", replace: 'distressed' },
      { pattern: '{PERSON} {ADV} {BE} {ADV} (so |totally |completely |certifiably |clinically |batshit |bat-shit |bat shit |absolutely )?<(crazy|nuts|insane|loony|bonkers|cuckoo)> (and|but|{CLAUSE}|$)', replace: 'very distressed' },
    ],
    except: ['(psycho-social|psycho-education|psycho-educational|psycho-ed|psycho-oncology|psycho-therapy|psycho-somatic|schizo-affective|schizo affective)', 'psycho (social|education|educational|ed|oncology|therapy|therapeutic|somatic|pharmacology|dynamic|motor)', "(feel|feels|felt|feeling|going|gone|drive|drives|driving|drove) (so |totally |a little |kind of |kinda )?crazy"],
    message: 'Stigmatizing: a slur for a person with a mental illness ("psycho", "crazy lady", "mental patient").',
    why: WHY_PERSON_FIRST + ' Slurs for mental illness are among the words most often named by people with mental illness as stigmatizing (Time to Change; NAMI).',
    source: 'NAMI, StigmaFree language; APA Style, bias-free language',
    examples: { flag: ['Crazy lady in room 9 yelling about the government.', 'Mental patient from the state hospital.', 'The psychos on 4 West were loud.', 'Pt is totally nuts.', 'He is a nut job.'], pass: ['Psycho-education on sleep hygiene provided.', 'Client said she feels crazy when she cannot sleep.', 'Psychosocial stressors: housing.', 'Patient with psychosis, calm.'] },
  }),
  labelRule({
    id: 'stigma/condition-label',
    severity: 'warning',
    match: [
      { pattern: '<{ART=art} (cutter|self-harmer|self harmer|sickler)>', replace: { cutter: '$art person who self-harms', 'self-harmer': '$art person who self-harms', 'self harmer': '$art person who self-harms', sickler: '$art person with sickle cell disease' } },
      { pattern: '^<(cutter|self-harmer|self harmer|sickler)> (with|who|in|since|here|from|on|{CLAUSE})', replace: { sickler: 'person with sickle cell disease', '*': 'person who self-harms' } },
      { pattern: '<(cutters|self-harmers|self harmers|sicklers)>', replace: { sicklers: 'people with sickle cell disease', '*': 'people who self-harm' } },
      { pattern: '<sickler>', replace: 'person with sickle cell disease' },
    ],
    except: ['(pill|wire|ring|bolt|nail|box|cookie|pipe|glass|tile|cast|tablet|suture|bone|pin) (cutter|cutters)'],
    message: 'Stigmatizing: "cutter" or "sickler" defines a person by self-harm or by a disease.',
    why: WHY_PERSON_FIRST + ' "Sickler" in particular is tied to disbelief of pain and slower care for people with sickle cell disease (Glassberg et al. 2013).',
    source: 'Glassberg et al. 2013 (Am J Emerg Med); ' + SOURCE_NIDA,
    examples: { flag: ['Cutter with old scars on both thighs.', 'She is a cutter.', 'Sickler here for pain meds again.', 'Two sicklers in the ED tonight.'], pass: ['Pill cutter provided for the 5 mg dose.', 'Patient with sickle cell disease in crisis.', 'History of self-harm by cutting.'] },
  }),
  labelRule({
    id: 'stigma/sex-work-label',
    severity: 'warning',
    match: [
      { pattern: '<(prostitute|hooker|whore|streetwalker|street walker)>', replace: 'sex worker' },
      { pattern: '<(prostitutes|hookers|whores|streetwalkers|street walkers)>', replace: 'sex workers' },
      { pattern: '<(prostituting|prostitutes|prostituted) (herself|himself|themselves)>', replace: { prostituting: 'doing sex work', prostitutes: 'does sex work', prostituted: 'did sex work' } },
    ],
    message: 'Stigmatizing: "prostitute" and its slurs define a person by sex work.',
    why: WHY_PERSON_FIRST + ' "Sex worker" or "person who trades sex" is the term used in public-health practice (UNAIDS; WHO).',
    source: 'UNAIDS Terminology Guidelines 2015',
    examples: { flag: ['Known prostitute, here for STD testing.', 'She has been prostituting herself for rent.'], pass: ['Reports trading sex for housing; offered PrEP.'] },
  }),
  labelRule({
    id: 'stigma/blame',
    severity: 'info',
    appliesTo: ['author'],
    match: [
      // indifference put on the client: "Mom seems not to care about the baby", "doesn't care" (said of someone, not to them)
      ...aboutSomeone("<(does not|doesn't) (seem to |appear to )?care about>", 'has not talked about'),
      ...aboutSomeone("<(did not|didn't) (seem to |appear to )?care about>", 'did not talk about'),
      ...aboutSomeone('<(seems|appears) (not to|to not) care about>', 'has not talked about'),
      ...aboutSomeone('<(seemed|appeared) (not to|to not) care about>', 'did not talk about'),
      ...aboutSomeone("<(does not|doesn't|seems not to|appears not to) (seem to |appear to )?care> (enough|what|if|whether|$|{CLAUSE})", 'has not said it matters'),
      ...aboutSomeone("<(did not|didn't|seemed not to|appeared not to) (seem to |appear to )?care> (enough|what|if|whether|$|{CLAUSE})", 'did not say it mattered'),
      ...aboutSomeone("<(could|couldn't|could not) care less>", 'was not interested'),
      // the harm put on the client: "her own fault", "brought it on himself", "his poor choices"
      { pattern: '<(his|her|their) own fault>', replace: 'a result of several factors' },
      { pattern: '<brought (it|this|that|this all|it all) on (himself|herself|themselves)>', replace: 'has been affected by it' },
      { pattern: '(his|her|their|of|to|from) <(poor|bad|irresponsible|reckless) (life |lifestyle )?choices>', replace: 'circumstances' },
      // a choice, then its consequence: "chose not to take her antiretrovirals and now has a detectable viral load"
      ...aboutSomeone('<(chose|chooses|decided|decides|elected) not to> {WORD} … (and|so) (now|therefore|consequently|thus)', { chose: 'did not', decided: 'did not', elected: 'did not', chooses: 'does not', decides: 'does not' }),
    ],
    // (in a letter or a reply to the client, "he doesn't care" is about someone in the client's life)
    unless: ['addressed'],
    message: 'Blame: the writer puts the illness or its harm on the client\'s character or choices.',
    why: WHY_LABEL + ' Blame frames ("doesn\'t care", "own fault", "chose not to … and now") shape how later clinicians treat the client; record what happened and what stood in the way.',
    source: SOURCE_NOTES,
    examples: { flag: ['Mom seems not to care about the baby.', 'Patient does not care about her health.', 'Doesn\'t seem to care about the baby.', 'His liver disease is his own fault.', 'She chose not to take her antiretrovirals and now has a detectable viral load.', 'The amputation followed years of his poor lifestyle choices.'], pass: ['Patient declined antiretrovirals; viral load now detectable; barriers discussed.', 'She cares about her children.', 'You don\'t care about what others think, and that helps you.', 'We all make poor choices sometimes.', 'Patient chose not to have surgery after discussing risks.'] },
  }),
];
