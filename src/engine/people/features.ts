/**
 * Features of the entity tagger (src/engine/people/tagger.ts), shared byte for byte by the
 * runtime and by the trainer (scripts/lexicon/train-tagger.mjs bundles this file), so a model is
 * always scored on the features it was trained with.
 *
 * Every feature is a string hashed into a fixed table (FNV-1a): no vocabulary ships with the
 * model, only the weights of the buckets that matter.
 */
import { GIVEN_NAMES } from "../lexicon/derived";
import { CITIES, COUNTRIES, ORGANIZATIONS, REGIONS } from "../lexicon/places";
import { DEMONYM } from "../lexicon/demonym";
import { FORMER_COUNTRIES, ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { HONORIFICS, MONTHS_DAYS, PARTICLES, TITLES } from "../lexicon/words";
import { isAllCaps, type Token } from "./tokens";

/** Tag set: IO encoding (adjacent entities of one type are rare in news and split on punctuation). */
export const TAGS = ["O", "PER", "LOC", "ORG", "MISC"] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;

const GIVEN = new Set(GIVEN_NAMES.split(" "));
const lowerBar = (s: string) => s.toLowerCase().split("|");
/** Multi-word gazetteers as token sequences (lowercased), keyed by their first token. */
function phraseIndex(phrases: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.split(/\s+/).filter(Boolean);
    if (!ws.length) continue;
    const l = m.get(ws[0]!) ?? [];
    l.push(ws);
    m.set(ws[0]!, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}
const PLACE_PHRASES = phraseIndex([...lowerBar(COUNTRIES), ...lowerBar(CITIES), ...lowerBar(REGIONS), ...FORMER_COUNTRIES.map((c) => c.toLowerCase())]);
const ORG_PHRASES = phraseIndex(lowerBar(ORGANIZATIONS));

/** 32-bit FNV-1a of a string, or of `s` appended to a string whose hash is `h`. */
export function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": the look of a word, runs collapsed. */
export function shape(w: string): string {
  // ASCII words (nearly all of them) by char codes: the Unicode property regexes cost a compile
  // on first use and a test per character
  let out = "";
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code > 127) return shapeUnicode(w);
    const c = code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code >= 48 && code <= 57 ? 100 : code;
    if (c !== last) {
      out += String.fromCharCode(c);
      if (out.length > 6) return out.slice(0, 6);
    }
    last = c;
  }
  return out;
}

