/**
 * Words of lower-case role descriptions ("White House press secretary", "Russian opposition
 * leader", "Apple chief executive"). Hand-written from general English news style (AP, Reuters,
 * BBC, Guardian, NYT): no word names a person, a site or an article. Provenance: README.md
 * beside this file.
 */
import { isLexiconNoun } from "../lexicon/noun-set";
import { isDemonym } from "../lexicon/place-sets";
import { ROLE_NOUNS, TITLES } from "../lexicon/words";

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Role nouns that head a description before a name but are missing from ROLE_NOUNS/TITLES: jobs
 * and public parts the news gives people ("talk radio host", "longtime aide", "GOP hopeful").
 */
const MORE_HEADS = set(`host aide nominee hopeful frontrunner front-runner contender staffer counsel
  diplomat star icon legend rapper comedian astronaut pilot lieutenant strategist adviser
  economist analyst chair chairperson cleric dictator monarch ruler warlord activist advocate
  campaigner organizer executive exec boss chief founder co-founder cofounder creator developer
  investor financier billionaire mogul magnate tycoon hedge philanthropist influencer youtuber
  podcaster blogger vlogger novelist playwright screenwriter composer conductor pianist guitarist
  drummer singer-songwriter songwriter rapper dj designer chef restaurateur photographer
  filmmaker director producer actor actress comedian broadcaster presenter anchor anchorman
  anchorwoman newsreader correspondent reporter journalist editor columnist commentator pundit
  pollster consultant lobbyist operative spokesman spokeswoman spokesperson secretary minister
  governor senator congressman congresswoman lawmaker legislator assemblyman assemblywoman
  councilman councilwoman councillor councilor alderman mayor premier chancellor president
  vice-president president-elect prosecutor attorney lawyer judge justice magistrate sheriff
  detective inspector officer investigator scientist researcher professor economist historian
  physicist chemist biologist epidemiologist virologist physician surgeon doctor nurse
  psychiatrist psychologist engineer architect entrepreneur banker trader manager coach
  commissioner regulator ambassador envoy negotiator general admiral colonel commander
  soldier marine sergeant captain chairman chairwoman director-general secretary-general
  treasurer administrator superintendent principal dean provost rector trustee ceo cfo coo cto
  owner publisher critic dissident whistleblower defector speechwriter
  fellow scholar academic lecturer instructor official officeholder
  acrobat animator announcer apprentice artisan attendant barber bartender bricklayer builder
  butcher cadet caretaker carpenter cashier chaplain chauffeur cheerleader clerk composer
  contributor coordinator courier curator dancer decorator dietitian dietician electrician emcee
  employer environmentalist examiner farmer firefighter fireman foreman forester freelancer
  gardener ghostwriter hairdresser hairstylist housekeeper humanitarian hygienist illustrator
  innovator installer inventor landlord laureate magician mechanic mentor merchant moderator
  monk nanny narrator nun operator optometrist painter panellist panelist patron performer
  pharmacist plumber policeman policewoman practitioner preacher programmer receptionist
  recruiter retiree homemaker roofer sailor sculptor showrunner skier soloist statesman
  stateswoman streamer superstar supervisor surfer technician technologist therapist tutor
  underwriter veterinarian waiter waitress weatherman welder winner graduate paramedic
  midwife pastor minister cleric missionary sculptor potter jeweler jeweller tailor baker
  brewer winemaker vintner rancher fisherman logger miner trucker driver cabbie pilot
  mathematician statistician clinician pediatrician paediatrician obstetrician mortician
  beautician ecologist sociologist anthropologist archaeologist archeologist geologist
  neurologist cardiologist oncologist climatologist zoologist meteorologist criminologist
  pathologist radiologist dermatologist immunologist microbiologist toxicologist pharmacologist
  gerontologist paleontologist palaeontologist seismologist volcanologist oceanographer
  entomologist ornithologist primatologist musicologist geneticist neuroscientist astronomer
  astrophysicist botanist linguist philosopher theologian demographer geographer cartographer
  nutritionist physiotherapist psychotherapist ethicist bioethicist counselor counsellor
  neurosurgeon anesthesiologist anaesthetist ophthalmologist urologist gastroenterologist
  endocrinologist rheumatologist nephrologist hematologist haematologist pulmonologist allergist
  dentist orthodontist podiatrist chiropractor audiologist seed
  forward winger shortstop catcher outfielder infielder linebacker cornerback receiver
  defenseman defenceman fullback full-back centre-back center-back playmaker wicketkeeper
  all-rounder keeper jockey sprinter skater gymnast rower fencer skipper`);

