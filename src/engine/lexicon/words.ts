/**
 * Small closed-class word lists the name and role rules need. Hand-written from general English
 * grammar and common news style (AP/Reuters titles); nothing here names a person.
 * Provenance and sizes: README.md beside this file.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Courtesy titles; "Mr." and "Mr" both appear. Lowercased, without the period. */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof sir dame lord lady rev fr messrs mme mlle`);

/** Capitalised titles that stand before a name ("Sen. Warren", "FBI Director Wray"). Lowercased. */
export const TITLES = set(`president vice prime minister secretary senator sen rep reps representative
  gov governor lt mayor director chairman chairwoman chair chancellor judge justice chief general gen
  col colonel maj major capt captain sgt sergeant cpl corporal pvt adm admiral cmdr commander king queen
  prince princess pope bishop archbishop cardinal rabbi imam sheikh ambassador commissioner attorney
  speaker leader coach officer detective inspector professor doctor spokesman spokeswoman spokesperson
  ceo cfo coo chairperson candidate councillor councilman councilwoman councilor deputy assistant agent
  trooper sheriff premier emperor empress founder executive manager minister-president prosecutor
  lawmaker congressman congresswoman delegate assemblyman assemblywoman supt superintendent dean
  provost rector principal pastor father brother sister saint st ayatollah grand duke duchess count
  countess baron baroness earl marquess viscount chef officer-in-charge first lady
  administrator secretary-general treasurer comptroller auditor surgeon controller envoy registrar
  chieftain magistrate constable marshal warden headmaster headmistress vicar deacon elder`);

/** Lowercase words that may stand inside a pre-name role ("former Vice President"). */
export const ROLE_MODIFIERS = set(`former then acting deputy vice chief senior late outgoing incoming
  presidential interim current first ex- ex assistant associate executive general special top
  democratic republican national state federal foreign defense defence prime de facto longtime
  retired veteran fellow`);

/** Lowercase role nouns that make a phrase a role or description. */
export const ROLE_NOUNS = set(`president director candidate senator member leader spokesman
  spokeswoman spokesperson minister secretary chief executive official lawyer attorney governor mayor
  judge justice chairman chairwoman chair founder head commander general officer ambassador adviser
  advisor aide analyst professor economist researcher scientist author writer journalist reporter
  editor correspondent activist fighter organizer organiser campaigner strategist consultant
  manager owner chancellor premier king queen prince princess pope bishop priest rabbi imam colonel
  operative agent dissident critic opponent rival ally friend wife husband son daughter mother father
  brother sister widow spokesman coach player striker midfielder defender goalkeeper captain
  champion actor actress singer musician artist director producer ceo founder partner student teacher
  broker trader dealer
  doctor nurse surgeon physician lawmaker congressman congresswoman representative delegate
  commissioner prosecutor investigator detective sheriff deputy trooper soldier veteran resident
  citizen voter worker employee owner investor banker entrepreneur billionaire millionaire
  businessman businesswoman politician diplomat envoy negotiator historian biographer poet novelist
  philosopher expert specialist administrator superintendent principal dean provost chancellor
  candidate nominee incumbent challenger speaker whip councillor councilman councilwoman
  treasurer chairman trustee secretary-general clerk auditor accountant engineer architect designer
  photographer filmmaker director-general commentator columnist broadcaster presenter anchor host
  pundit blogger pollster lobbyist donor fundraiser supporter backer spokesperson representative
  militant fighter commander rebel protester demonstrator victim witness survivor suspect defendant
  plaintiff lawyer barrister solicitor mediator arbitrator regulator inspector governor-general
  mogul tycoon magnate heir heiress co-founder cofounder president-elect vice-president deputy
  chief-executive officer captain manager coach referee umpire athlete runner cyclist swimmer
  boxer wrestler golfer batsman bowler pitcher quarterback`);

/** Heads that make a capitalised phrase an organisation, place, event or thing, never a person. */
export const NON_PERSON_HEADS = set(`party union office committee council senate house congress
  parliament ministry department agency bureau court university college school institute
  foundation association society company corporation corp inc ltd llc plc co group bank fund news
  times post journal channel tv radio network press service services administration army navy force
  forces police international movement matter street avenue road square park river lake mountain
  mountains island islands city county state states republic kingdom federation empire church
  cathedral museum hospital airport port station hotel center centre club league cup games olympics
  championship award awards prize medal medals treaty act bill accord agreement war revolution day week summit
  forum conference festival images media times tribune herald gazette magazine review review
  commission authority board guard guards airlines airways lines motors bros brothers records studios
  pictures entertainment capital partners holdings technologies systems labs laboratories
  industries enterprises trust reserve exchange market markets index valley hills beach bay gulf
  ocean sea coast desert region province district prefecture territory peninsula strait canal
  bridge tower building palace castle temple mosque synagogue stadium arena theatre theater hall
  gallery library zoo garden gardens prison jail base camp fort school academy program programme
  project initiative campaign fc cf united city athletic rovers wanderers olympic sporting
  democrats republicans communists socialists conservatives liberals greens
  bar restaurant cafe café bistro bakery brewery winery distillery salon spa grill tavern pub diner
  pizzeria boutique marketplace outfitters apparel cosmetics moving storage plumbing roofing
  insurance realty properties publishers publishing productions solutions consulting clinic
  pharmacy dental supply supplies foods farms wines`);

/** Capitalised function words and others that start sentences but never names. */
export const FUNCTION_WORDS = set(`the a an and or but nor so yet for of in on at by to from with
  without into onto upon about above below after before since until while when where why how what
  which who whom whose that this these those it its he she they we i you me him her them us my
  your his our their mine yours ours theirs there here then now also still just only even not no
  yes if unless although though because as than too very more most many much some any all each
  every both either neither other another such same own few several is are was were be been being
  am has have had do does did will would shall should can could may might must let lets like
  according despite during through throughout across along among around behind beside between
  beyond inside outside over under within against toward towards per via meanwhile however
  moreover furthermore nevertheless nonetheless instead indeed perhaps maybe otherwise thus hence
  therefore already almost always never often sometimes once twice again ago today tonight
  yesterday tomorrow mr mrs ms dr sir madam madame oh ok okay well please thanks thank hello hi
  dear sorry sure why whether anyway whatever whoever whichever wherever whenever
  unlike amid amidst alongside regarding concerning including excluding versus`);

export const MONTHS_DAYS = set(`january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
  thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`);

/** Name particles that stay lowercase inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PARTICLES = set(`de da di do dos das du del della der den van von ter ten la le bin ibn
  al el ben bint abu zu af av y e`);

/** Generational suffixes that belong to the name. */
export const SUFFIXES = set(`jr sr ii iii iv v`);

/** Pronouns that can name a speaker, by the gender they imply. */
export const PRONOUNS: Record<string, "m" | "f" | "n"> = { he: "m", she: "f", they: "n" };