function shapeUnicode(w: string): string {
  let out = "";
  let last = "";
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** FNV-1a of s[from, to) appended to a string whose hash is `h` (a feature without its string). */
function fnvRange(s: string, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const norm = (w: string) => w.toLowerCase().replace(/\d/g, "0");

/** Gazetteer classes of one word (a short code string, "" when none). */
function wordClasses(l: string, raw: string): string {
  let c = "";
  const bare = l.replace(/\.$/, "");
  if (GIVEN.has(l)) c += "g";
  if (HONORIFICS.has(bare)) c += "h";
  if (TITLES.has(bare)) c += "t";
  if (ORG_HEADS.has(bare)) c += "o";
  if (PLACE_HEADS.has(bare)) c += "p";
  if (DEMONYM.has(l)) c += "d";
  if (MONTHS_DAYS.has(bare)) c += "m";
  if (PARTICLES.has(raw)) c += "r";
  return c;
}

export interface DocFeatures {
  /**
   * Static features per token, as 32-bit FNV-1a hashes of their strings (the trainer's view;
   * without `compact` only: the tagger reads `flat`).
   */
  feats: number[][];
  /**
   * The same hashes side by side in one buffer (as int32: the tagger masks them), token i's at
   * [featAt[i], featAt[i + 1]): an array per token was a large part of the garbage a long text
   * left behind.
   */
  flat: Int32Array;
  featAt: Int32Array;
  /** Per token: lowercased form, shape, for the dynamic (previous-tag) features. */
  lower: string[];
  shapes: string[];
  infos: WordInfo[];
  /**
   * Per token, 8 slots: the token index whose WordInfo.pos[slot] is this token's neighbour
   * feature, or -1 for the edge feature EDGE[slot]. With `compact`, `feats` leaves out the word's
   * own and neighbour features: the tagger scores those from per-word caches.
   */
  nb: Int32Array;
  /**
   * With `compact`: 1 for a token with no capital between two tokens with none. It is outside
   * every name (the tagger puts "of" and "de" into names only beside capitalised words), so the
   * tagger gives it O unscored and its static features are not computed. Two tokens in three.
   */
  skip: Uint8Array | null;
}

/** Features of the word alone (its form, affixes, shape, lexicon classes), hashed, per word. */
export interface WordInfo {
  /** Lowercased, digits as 0. */
  l: string;
  shape: string;
  cls: string;
  hashes: number[];
  /** As a neighbour: w-1, w+1, w-2, w+2, s-1, s+1, c-1, c+1. */
  pos: number[];
  /**
   * With the previous tag (index 0 = none, k+1 = TAGS[k]): ptw ×6, then pts ×6; then with the
   * tag this word mostly got earlier in the document (same indexing): phs ×6.
   */
  dyn: number[];
  /** Starts with a capital / a lower-case letter / a capital then lower case; has a letter; in capitals (2+ chars). */
  up: boolean;
  lo: boolean;
  upLo: boolean;
  letter: boolean;
  caps: boolean;
  /** Has a capital letter anywhere ("ex-England" too). */
  anyUpper: boolean;
  /** Hashes of bigram feature prefixes ending in this word, to continue with the other word. */
  left: { w: number; ww: number; s: number; ss: number };
  /** The tagger's: where its score vector for this word sits, valid for generation scoreGen (0: none). */
  scoreAt: number;
  scoreGen: number;
  /** The tagger's: whether the word's own scores (not only its neighbour slots) are in, for generation ownGen. */
  ownGen: number;
  /** A word of sports reports (SPORT_WORDS) / a person's pronoun after a name (PERSON_AFTER). */
  sport: boolean;
  personAfter: boolean;
  /** What one document does with this lowercased form: shared by every WordInfo with this `l`. */
  lex: Lex;
}

/**
 * Per lowercased form ("the" for "The" and "THE"), what the current document does with it: the
 * fields hold for document `gen` only (a stale one reads as nothing seen). A Set or a Map per
 * document, keyed by the form, cost a string hash lookup per token for each question.
 */
export interface Lex {
  gen: number;
  /** Written starting lower case / capitalised mid-sentence somewhere in the document. */
  seenLower: boolean;
  seenCapMid: boolean;
  /** docFeatures' context bits (see there). */
  ctx: number;
  /** The tagger's prediction history (History's counts), valid for its generation histGen. */
  hist: Int32Array | null;
  histGen: number;
  /** The form, and the gazetteer phrases opening on it (places, organisations), looked up once. */
  l: string;
  phrases: [string[][] | undefined, string[][] | undefined] | null;
}
const lexCache = new Map<string, Lex>();
function lexOf(l: string): Lex {
  let x = lexCache.get(l);
  if (!x) {
    lexCache.set(l, (x = { gen: 0, seenLower: false, seenCapMid: false, ctx: 0, hist: null, histGen: 0, l, phrases: null }));
  }
  return x;
}
let docGen = 0;
/** Lex of a word for the document `gen`, its fields cleared when it was last used by another. */
function lexFor(info: WordInfo, gen: number): Lex {
  const x = info.lex;
  if (x.gen !== gen) {
    x.gen = gen;
    x.seenLower = x.seenCapMid = false;
    x.ctx = 0;
  }
  return x;
}
export const PREV_NAMES = ["<s>", ...TAGS];
/** Hashes of the feature-name prefixes of WordInfo, continued with the word's own characters. */
const H = {
  w: fnv("w="), s: fnv("s="), s1: fnv("s1="), s2: fnv("s2="), s3: fnv("s3="), s4: fnv("s4="), p2: fnv("p2="), p3: fnv("p3="), c: fnv("c="),
  lw: fnv("w-1w="), lww: fnv("ww+1="), ls: fnv("s-1s="), lss: fnv("ss+1="),
  wm1: fnv("w-1="), wp1: fnv("w+1="), wm2: fnv("w-2="), wp2: fnv("w+2="), sm1: fnv("s-1="), sp1: fnv("s+1="), cm1: fnv("c-1="), cp1: fnv("c+1="),
};
const PTW = PREV_NAMES.map((p) => fnv(`ptw=${p}|`));
const PTS = PREV_NAMES.map((p) => fnv(`pts=${p}|`));
const PHS = PREV_NAMES.map((p) => fnv(`phs=${p}|`));
/** Capital and letter flags of a word: by char codes when it is ASCII (nearly always). */
function letterFlags(raw: string): Pick<WordInfo, "up" | "lo" | "upLo" | "letter" | "anyUpper"> {
  let letter = false;
  let anyUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // General Punctuation (’ “ ” — …) holds no letter: no Unicode regex for a curly quote
    if (c >= 0x2000 && c <= 0x206f) continue;
    if (c > 127) return { up: /^\p{Lu}/u.test(raw), lo: /^\p{Ll}/u.test(raw), upLo: /^\p{Lu}\p{Ll}/u.test(raw), letter: /\p{L}/u.test(raw), anyUpper: /\p{Lu}/u.test(raw) };
    if (c >= 65 && c <= 90) letter = anyUpper = true;
    else if (c >= 97 && c <= 122) letter = true;
  }
  const c0 = raw.charCodeAt(0);
  const c1 = raw.charCodeAt(1);
  const up = c0 >= 65 && c0 <= 90;
  return { up, lo: c0 >= 97 && c0 <= 122, upLo: up && c1 >= 97 && c1 <= 122, letter, anyUpper };
}
/** WordInfo.dyn: ptw ×6 on the form, then pts ×6 and phs ×6 on the shape. */
function dynHashes(l: string, s: string): number[] {
  const out = new Array<number>(3 * PTW.length);
  for (let k = 0; k < PTW.length; k++) {
    out[k] = fnv(l, PTW[k]);
    out[PTW.length + k] = fnv(s, PTS[k]);
    out[2 * PTW.length + k] = fnv(s, PHS[k]);
  }
  return out;
}
// per word, and per punctuation mark or possessive (their lexicon class is always empty)
const wordCache = new Map<string, WordInfo>();
const otherCache = new Map<string, WordInfo>();
function wordInfo(raw: string, kind: Token["kind"]): WordInfo {
  const cache = kind === "word" ? wordCache : otherCache;
  let info = cache.get(raw);
  if (info) return info;
  const l = norm(raw);
  const s = shape(raw);
  const cls = kind === "word" ? wordClasses(l, raw) : "";
  const n = l.length;
  info = {
    l,
    shape: s,
    cls,
    // each feature's hash continues its prefix's cached hash: no string built per feature
    hashes: [
      fnv(l, H.w),
      fnv(s, H.s),
      fnvRange(l, Math.max(0, n - 1), n, H.s1),
      fnvRange(l, Math.max(0, n - 2), n, H.s2),
      fnvRange(l, Math.max(0, n - 3), n, H.s3),
      fnvRange(l, Math.max(0, n - 4), n, H.s4),
      fnvRange(l, 0, Math.min(2, n), H.p2),
      fnvRange(l, 0, Math.min(3, n), H.p3),
      fnv(cls, H.c),
    ],
    pos: [fnv(l, H.wm1), fnv(l, H.wp1), fnv(l, H.wm2), fnv(l, H.wp2), fnv(s, H.sm1), fnv(s, H.sp1), fnv(cls, H.cm1), fnv(cls, H.cp1)],
    dyn: dynHashes(l, s),
    ...letterFlags(raw),
    caps: isAllCaps(raw) && raw.length > 1,
    left: { w: fnv("|", fnv(l, H.lw)), ww: fnv("|", fnv(l, H.lww)), s: fnv("|", fnv(s, H.ls)), ss: fnv("|", fnv(s, H.lss)) },
    scoreAt: 0,
    scoreGen: 0,
    ownGen: 0,
    sport: SPORT_WORDS.has(l),
    personAfter: PERSON_AFTER.has(l),
    lex: lexOf(l),
  };
  cache.set(raw, info);
  return info;
}
const BIAS = fnv("b");
/** Neighbour features at a line's edges, in WordInfo.pos order. */
export const EDGE = ["w-1=<l>", "w+1=</l>", "w-2=<l>", "w+2=</l>", "s-1=<l>", "s+1=</l>", "c-1=<s>", "c+1=</s>"].map((x) => fnv(x));
const EDGE_LEFT = { w: fnv("w-1w=<l>|"), s: fnv("s-1s=<l>|") };
const GZ_NONE = fnv("gz=");
const GZ_AROUND_NONE = fnv("gz-1=|gz+1=");
/** "ls=" features by line start ×4 + sentence start ×2 + capitals line, and the "ls_s=…|" prefixes. */
const LS_CODES = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => `${k >> 2}${(k >> 1) & 1}${k & 1}`);
const LS = LS_CODES.map((c) => fnv(`ls=${c}`));
const LS_S = LS_CODES.map((c) => fnv(`ls_s=${c}|`));
export const PT = PREV_NAMES.map((p) => fnv(`pt=${p}`));
export const PT2 = PREV_NAMES.flatMap((p) => PREV_NAMES.map((p2) => fnv(`pt2=${p}|${p2}`)));
/** Prediction history: the tag a capitalised word mostly got earlier in the document (0 = none yet). */
export const PH = PREV_NAMES.map((p) => fnv(`ph=${p}`));
const POSS = fnv("poss");
/** Prefix hashes of the document-evidence features of docFeatures (see there). */
const bits = (k: number, n: number) => Array.from({ length: n }, (_, j) => (k >> (n - 1 - j)) & 1).join("");
const DL = Array.from({ length: 8 }, (_, k) => fnv(`dl=${bits(k, 3)}`));
const DLW = Array.from({ length: 4 }, (_, k) => fnv(`dlw=${bits(k, 2)}|`));
const DX = Array.from({ length: 64 }, (_, x) => fnv(`dx=${x}`));
const DX1 = Array.from({ length: 8 }, (_, k) => fnv(`dx1=${k >> 1}|${k & 1 ? 4 : 0}`));
const DXS = Array.from({ length: 8 }, (_, k) => fnv(`dxs=${k}|`));
const DXP = [fnv("dxp=0"), fnv("dxp=1")];
/** Words right after a name that make it a person's: "…, who", "… and his". */
const PERSON_AFTER = new Set(["who", "he", "she", "his", "her", "him", "himself", "herself"]);

