/**
 * The words attribution turns on. Lowercase; compared with lowercase words.
 */

import { verbForms } from '../text/inflect.ts';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Cue lemmas whose bare form is more often a noun ("a post", "the report"). */
const NOUN_LIKE_LEMMAS = words(`state post note report comment answer call reply claim point read
  charge brief express estimate counter joke demand cry sigh laugh snap promise pledge vow
  caution boast lament muse rage fume sign`);

/**
 * Verbs that report speech, writing or thought, in the forms news uses
 * ("said", "says", "told", "adding", "recalls"), with their base form.
 */
export const CUE_VERBS: ReadonlyMap<string, string> = verbForms(
  words(`say tell add state declare announce assert argue claim insist note explain write tweet
    post recall remark comment observe warn admit acknowledge concede caution emphasize emphasise
    stress urge vow promise pledge predict suggest ask reply respond answer counter continue
    conclude begin report describe call accuse complain lament boast joke quip shout yell whisper
    muse wonder reiterate confirm deny maintain contend opine instruct demand express testify
    mention repeat agree disagree propose recommend plead concur scoff sigh laugh cry exclaim snap
    retort rage fume gush marvel inform reveal disclose indicate point read sum put think believe
    estimate brief charge allege speak deem denounce condemn decry defend scream`),
  (base) => !NOUN_LIKE_LEMMAS.has(base),
);

/** Cue lemmas that take a following phrase before they mean speech: "put it", "sum up", "point out". */
export const CUE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['put', 'it'],
  ['sum', 'up'],
  ['point', 'out'],
]);

/** Cues that name what a quotation is rather than who says it, unless a person's words follow. */
export const NAMING_CUES = words('call describe read');

/** Cue lemmas that mean thought, recollection or reading rather than speech; still attribution. */
export const SOFT_CUES = words('think believe wonder estimate read suggest indicate');

/** Words between a subject and its cue verb: "has also said", "once summed up". */
export const VERB_MODIFIERS = words(`has have had also then later once would will could might
  may must shall should can did does do was were is are be been being again further previously
  repeatedly recently reportedly simply quickly strongly firmly flatly bluntly publicly privately
  openly angrily calmly quietly earlier often frequently still even not never already just only
  first last subsequently since however indeed specifically explicitly separately jointly
  tersely curtly briefly`);

/** Leading words that mark a title or role rather than a name. */
export const TITLE_WORDS = words(`president vice-president vicepresident premier chancellor
  minister secretary senator sen sen. rep rep. representative congressman congresswoman
  congressmember governor gov gov. mayor judge justice general gen gen. lieutenant lt lt. colonel
  col col. major maj maj. captain capt capt. sergeant sgt sgt. admiral adm adm. commander cmdr
  corporal private officer detective inspector superintendent constable chief commissioner
  director ambassador envoy consul chairman chairwoman chairperson chair ceo cfo coo cto founder
  co-founder cofounder dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss mx mx.
  sir dame lord lady baroness baron king queen prince princess emperor empress sultan sheikh
  emir crown pope cardinal bishop archbishop rev rev. reverend father pastor rabbi imam ayatollah
  speaker leader spokesman spokeswoman spokesperson spokesmodel deputy assistant acting former
  then-president attorney-general attorney solicitor-general treasurer comptroller auditor
  prosecutor sheriff marshal dean provost rector headteacher principal coach manager editor
  editor-in-chief correspondent reporter columnist analyst economist strategist adviser advisor
  counsellor counselor aide undersecretary under-secretary delegate councillor councilman
  councilwoman alderman assemblyman assemblywoman legislator lawmaker mp mep msp hon hon. honourable
  honorable excellency majesty highness`);

/** Job nouns set in capitals inside a long title, besides the source nouns: "Policy Consultant". */
export const ROLE_NOUNS = words(`consultant specialist coordinator lead head administrator
  adviser counsel fellow lecturer curator`);

/** Determiners that stand for a speaker alone, the noun left understood: "Another added". */
export const ELLIPTICAL_SUBJECTS = words('another others one');

/** Honorifics that say the person is a man or a woman. */
export const MALE_TITLES = words('mr mr. sir lord king prince emperor sultan father brother');
export const FEMALE_TITLES = words(
  'mrs mrs. ms ms. miss dame lady queen princess empress baroness sister',
);

/** Roles that say the person set beside them is a man or a woman: "her mother, Rosa,". */
export const MALE_ROLES = words(`father son brother husband grandfather grandson uncle nephew
  widower boyfriend dad stepfather stepson`);
export const FEMALE_ROLES = words(`mother daughter sister wife grandmother granddaughter aunt niece
  widow girlfriend mum mom stepmother stepdaughter`);

/** Credentials after a name: "Katie Allen, MD, PhD". */
export const CREDENTIALS = words(`md m.d. phd ph.d. dphil mph rn jd j.d. esq esq. jr jr. sr sr.
  ii iii iv mba cpa qc kc obe mbe cbe frs`);