/**
 * Heads that are never a description before a name on their own: kin and relations describe
 * someone through another person ("the victim's mother Jane"), and plain people-words are no
 * role ("resident", "voter"). Sports positions are kept: "England striker Harry Kane" is the role
 * a match report gives.
 */
const NOT_HEADS = set(`wife husband son daughter mother father brother sister widow widower
  friend ally rival opponent partner girlfriend boyfriend fiance fiancee spouse cousin uncle aunt
  niece nephew grandson granddaughter grandmother grandfather child baby resident citizen voter
  employee supporter backer fan victim witness survivor suspect defendant
  plaintiff protester demonstrator assistant vice prime first
  major count elder saint st grand lady lt gen sen rep reps gov capt sgt cpl pvt adm cmdr supt
  officer-in-charge`);

/**
 * A job word English builds from others, which no list holds whole: a noun with "-man", "-woman"
 * or "-person" ("committeeman", "salesman", "frontman"; not a nationality, "Frenchman"), a listed
 * job after a common noun written solid or with a hyphen ("schoolteacher", "chef-owner") or
 * after a prefix of rank or share ("co-pilot", "undersecretary"), and the learned suffixes that only name practitioners ("gynecologist",
 * "beautician", "podiatrist"). (The words the session-22 reading found missing from the lists:
 * "a Republican National Committeeman from Virginia", "a 55-year-old salesman", "the plane's
 * co-pilot", "a gynecologist from Englewood".) The noun before a solid compound must be one of
 * the common-nouns lexicon (derived from data, see its file), so a word that merely ends in a job's
 * letters is none: "bipartisan" (artisan), "narrower" (rower).
 */
function builtHead(w: string, listed: (w: string) => boolean): boolean {
  if (w.length < 7 || !/^[a-z-]+$/.test(w)) return false;
  // (a stem of four letters at least: "human", "woman", "caiman" are no compounds)
  const man = /^([a-z]{4,})(?:man|woman|person)$/.exec(w);
  if (man) return !isDemonym(man[1]!) && !isDemonym(`${man[1]!}man`);
  if (/^[a-z]{3,}(?:ologist|ician|iatrist)$/.test(w)) return true;
  const hyphen = w.indexOf("-");
  if (hyphen > 0) {
    const head = w.slice(hyphen + 1);
    return listed(head) && !NOT_HEADS.has(head) && (JOB_PREFIX.test(w) || isNoun(w.slice(0, hyphen)));
  }
  const prefix = JOB_PREFIX.exec(w);
  if (prefix && listed(w.slice(prefix[0].length)) && !NOT_HEADS.has(w.slice(prefix[0].length))) return true;
  // (a listed job of five letters at least after a noun of three: "teacher", not "aide")
  for (let i = 3; i <= w.length - 5; i++) if (listed(w.slice(i)) && !NOT_HEADS.has(w.slice(i)) && isNoun(w.slice(0, i))) return true;
  return false;
}
// the prefixes English makes a rank or a share of a job with ("undersecretary", "co-author", "subcontractor", "superdelegate")
const JOB_PREFIX = /^(?:co|under|sub|vice|super)-?/;
const isNoun = isLexiconNoun;

/** The listed heads, and the jobs built from them (builtHead). */
class Heads extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || builtHead(w, (x) => super.has(x));
  }
}

/** Lower-case heads of a description before a name. */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Heads(
  [...ROLE_NOUNS, ...TITLES, ...MORE_HEADS].filter((w) => !NOT_HEADS.has(w) && /^[a-z-]+$/.test(w)),
);

/**
 * Heads that are as often verbs or other nouns ("to host", "to head", "will coach", "a judge
 * of character"): a description headed by one needs a word before it ("talk show host").
 */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = set(`host head lead chair coach judge counsel
  star icon legend director producer founder creator owner publisher critic officer agent
  general captain marshal principal dean whip anchor pilot engineer trader dealer broker chief
  deputy speaker executive member teacher student worker`);