/** Words of sports reports (results, matches, scorers), hand-written from general sports English. */
const SPORT_WORDS = new Set(
  `innings wicket wickets striker midfielder defender goalkeeper pitcher homer homers inning halftime
  half-time goals scored scorer scorers touchdown touchdowns rebounds quarterback penalty penalties
  match matches tournament championship league coach seeded`.split(/\s+/),
);
/**
 * Prefix hashes of the features docFeatures used to build as strings (`sp=${sport}|${gz}|${cls}`
 * and kin): FNV-1a runs left to right, so fnv(b, fnv(a)) is fnv(a + b), and each feature's hash
 * continues its prefix's with the parts' own characters, byte for byte the same value.
 */
const GZ_MINUS = fnv("gz-1=");
const SP = [fnv("sp=0|"), fnv("sp=1|")];
const SPW = [fnv("spw=0|"), fnv("spw=1|")];
const SPN = [fnv("spn=0|"), fnv("spn=1|")];
const SPS = [fnv("sps=0|"), fnv("sps=1|")];
const RHC: Record<string, number> = { B: fnv("rhc=B|"), E: fnv("rhc=E|"), I: fnv("rhc=I|") };
const RFC: Record<string, number> = { B: fnv("rfc=B|"), E: fnv("rfc=E|"), I: fnv("rfc=I|") };
/** "rp=" by place in the run, run length (1..4) and sentence start, each computed once. */
const RP: number[] = [];
const rpHash = (pos: "B" | "E" | "I", len: number, s: boolean) => {
  const k = ((pos === "B" ? 0 : pos === "E" ? 1 : 2) * 8 + len) * 2 + (s ? 1 : 0);
  return (RP[k] ??= fnv(`rp=${pos}${len}${s ? "s" : ""}`));
};
const RH = fnv("rh=");
const RF = fnv("rf=");
const RB = fnv("rb=");
const RA = fnv("ra=");
/** Lower-case words that join capitalised words into one name ("Bank of England", "Douglas & Lomason"). */
const RUN_JOINERS = new Set(["&", "of", "and", "for", "de", "del", "della", "dello", "di", "du", "der", "van", "von", "la", "le"]);

