/**
 * Closed classes of English words the attribution rules test (pronouns, determiners,
 * prepositions, auxiliaries, titles, sentence openers, adverbs). One place because most rules
 * ask several of them and a list must not drift between two copies.
 */
import { isAsciiLetter } from "../ascii";
import { isAscii } from "./words";

export const PRONOUN = /^(?:he|she|they|i|we|it)$/i;

// capitalised words that are times or sentence glue, never who spoke ("early Friday saying")
export const NOT_A_SPEAKER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Hours|Days|Weeks|Months|Years|Minutes|Moments|Decades|After|Before|When|While|But|And|In|On|At|It|This|That|There|Then)$/;

export const TITLE_ABBREV = /^(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rev|Fr|St|Pres|Supt|Del)$/;

// capitalised words that open sentences without naming anyone
export const SENTENCE_OPENER = /^(?:However|Still|Meanwhile|Also|Now|Later|Earlier|Back|Last|Next|As|If|So|For|With|At|By|From|Despite|During|Since|Until|Among|Instead|Indeed|Yet|Even|Only|Just|Asked|According|Although|Though|Because|Once|Here|Where|What|Why|How|Who|Whether|Many|Most|Some|Several|Both|All|Each|Every|No|Not|Under|Over|Following|Speaking|Like|Unlike|Already|Again|Soon|Recently|Overall|Finally|First|Second|Third|Other|Others|Such|Those|These|Its|His|Her|Their|Our|My|Your|Last|Few|More|Less|Much|Two|Three|One|Of|To|Into|Through|After|Before|When|While|Without|Within|Against|Inside|Outside|Perhaps|Maybe|Thus|Therefore|Then|Sure|Yes|Well|Oh|Whatever|Nor|Neither|Either|Nevertheless|Nonetheless|Furthermore|Moreover|Besides|Otherwise|Rather|Ahead|Across|Above|Below|Behind|Beyond|Near|Throughout|Toward|Towards|Upon|Via|Amid|Along|Around|Outside|Alongside|Absent|Between|Beside|Aside|Amidst|Regarding|Concerning|Including|Barring|Excluding|Except|Considering|Notwithstanding|Pending|Atop|Beneath|Underneath|Whilst)$/;

const ADVERB_RE = /^(?:also|then|later|again|once|repeatedly|previously|recently|earlier|often|still|further|simply|flatly|openly|publicly|privately|quickly|angrily|bluntly|\p{L}+ly)$/iu;
// nouns that end like an adverb ("Scott's family has called": the subject, not an adverb before the verb)
const NOUN_IN_LY = new Set(["family", "ally", "assembly", "rally", "supply", "reply", "monopoly", "bully", "anomaly"]);
const ADVERB_WORDS = new Set(["also", "then", "later", "again", "once", "repeatedly", "previously", "recently", "earlier", "often", "still", "further", "simply", "flatly", "openly", "publicly", "privately", "quickly", "angrily", "bluntly"]);
/** ADVERB_RE.test, by char code for an ASCII word (that /iu regex's compile was the largest
 *  cold cost of findQuotes): a listed word in any case, or letters ending in "ly". */
export const ADVERB = {
  test(w: string): boolean {
    if (!isAscii(w)) return ADVERB_RE.test(w);
    const l = w.toLowerCase();
    if (ADVERB_WORDS.has(l)) return true;
    if (l.length < 3 || !l.endsWith("ly") || NOUN_IN_LY.has(l)) return false;
    for (let i = 0; i < l.length; i++) if (!isAsciiLetter(l.charCodeAt(i))) return false;
    return true;
  },
};

// words that open a subordinate clause at the start of a sentence
export const SUBORDINATOR = /^(?:while|although|though|when|whenever|as|after|before|because|since|if|once|until|despite)$/i;

// past tenses with no -ed
export const PAST = /^(?:said|told|wrote|thought|felt|began|read|cried|replied|denied|testified|worried|pled)$/;
export const DETERMINER = /^(?:the|a|an|his|her|their|its|our|another|one|two|three|some|several|many|both|other|this|that|these|those)$/i;
export const PREPOSITION = /^(?:at|in|on|after|before|during|from|with|by|for|of|about|into|over|under|since|until|at|to|without|against|among|between|through|toward|towards|via|amid)$/i;
export const CLAUSE_BREAK = /^(?:and|or|but|because|while|when|after|before|as|if|who|which|that)$/i;

export const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would|could|should|may|might|must|can|also|not|did|does|do|never|just|then|once|has|been)$/i;

// words that end the agent of a passive ("asked by X whether …", "questioned by X about …")
export const AGENT_END = /^(?:whether|that|if|about|to|why|how|what|when|where|for|on|in|at|after|during|over|and|but|who|which)$/;