/** Head words of organisations: a capitalised name containing one is not a person. */
export const ORGANISATION_WORDS = words(`ministry department agency office house council
  committee commission institute institution university college school center centre association
  organization organisation foundation corporation corp corp. company co co. inc inc. ltd ltd.
  llc plc group bank police party government administration court congress parliament senate
  assembly union network news press times post journal magazine gazette herald tribune service
  bureau authority board fund society league federation coalition alliance forces force army
  navy military embassy mission secretariat program programme project initiative campaign
  hospital clinic laboratory lab museum library trust club team federal state states republic
  kingdom nations reuters bloomberg associated afp kcna xinhua tass yonhap cnn bbc npr abc nbc
  cbs fox msnbc guardian telegraph economist command watch international
  ltd. airlines airways motors systems technologies labs studios media partners capital
  holdings industries enterprises bancorp inc`);

/** Nouns that head a description of an unnamed source: "a senior White House official". */
export const SOURCE_NOUNS = words(`official officials spokesman spokeswoman spokesperson
  spokespeople spokesmen source sources analyst analysts expert experts diplomat diplomats aide
  aides adviser advisers advisor advisors officer officers member members strategist strategists
  negotiator negotiators researcher researchers scientist scientists economist economists
  lawmaker lawmakers legislator legislators senator senators lawyer lawyers attorney attorneys
  witness witnesses resident residents person people user users poster posters commenter
  commenters reader readers observer observers critic critics supporter supporters activist
  activists worker workers employee employees executive executives leader leaders minister
  ministers ministry agency department report statement study paper survey company firm group
  organisation organization government administration police authorities military army regime
  party campaign office response tweet post message letter memo document documents notes note
  sign signs commentator commentators insider insiders veteran veterans doctor doctors nurse
  nurses teacher teachers student students parent parents mother father son daughter wife
  husband brother sister friend friends neighbour neighbor neighbours neighbors colleague
  colleagues relative relatives victim victims survivor survivors protester protesters
  demonstrator demonstrators voter voters fan fans customer customers shopper shoppers owner
  owners farmer farmers fisherman fishermen resident manager managers director directors
  professor professors historian historians engineer engineers investigator investigators
  prosecutor prosecutors judge judges ruling court statement statements announcement
  spokesperson audience participants participant authors author researchers team scholars
  scholar counterpart counterparts envoy envoys delegation delegate delegates representative
  representatives chief chiefs commander commanders soldier soldiers troops officer sheriff
  coroner inquest editorial website blog newspaper paper outlet media broadcaster associate
  associates donor donors ally allies confidant confidants backer backers`);

/** Determiners and quantifiers that start a description. */
export const DETERMINERS = words(`a an the one two three several some many most another other
  his her their its our this that these those each every various few certain`);

/** Capitalised words that are no names: sentence openers, days, months, pronouns. */
export const NOT_NAMES = words(`the a an and but or nor so yet for in on at by to of from with
  as if when while after before since until because although though despite however meanwhile
  still also then there here this that these those it its he she they we i you his her their our
  my your what who whom whose why how where which whether many some most few all each every no
  not now today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday
  sunday january february march april may june july august september october november december
  mr mrs ms dr prof sir madam according said says asked told added photo image credit read
  related advertisement subscribe follow share more also such only even
  one two three four five six seven eight nine ten first second third last next other another
  both either neither than like unlike under over above below between among within without
  about against across along around behind beyond during except inside outside through toward
  towards upon via yes oh well please thank thanks dear hello hi once thus later earlier
  instead perhaps maybe again indeed finally eventually soon just only already almost nearly
  recently currently previously initially ultimately overall together otherwise therefore
  furthermore moreover besides nevertheless nonetheless regardless whatever whenever wherever
  every everyone everything someone something anyone anything nobody nothing none here's
  there's it's that's what's who's let let's like unless whereas amid amidst throughout`);

/** Pronouns a speaker may be named by, and what they refer to. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'group' | 'thing' | 'self'> =
  new Map([
    ['he', 'male'],
    ['she', 'female'],
    ['they', 'group'],
    ['it', 'thing'],
    ['i', 'self'],
    ['we', 'self'],
  ]);

/**
 * Places whose names read like a person's (two capitalised words): countries,
 * states and cities that news names as actors. One-word places need no list:
 * a single word is no full name.
 */
export const PLACES = new Set(
  `north korea|south korea|united states|united kingdom|new zealand|saudi arabia|south africa|
  sri lanka|costa rica|puerto rico|el salvador|hong kong|ivory coast|sierra leone|burkina faso|
  papua new guinea|czech republic|dominican republic|central african republic|united arab emirates|
  bosnia and herzegovina|trinidad and tobago|equatorial guinea|east timor|north macedonia|
  cape verde|san marino|vatican city|solomon islands|marshall islands|western sahara|great britain|
  northern ireland|south sudan|new york|new jersey|new mexico|new hampshire|north carolina|
  south carolina|north dakota|south dakota|west virginia|rhode island|new delhi|los angeles|
  san francisco|san diego|las vegas|new orleans|st louis|tel aviv|abu dhabi|kuala lumpur|
  buenos aires|rio de janeiro|sao paulo|mexico city|cape town|west bank|gaza strip|middle east|
  east asia|south asia|latin america|north america|south america|soviet union|european union|
  korean peninsula|capitol hill|wall street|silicon valley|downing street|white house`
    .split('|')
    .map((place) => place.trim()),
);