/**
 * Capitalised runs of two or more words on one line (joined across RUN_JOINERS between two
 * capitalised words), outside lines in capitals: per token, the indices of its run's first and
 * last token, or -1.
 */
function capitalRuns(tokens: readonly Token[], infos: readonly WordInfo[], capsLine: Uint8Array): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n * 2).fill(-1);
  const capWord = (k: number) => tokens[k]!.kind === "word" && infos[k]!.up && !capsLine[k];
  for (let i = 0; i < n; ) {
    if (!capWord(i)) {
      i++;
      continue;
    }
    let z = i;
    for (;;) {
      const k = z + 1;
      if (k < n && !tokens[k]!.afterBreak && capWord(k) && !tokens[k]!.sentenceStart) z = k;
      else if (k + 1 < n && RUN_JOINERS.has(tokens[k]!.text) && !tokens[k]!.afterBreak && !tokens[k + 1]!.afterBreak && capWord(k + 1) && !tokens[k + 1]!.sentenceStart) z = k + 1;
      else break;
    }
    if (z > i) for (let k = i; k <= z; k++) {
      out[k * 2] = i;
      out[k * 2 + 1] = z;
    }
    i = z + 1;
  }
  return out;
}

/**
 * Static features of every token of one document. Document-level evidence is included: whether
 * the word also appears in lower case (a common word), or capitalised mid-sentence (a name),
 * elsewhere in the same text.
 */