/**
 * Lower-case words that stand inside a description before its head: modifiers ("former",
 * "longtime", "senior") and noun adjuncts naming the field ("press", "campaign", "opposition",
 * "security", "radio"). A lower-case word outside this set ends the description, so a verb or a
 * preposition before it ("said", "called", "with") is never taken in.
 */
export const DESCRIPTION_MODIFIERS: ReadonlySet<string> = set(`former then acting interim deputy vice
  chief senior junior late outgoing incoming presidential congressional gubernatorial mayoral
  senatorial parliamentary vice-presidential current first ex longtime long-time veteran retired
  fellow top lead leading head principal associate assistant executive general special managing
  national state federal local regional city county district municipal provincial tribal
  foreign domestic defense defence finance treasury health justice interior home labor labour
  energy homeland education transport transportation trade commerce agriculture environment
  environmental housing immigration economic economy military police party campaign press
  communications media security intelligence counterterrorism cyber opposition rights civil human
  climate legal medical science technology tech software internet digital film movie music pop
  rock jazz hip-hop talk radio tv television news show cable network newspaper magazine hedge
  fund investment private equity venture real estate property oil energy mining auto bank
  banking insurance retail fashion sports football soccer basketball baseball hockey tennis golf
  cricket rugby team club league union trade labor court appeals supreme circuit district
  criminal defense prosecuting public independent democratic republican conservative liberal
  progressive libertarian socialist communist nationalist centrist far-right far-left right-wing
  left-wing hard-line hardline moderate populist separatist rebel militant islamist jihadist
  pro-democracy anti-war anti-government reform reformist prominent well-known renowned
  celebrated famed famous acclaimed award-winning best-selling bestselling influential powerful
  wealthy self-made self-described self-proclaimed openly outspoken controversial embattled
  disgraced ousted jailed exiled detained imprisoned slain murdered assassinated deposed
  beleaguered veteran-turned ceremonial honorary founding co-founding managing advisory
  executive board council committee school college university hospital church research policy
  think-tank program project development marketing sales product operating financial chief
  information data design creative art artistic editorial business corporate company group
  firm agency ministry department bureau office white-collar world-class olympic paralympic
  professional amateur head assistant defensive offensive strength conditioning general
  second-in-command elected appointed unelected likely presumptive
  prospective potential would-be possible declared announced presumed apparent eventual
  republican-led democratic-led then- democrat gop law election elections polling policy
  foreign-policy budget tax terrorism privacy constitutional government political politics
  advertising public-relations communications white-house oscar-winning grammy-winning
  emmy-winning nobel-winning pulitzer-winning prize-winning investigative freelance staff
  contributing chess boxing olympic world senior-level mid-level top-ranking high-ranking
  highest-ranking lowest-ranking ranking longest-serving primary international global
  general-election freshman rookie new computer sciences law history economics physics
  chemistry biology math mathematics engineering psychology sociology philosophy journalism
  medicine nursing business safety health data neuroscience linguistics anthropology literature
  statistics genetics astronomy geology architecture surgery pediatric cardiology oncology
  industry sales marketing supply-chain`);

/** Modifiers a sentence's capital does not belong to: "Former House speaker" reads "former". */
export const LOWER_MODIFIERS: ReadonlySet<string> = set(`former then longtime long-time late ex acting
  interim outgoing incoming veteran retired presumptive presumed likely eventual top senior
  current fellow prominent leading embattled disgraced ousted jailed exiled renowned acclaimed
  award-winning famed celebrated self-described self-proclaimed self-styled`);


/** Lower-case nouns whose possessive may qualify a description ("the company's chief executive"). */
export const POSSESSOR_NOUNS: ReadonlySet<string> = set(`company firm party agency campaign team club
  city state nation country government administration ministry department group network
  newspaper paper magazine bank fund union league court council board school university
  college hospital church charity organization organisation committee commission council
  movement organization band show station channel studio publisher label bureau office service
  force institute foundation center centre county district province region program programme
  coalition alliance association society museum laboratory lab outlet website site
  publication industry army navy corps orchestra choir theater theatre
  film movie book album series project festival event conference summit tournament podcast
  platform app game restaurant store shop airline brand startup plant factory ship hotel
  family couple victim patient player child boy girl man woman student`);
