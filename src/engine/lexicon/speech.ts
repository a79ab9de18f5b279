/**
 * Verbs that introduce or attribute speech, in every inflection a news sentence uses. Compiled
 * by hand from general English (reporting verbs in grammars of English and AP style notes);
 * see README.md beside this file.
 */
const BASES = `say tell add ask write warn argue explain insist note claim state declare announce reply
  respond tweet post recall acknowledge admit confirm deny describe call brand dub label term suggest
  contend maintain assert allege complain concede caution predict promise vow pledge urge plead
  laud read fume rail lament grumble chide scold gush rave thunder sneer chant exclaim proclaim opine posit speculate theorize theorise demand charge accuse blast slam criticize criticise praise hail joke quip muse wonder observe
  remark comment report testify disclose reveal boast mock scoff shout yell cry whisper murmur mutter
  continue conclude begin recount repeat reiterate stress emphasize emphasise underline point
  agree disagree counter retort protest object answer inform advise assure reassure tout predict
  estimate believe think feel fear hope worry conclude concede
  bark snap react elaborate interject sing scream bellow marvel concur
  inquire enquire clarify confide affirm recommend summarize summarise confess mention sigh laugh share retaliate
  exhort decry denounce remember interrupt portray`;

// Forms only, where the base or its -s form is mostly a noun in news copy ("the text of the bill",
// "Clinton's emails", "a broad hint", "with a smile"): the past tense reports speech unambiguously.
const FORMS = `texted emailed messaged blogged bragged brags hinted reasoned surmised surmises enthused enthuses
  growled hissed roared implored implores begged volunteered griped groaned reminisced smiled shrugged
  beamed riffed echoed echoes pressed`;

function inflect(base: string): string[] {
  const irregular: Record<string, string[]> = {
    say: ["say", "says", "said", "saying"],
    tell: ["tell", "tells", "told", "telling"],
    write: ["write", "writes", "wrote", "written", "writing"],
    think: ["think", "thinks", "thought", "thinking"],
    feel: ["feel", "feels", "felt", "feeling"],
    begin: ["begin", "begins", "began", "begun", "beginning"],
    cry: ["cry", "cries", "cried", "crying"],
    reply: ["reply", "replies", "replied", "replying"],
    deny: ["deny", "denies", "denied", "denying"],
    testify: ["testify", "testifies", "testified", "testifying"],
    worry: ["worry", "worries", "worried", "worrying"],
    plead: ["plead", "pleads", "pleaded", "pled", "pleading"],
    read: ["read", "reads", "reading"],
    sing: ["sing", "sings", "sang", "sung", "singing"],
  };
  if (irregular[base]) return irregular[base]!;
  // "clarify": clarifies, clarified
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + "ies", base.slice(0, -1) + "ied", base + "ing"];
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s";
  // (a last consonant doubled after one stressed vowel: "dubbed", "slammed", "concurred", not "dubed")
  const double = /^(?:admit|quip|plan|stop|snap|dub|slam|concur)$/.test(base) ? base + base.slice(-1) : stem;
  return [base, s, (base.endsWith("e") ? base + "d" : double + "ed"), double + "ing"];
}

// Two-word reporting verbs ("“…,” Trump shot back."): the quote reader's tokenizer joins the
// verb and "back" into one word (see BACK_VERBS there), so they are looked up as written here.
// Not the -ing forms: a participle ("firing back at critics") is told apart by its ending.
export const PHRASAL = ["shot back", "shoot back", "shoots back", "fired back", "fire back", "fires back"];

export const SPEECH_VERBS = new Set([...BASES.split(/\s+/).filter(Boolean).flatMap(inflect), ...FORMS.split(/\s+/).filter(Boolean), ...PHRASAL]);

/**
 * Verbs of saying whose subject in the news is a person far more often than an organisation, in
 * the past tense (and "says"): a lone unknown capitalised word right before one is read as a
 * surname ("“Not now,” Okonkwo responded."). Not the verbs firms and agencies take as often
 * ("announced", "confirmed", "reported", "denied", "warned", "claimed"), nor the present forms
 * that are plural nouns on web pages ("Release notes", "Speedy replies", "Decorilla asks you" of
 * a firm): each reader adds those it had. Before this set the tagger's rule knew said/says/told/
 * added only, and each filter its own list, so "X replied" kept X and "X responded" dropped it.
 */
export const PERSON_SAID: ReadonlySet<string> = new Set([
  "says",
  ...`tell add ask write reply respond explain insist recall concede admit joke quip argue note acknowledge`
    .split(" ")
    .map((b) => inflect(b)[2]!),
  "said",
]);