export function docFeatures(text: string, tokens: readonly Token[], compact = false): DocFeatures {
  const n = tokens.length;
  // bounded: a long session of pages must not grow them forever. Cleared together and only
  // between documents, so that within one every WordInfo of a form shares that form's one Lex
  if (wordCache.size + otherCache.size > 50000) {
    wordCache.clear();
    otherCache.clear();
    lexCache.clear();
  }
  const gen = ++docGen;
  // one pass for the per-token arrays (four maps over the tokens were four passes and closures)
  const infos = new Array<WordInfo>(n);
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const classes = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const info = wordInfo(t.text, t.kind);
    infos[i] = info;
    lower[i] = info.l;
    shapes[i] = info.shape;
    classes[i] = info.cls;
  }
  // lines mostly in capitals (headlines, results tables): capitals say little there
  const capsLine = new Uint8Array(n);
  const lineStart = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !tokens[j]!.afterBreak) j++;
    let words = 0;
    let caps = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && infos[k]!.letter) {
        words++;
        if (infos[k]!.caps) caps++;
      }
    }
    const isCaps = words >= 2 && caps / words >= 0.6 ? 1 : 0;
    for (let k = i; k < j; k++) capsLine[k] = isCaps;
    lineStart[i] = 1;
    i = j;
  }
  // document-level word evidence (on each form's Lex for this document)
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const info = infos[i]!;
    if (info.lo) lexFor(info, gen).seenLower = true;
    else if (info.upLo && !t.sentenceStart && !capsLine[i]) lexFor(info, gen).seenCapMid = true;
  }
  // what the document does with each capitalised word elsewhere: after a given name or an
  // honorific/title (a surname), before an organisation head ("Pirelli SpA"), before "said", or
  // a possessive
  const addCtx = (i: number, bit: number) => {
    lexFor(infos[i]!, gen).ctx |= bit;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !infos[i]!.up || capsLine[i]) continue;
    const p = i > 0 && !t.afterBreak ? i - 1 : -1;
    const nx = i + 1 < n && !tokens[i + 1]!.afterBreak ? i + 1 : -1;
    if (p >= 0 && classes[p]!.includes("g") && infos[p]!.upLo) addCtx(i, 1);
    if (p >= 0 && (classes[p]!.includes("h") || classes[p]!.includes("t")) && infos[p]!.up) addCtx(i, 2);
    if (nx >= 0 && classes[nx]!.includes("o") && infos[nx]!.up) addCtx(i, 4);
    if (nx >= 0 && (lower[nx] === "said" || lower[nx] === "says" || lower[nx] === "told")) addCtx(i, 16);
    if (nx >= 0 && tokens[nx]!.kind === "poss") addCtx(i, 32);
    // "Parnevik, who is seeking his first title", "Trump and his allies": a person's pronoun soon
    // after (same sentence, within three tokens)
    for (let k = i + 1; k <= i + 3 && k < n && !tokens[k]!.afterBreak && !tokens[k]!.sentenceStart; k++) {
      if (infos[k]!.personAfter) {
        addCtx(i, 8);
        break;
      }
      if (tokens[k]!.kind === "word" && infos[k]!.up) break;
    }
  }
  // gazetteer phrase matches (longest first), as B/I marks per token
  const gaz: string[] = new Array<string>(n).fill("");
  // (each form's phrases are looked up once and kept on its Lex: two Map lookups per capitalised
  // token were a tenth of this function)
  const mark = (which: 0 | 1, code: string) => {
    for (let i = 0; i < n; i++) {
      if (!infos[i]!.up) continue;
      const lx = infos[i]!.lex;
      const cands = (lx.phrases ??= [PLACE_PHRASES.get(lx.l), ORG_PHRASES.get(lx.l)])[which];
      if (!cands) continue;
      for (const ws of cands) {
        if (i + ws.length > n) continue;
        let ok = true;
        for (let k = 1; k < ws.length && ok; k++) ok = lower[i + k] === ws[k];
        if (!ok) continue;
        const after = tokens[i + ws.length];
        const whole = !after || !infos[i + ws.length]!.up;
        gaz[i] += `${code}B${whole ? "w" : ""}`;
        for (let k = 1; k < ws.length; k++) gaz[i + k] += `${code}I`;
        break;
      }
    }
  };
  mark(0, "L");
  mark(1, "G");
  const runs = capitalRuns(tokens, infos, capsLine);
  // how much the text reads like a sports report (its city and country names are mostly teams):
  // words of sport, and scores ("5-3"), counted up to 3
  let sportCues = 0;
  for (let i = 0; i < n && sportCues < 3; i++) if (infos[i]!.sport) sportCues++;
  const docSport = sportCues >= 2;
  // a line with a score ("beat Toronto 5-3") reads as a result wherever it stands
  const scoreLine = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (shapes[i] !== "d-d" || !/^\d{1,3}-\d{1,3}$/.test(tokens[i]!.text)) continue;
    let a = i;
    while (a > 0 && !tokens[a]!.afterBreak) a--;
    let z = i + 1;
    while (z < n && !tokens[z]!.afterBreak) z++;
    scoreLine.fill(1, a, z);
  }

  const nb = new Int32Array(n * 8);
  // (room for one token's features, checked before each token: at most 1 + 17 + 27 of them)
  const ROOM = 48;
  let flat = new Int32Array(n * 8 + ROOM);
  let fp = 0;
  const featAt = new Int32Array(n + 1);
  let skip: Uint8Array | null = null;
  if (compact) {
    skip = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (!infos[i]!.anyUpper && (i === 0 || !infos[i - 1]!.anyUpper) && (i + 1 === n || !infos[i + 1]!.anyUpper)) skip[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    featAt[i] = fp;
    if (skip && skip[i]) continue;
    if (fp + ROOM > flat.length) {
      const grown = new Int32Array(flat.length * 2);
      grown.set(flat);
      flat = grown;
    }
    const t = tokens[i]!;
    const l = lower[i]!;
    const s = shapes[i]!;
    const nextBreak = i + 1 >= n || tokens[i + 1]!.afterBreak;
    const nextL = nextBreak ? "</l>" : lower[i + 1]!;
    const nextS = nextBreak ? "</l>" : shapes[i + 1]!;
    const cap = infos[i]!.up;
    const prevOk = i > 0 && !t.afterBreak;
    const prev2Ok = i > 1 && !t.afterBreak && !tokens[i - 1]!.afterBreak;
    const next2Ok = !nextBreak && i + 2 < n && !tokens[i + 2]!.afterBreak;
    // the neighbour in each positional slot (-1: the line's or text's edge)
    const b = i * 8;
    nb[b] = prevOk ? i - 1 : -1;
    nb[b + 1] = !nextBreak ? i + 1 : -1;
    nb[b + 2] = prev2Ok ? i - 2 : -1;
    nb[b + 3] = next2Ok ? i + 2 : -1;
    nb[b + 4] = prevOk ? i - 1 : -1;
    nb[b + 5] = !nextBreak ? i + 1 : -1;
    nb[b + 6] = i > 0 ? i - 1 : -1;
    nb[b + 7] = i + 1 < n ? i + 1 : -1;
    flat[fp++] = BIAS;
    if (!compact) {
      for (const x of infos[i]!.hashes) flat[fp++] = x;
      for (let k = 0; k < 8; k++) flat[fp++] = nb[b + k]! >= 0 ? infos[nb[b + k]!]!.pos[k]! : EDGE[k]!;
    }
    // bigrams hashed by continuing the left word's cached prefix hash (no string built)
    const me = infos[i]!;
    flat[fp++] = fnv(l, prevOk ? infos[i - 1]!.left.w : EDGE_LEFT.w);
    flat[fp++] = fnv(nextL, me.left.ww);
    flat[fp++] = fnv(s, prevOk ? infos[i - 1]!.left.s : EDGE_LEFT.s);
    flat[fp++] = fnv(nextS, me.left.ss);
    // the common values of these come from small caches of hashes, not fresh strings
    const gz0 = gaz[i]!;
    const gzPrev = i > 0 ? gaz[i - 1]! : "";
    const gzNext = i + 1 < n ? gaz[i + 1]! : "";
    flat[fp++] = gz0 ? fnv(gz0, GZ_NONE) : GZ_NONE;
    flat[fp++] = gzPrev || gzNext ? fnv(gzNext, fnv("|gz+1=", fnv(gzPrev, GZ_MINUS))) : GZ_AROUND_NONE;
    const ls = lineStart[i]! * 4 + (t.sentenceStart ? 2 : 0) + capsLine[i]!;
    flat[fp++] = LS[ls]!;
    flat[fp++] = fnv(s, LS_S[ls]!);
    if (cap) {
      // dl=abc, dlw=ab|word, dx=x, dx1=(x&3)|(x&4), dxs=(x&7)|shape, from cached prefix hashes
      const lx = lexFor(me, gen);
      const ab = (lx.seenLower ? 2 : 0) + (lx.seenCapMid ? 1 : 0);
      const x = lx.ctx;
      flat[fp++] = DL[ab * 2 + (t.sentenceStart || capsLine[i] ? 1 : 0)]!;
      flat[fp++] = fnv(l, DLW[ab]!);
      flat[fp++] = DX[x] ?? fnv(`dx=${x}`);
      flat[fp++] = DX1[(x & 3) * 2 + (x & 4 ? 1 : 0)]!;
      flat[fp++] = fnv(s, DXS[x & 7]!);
      flat[fp++] = DXP[(x >> 3) & 1]!;
    }
    if (t.kind === "poss") flat[fp++] = POSS;
    if (cap) {
      const pl = prevOk ? lower[i - 1]! : "<l>";
      const sport = docSport || scoreLine[i] ? 1 : 0;
      flat[fp++] = fnv(classes[i]!, fnv("|", fnv(gz0, SP[sport]!)));
      flat[fp++] = fnv(pl, SPW[sport]!);
      flat[fp++] = fnv(nextL, SPN[sport]!);
      flat[fp++] = fnv(nextS, fnv("|", fnv(s, SPS[sport]!)));
    }
    if (runs[i * 2]! >= 0) {
      // the whole capitalised run this token is in: its last word ("… Party", "… Inc", "… Exchange")
      // and first word ("Bank of …", "New York …"), the words around it, its length and this
      // token's place in it, so that "Scottish" or "New York" know they start an organisation
      const a = runs[i * 2]!;
      const z = runs[i * 2 + 1]!;
      const pos = i === a ? "B" : i === z ? "E" : "I";
      const len = Math.min(4, z - a + 1);
      flat[fp++] = rpHash(pos, len, tokens[a]!.sentenceStart);
      if (i < z) {
        flat[fp++] = fnv(lower[z]!, RH);
        flat[fp++] = fnv(gaz[z]!, fnv("|", fnv(classes[z]!, RHC[pos]!)));
      }
      if (i > a) {
        flat[fp++] = fnv(lower[a]!, RF);
        flat[fp++] = fnv(gaz[a]!, fnv("|", fnv(classes[a]!, RFC[pos]!)));
      }
      const before = a > 0 && !tokens[a]!.afterBreak ? lower[a - 1]! : "<l>";
      const after = z + 1 < n && !tokens[z + 1]!.afterBreak ? lower[z + 1]! : "</l>";
      flat[fp++] = fnv(before, RB);
      flat[fp++] = fnv(after, RA);
    }
  }
  featAt[n] = fp;
  // the trainer's arrays, as unsigned hashes (its counts are keyed by them)
  const feats: number[][] = [];
  if (!compact) for (let i = 0; i < n; i++) feats.push(Array.from(flat.subarray(featAt[i]!, featAt[i + 1]!), (x) => x >>> 0));
  return { feats, flat, featAt, lower, shapes, infos, nb, skip };
}

/**
 * Features that depend on the tags already given (greedy decoding), hashed: the two previous tags,
 * and for a capitalised word (`hist` ≥ -1) the tag it mostly got earlier in the document (-1: not
 * seen yet). The history lets a later "Pirelli" follow what the first, clearer mentions were.
 */
export function dynamicFeatures(i: number, d: DocFeatures, prev: number, prev2: number, hist = -2): number[] {
  const p = prev + 1;
  const info = d.infos[i]!;
  const out = [PT[p]!, PT2[p * PREV_NAMES.length + prev2 + 1]!, info.dyn[p]!, info.dyn[PREV_NAMES.length + p]!];
  if (hist >= -1) out.push(PH[hist + 1]!, info.dyn[2 * PREV_NAMES.length + hist + 1]!);
  return out;
}

/**
 * Entity types a directly adjacent capitalised word continues or leaves for no entity, never for
 * another type: news writes a person, an organisation or a place directly followed by an entity
 * of another kind almost never (CoNLL-2003 train: after 4 of 6,600 persons, 17 of 6,300
 * organisations, 53 of 7,140 places; MISC is followed by others often, "German Juergen
 * Klinsmann"). Word by word, the tagger would give "Gianluigi Lentini" a person and an
 * organisation, and "Oval Office" a place and an organisation.
 */
const CLOSED = TAGS.map((t) => t === "PER" || t === "ORG" || t === "LOC");
export function continuesEntity(tokens: readonly Token[], infos: readonly WordInfo[], i: number, prev: number): boolean {
  if (prev < 1 || !CLOSED[prev] || i === 0) return false;
  const t = tokens[i]!;
  const p = tokens[i - 1]!;
  // (a sentence's first word is a weak entity unless it is a given name: "Occupy Wall Street marched")
  return infos[i]!.up && t.kind === "word" && p.kind === "word" && t.start === p.end + 1 && (!p.sentenceStart || infos[i - 1]!.cls.includes("g"));
}

/**
 * Prediction history of one document: per lowercased capitalised word, how often each tag was
 * given so far. `get` is the majority tag (-1 when unseen), ties to the earliest-reached count.
 */
export class History {
  private counts = new Map<string, Int32Array>();
  get(l: string): number {
    const c = this.counts.get(l);
    if (!c) return -1;
    let best = 0;
    for (let k = 1; k < NTAGS; k++) if (c[k]! > c[best]!) best = k;
    return best;
  }
  add(l: string, tag: number): void {
    let c = this.counts.get(l);
    if (!c) this.counts.set(l, (c = new Int32Array(NTAGS)));
    c[tag]!++;
  }
}
