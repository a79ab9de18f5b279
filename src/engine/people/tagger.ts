/**
 * The entity tagger: person, place, organisation and other names (MISC) in one left-to-right pass
 * of an averaged perceptron trained on CoNLL-2003 train (scripts/lexicon/train-tagger.mjs), then
 * one document-level pass that makes repeated names agree ("Washington" the player, named in
 * full once, is a person every time).
 *
 * The model's weights ship in ./model.ts (generated, int8, sparse); they are unpacked once into
 * a dense table on first use.
 */
import { MODEL } from "./model";
import { EDGE, continuesEntity, NTAGS, PH, PREV_NAMES, PT, PT2, TAGS, docFeatures, type Tag, type WordInfo } from "./features";
import { isCapitalised, type Token } from "./tokens";
import { loneSpeakers } from "./tagger-speakers";
import { givenNameSubjects } from "./tagger-subjects";

export interface TaggedSpan {
  type: Exclude<Tag, "O">;
  start: number;
  end: number;
  /** Token indices of the first and last token of the span. */
  first: number;
  last: number;
}

/**
 * Kept weights: an open-addressing table from bucket hash to the offset of its NTAGS weights
 * (a Map lookup per feature was most of the tagger's time). The shipped weights stay the int8
 * bytes they were decoded to, read through a 256-entry table: no pass over them at start-up.
 */
interface Table {
  mask: number;
  /**
   * Slots, two ints each: bucket hash + 1 (0 = empty), then its weight offset; null for dense
   * trainer weights. Side by side, a probe reads one cache line where two arrays cost two misses.
   */
  slots: Int32Array | null;
  slotMask: number;
  /** Dense float weights (the trainer's), or null when `bytes` + `lut` hold the shipped ones. */
  dense: Float32Array | null;
  bytes: Uint8Array;
  lut: Float32Array;
}
let table: Table | null = null;

/** base64 → bytes: natively where the runtime can (current browsers, Node's Buffer), else one loop. */
function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(s);
  const nodeBuffer = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (nodeBuffer) return nodeBuffer.from(s, "base64");
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The shipped model: `buckets` varint gaps between kept bucket hashes, then NTAGS int8 weights
 * per bucket. Only the gaps are walked (to build the slot table); the weights are used in place.
 */
function unpack(): Table {
  if (table) return table;
  const bin = fromBase64(MODEL.weights);
  const count = MODEL.buckets;
  // int8 byte → weight: the trainer stores sign(w)·sqrt(|w|/max), fine steps near zero
  const lut = new Float32Array(256);
  for (let v = 0; v < 256; v++) {
    const q = (v > 127 ? v - 256 : v) / 127;
    lut[v] = Math.sign(q) * q * q * MODEL.max;
  }
  let size = 1;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  let p = 0;
  let h = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0;
    let mul = 1;
    let b: number;
    do {
      b = bin[p++]!;
      gap += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    h += gap + 1;
    let slot = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    while (slots[slot * 2]) slot = (slot + 1) & mask;
    slots[slot * 2] = h + 1;
    slots[slot * 2 + 1] = k * NTAGS;
  }
  table = { mask: 2 ** MODEL.bits - 1, slots, slotMask: mask, dense: null, bytes: bin.subarray(p, p + count * NTAGS), lut };
  return table;
}

/**
 * Unpacks the model now (a caller with idle time can pay the cold cost before the first page
 * needs it); returns the milliseconds it took, 0 when already unpacked.
 */
export function warmTagger(): number {
  if (table) return 0;
  const t0 = Date.now();
  unpack();
  return Date.now() - t0;
}

function offsetOf(t: Table, h: number): number {
  const slots = t.slots;
  if (!slots) return h * NTAGS;
  let slot = Math.imul(h, 0x9e3779b1) >>> 0 & t.slotMask;
  for (;;) {
    const k = slots[slot * 2]!;
    if (k === 0) return -1;
    if (k === h + 1) return slots[slot * 2 + 1]!;
    slot = (slot + 1) & t.slotMask;
  }
}

/** For the trainer: score with dense weights being trained instead of the shipped model. */
export function useWeights(w: Float32Array, bits: number): void {
  table = { mask: 2 ** bits - 1, slots: null, slotMask: 0, dense: w, bytes: new Uint8Array(0), lut: new Float32Array(256) };
  resetWordScores();
  constScores = null;
  hitKey.fill(0);
}

/**
 * Scores cached per word for the current weights (a word's own features, its 8 neighbour slots,
 * its 12 previous-tag features), so a token costs a few vector additions instead of ~30 hash
 * probes. They live side by side in one buffer, WORD_SLOTS doubles per word at the offset its
 * WordInfo records with the buffer's generation: a typed array of its own per word (an off-heap
 * buffer each, which the garbage collector tracks) was most of the cost of a text with many new
 * words. Reset whenever the weights change, and between texts once it holds POOL_WORDS words.
 */
const P = PREV_NAMES.length;
// tagTokens keeps one score per tag in a local of its own: five of them
if (NTAGS !== 5) throw new Error("tagger: tagTokens is written for 5 tags");
const WORD_SLOTS = NTAGS * (1 + 8 + 3 * P);
const POOL_WORDS = 8192;
let pool = new Float64Array(WORD_SLOTS * 512);
let poolUsed = 0;
let poolGen = 1;
let constScores: { edge: Float64Array; pt: Float64Array; pt2: Float64Array; ph: Float64Array } | null = null;

/**
 * The static features' weights, by feature hash, in a direct-mapped cache in front of the slot
 * table: a text has a few thousand distinct features among ~100,000 (the same bigrams, "ls=",
 * "dl=" and gazetteer values again and again), and a probe of the 512 KB slot table, then of the
 * weight bytes, was half a token's cost. The values are the lut's floats as they are (Float32,
 * exact), added in the same order: the same sums. Shipped weights only (the trainer's change).
 */
let histGen = 0;
const HIT_SIZE = 4096;
const HIT_MASK = HIT_SIZE - 1;
const hitKey = new Int32Array(HIT_SIZE);
const hitVal = new Float32Array(HIT_SIZE * NTAGS);
const hitMiss = new Uint8Array(HIT_SIZE);

function resetWordScores(): void {
  poolUsed = 0;
  poolGen++;
  // a page with very many words grew it: give the memory back
  if (pool.length > WORD_SLOTS * POOL_WORDS * 2) pool = new Float64Array(WORD_SLOTS * POOL_WORDS);
}

function accumulate(t: Table, out: Float64Array, at: number, h: number): void {
  const b = offsetOf(t, h & t.mask);
  if (b < 0) return;
  if (t.dense) for (let c = 0; c < NTAGS; c++) out[at + c]! += t.dense[b + c]!;
  else for (let c = 0; c < NTAGS; c++) out[at + c]! += t.lut[t.bytes[b + c]!]!;
}

/** Offset in `pool` of the word's score vector, computed on first use. May grow (replace) `pool`. */
function wordScores(t: Table, info: WordInfo): number {
  if (info.scoreGen === poolGen) return info.scoreAt;
  if ((poolUsed + 1) * WORD_SLOTS > pool.length) {
    const grown = new Float64Array(pool.length * 2);
    grown.set(pool);
    pool = grown;
  }
  const at = poolUsed++ * WORD_SLOTS;
  const v = pool;
  // (memory reused after a reset): the same zeros, then the same sums in the same order
  v.fill(0, at, at + WORD_SLOTS);
  for (let k = 0; k < info.pos.length; k++) accumulate(t, v, at + NTAGS * (1 + k), info.pos[k]!);
  info.scoreAt = at;
  info.scoreGen = poolGen;
  return at;
}

/**
 * wordScores, with the word's own slots too (its features, its previous-tag features): only a
 * word the tagger scores needs them, where every word is some token's neighbour. Two tokens in
 * three are left unscored (DocFeatures.skip), mostly lower-case words, so most words never need
 * 27 of their 35 sums. Each slot is the same sums in the same order, into the same zeros.
 */
function ownScores(t: Table, info: WordInfo): number {
  const at = wordScores(t, info);
  if (info.ownGen === poolGen) return at;
  const v = pool;
  for (const h of info.hashes) accumulate(t, v, at, h);
  for (let k = 0; k < info.dyn.length; k++) accumulate(t, v, at + NTAGS * (9 + k), info.dyn[k]!);
  info.ownGen = poolGen;
  return at;
}

function constants(t: Table): NonNullable<typeof constScores> {
  if (constScores) return constScores;
  const edge = new Float64Array(NTAGS * 8);
  EDGE.forEach((h, k) => accumulate(t, edge, NTAGS * k, h));
  const pt = new Float64Array(NTAGS * P);
  PT.forEach((h, k) => accumulate(t, pt, NTAGS * k, h));
  const pt2 = new Float64Array(NTAGS * P * P);
  PT2.forEach((h, k) => accumulate(t, pt2, NTAGS * k, h));
  const ph = new Float64Array(NTAGS * P);
  PH.forEach((h, k) => accumulate(t, ph, NTAGS * k, h));
  return (constScores = { edge, pt, pt2, ph });
}

/** One tag index (into TAGS) per token. */
export function tagTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const t = unpack();
  const k0 = constants(t);
  const d = docFeatures(text, tokens, true);
  const n = tokens.length;
  const tags = new Uint8Array(n);
  if (poolUsed > POOL_WORDS) resetWordScores();
  // pool offsets stay valid through this text: the pool is only reset between texts (it may
  // grow, so `pool` is read after each scoresOf, never held across one)
  const ws = new Int32Array(n).fill(-1);
  const scoresOf = (j: number) => (ws[j]! >= 0 ? ws[j]! : (ws[j] = wordScores(t, d.infos[j]!)));
  // the prediction history (features.ts's History, kept on each form's Lex for this text)
  const hgen = ++histGen;
  const { flat, featAt, nb, infos } = d;
  const skip = d.skip!;
  const { dense, bytes, lut, mask } = t;
  const { edge, pt, pt2, ph } = k0;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.afterBreak) prev = prev2 = -1;
    // outside every name (see DocFeatures.skip): O, unscored
    if (skip[i]) {
      tags[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    // the five tag scores in locals (a Float64Array and a call per vector were most of a token's
    // cost); each score still sums the same terms in the same order, so the same doubles
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    const own = ownScores(t, d.infos[i]!);
    let v: Float64Array = pool;
    s0 += v[own]!;
    s1 += v[own + 1]!;
    s2 += v[own + 2]!;
    s3 += v[own + 3]!;
    s4 += v[own + 4]!;
    for (let k = 0; k < 8; k++) {
      const j = nb[i * 8 + k]!;
      let a: number;
      if (j >= 0) {
        a = scoresOf(j) + NTAGS * (1 + k);
        v = pool;
      } else {
        a = NTAGS * k;
        v = edge;
      }
      s0 += v[a]!;
      s1 += v[a + 1]!;
      s2 += v[a + 2]!;
      s3 += v[a + 3]!;
      s4 += v[a + 4]!;
    }
    for (let f = featAt[i]!, e = featAt[i + 1]!; f < e; f++) {
      const h = flat[f]! & mask;
      let b: number;
      if (!dense) {
        // shipped weights: the feature's five weights from the cache, else probed and kept there
        const c = h & HIT_MASK;
        if (hitKey[c] !== h + 1) {
          hitKey[c] = h + 1;
          b = offsetOf(t, h);
          const at = c * NTAGS;
          if (b >= 0) for (let x = 0; x < NTAGS; x++) hitVal[at + x] = lut[bytes[b + x]!]!;
          hitMiss[c] = b < 0 ? 1 : 0;
        }
        if (hitMiss[c]) continue;
        const at = c * NTAGS;
        s0 += hitVal[at]!;
        s1 += hitVal[at + 1]!;
        s2 += hitVal[at + 2]!;
        s3 += hitVal[at + 3]!;
        s4 += hitVal[at + 4]!;
        continue;
      }
      // the trainer's dense weights (useWeights): no slot table, a feature's five weights at h * NTAGS
      b = h * NTAGS;
      s0 += dense[b]!;
      s1 += dense[b + 1]!;
      s2 += dense[b + 2]!;
      s3 += dense[b + 3]!;
      s4 += dense[b + 4]!;
    }
    // previous-tag features: pt, pt2, ptw and pts (see dynamicFeatures)
    const p = prev + 1;
    let a = NTAGS * p;
    s0 += pt[a]!;
    s1 += pt[a + 1]!;
    s2 += pt[a + 2]!;
    s3 += pt[a + 3]!;
    s4 += pt[a + 4]!;
    a = NTAGS * (p * P + prev2 + 1);
    s0 += pt2[a]!;
    s1 += pt2[a + 1]!;
    s2 += pt2[a + 2]!;
    s3 += pt2[a + 3]!;
    s4 += pt2[a + 4]!;
    v = pool;
    a = own + NTAGS * (9 + p);
    s0 += v[a]!;
    s1 += v[a + 1]!;
    s2 += v[a + 2]!;
    s3 += v[a + 3]!;
    s4 += v[a + 4]!;
    a = own + NTAGS * (9 + P + p);
    s0 += v[a]!;
    s1 += v[a + 1]!;
    s2 += v[a + 2]!;
    s3 += v[a + 3]!;
    s4 += v[a + 4]!;
    const capital = infos[i]!.up && tokens[i]!.kind === "word";
    if (capital) {
      const lx = infos[i]!.lex;
      let hh = 0;
      if (lx.histGen === hgen) {
        // History.get: the majority tag, ties to the lowest
        const c = lx.hist!;
        let top = 0;
        for (let k = 1; k < NTAGS; k++) if (c[k]! > c[top]!) top = k;
        hh = top + 1;
      }
      a = NTAGS * hh;
      s0 += ph[a]!;
      s1 += ph[a + 1]!;
      s2 += ph[a + 2]!;
      s3 += ph[a + 3]!;
      s4 += ph[a + 4]!;
      a = own + NTAGS * (9 + 2 * P + hh);
      s0 += v[a]!;
      s1 += v[a + 1]!;
      s2 += v[a + 2]!;
      s3 += v[a + 3]!;
      s4 += v[a + 4]!;
    }
    let best = 0;
    if (continuesEntity(tokens, infos, i, prev)) {
      const sp = prev === 1 ? s1 : prev === 2 ? s2 : prev === 3 ? s3 : s4;
      best = sp > s0 ? prev : 0;
    } else {
      // the first highest, as a scan from O upwards finds it
      let top = s0;
      if (s1 > top) {
        best = 1;
        top = s1;
      }
      if (s2 > top) {
        best = 2;
        top = s2;
      }
      if (s3 > top) {
        best = 3;
        top = s3;
      }
      if (s4 > top) best = 4;
    }
    tags[i] = best;
    if (capital) {
      const lx = infos[i]!.lex;
      if (lx.histGen !== hgen) {
        lx.histGen = hgen;
        (lx.hist ??= new Int32Array(NTAGS)).fill(0);
      }
      lx.hist![best]!++;
    }
    prev2 = prev;
    prev = best;
  }
  return tags;
}

function spansFrom(tokens: readonly Token[], tags: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tags[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && tags[j + 1] === tags[i] && !tokens[j + 1]!.afterBreak) j++;
    const end = j;
    // a name starts and ends on a word ("Trump's" → "Trump")
    let a = i;
    while (a < j && tokens[a]!.kind !== "word") a++;
    while (j > a && tokens[j]!.kind !== "word") j--;
    if (tokens[a]!.kind !== "word") {
      i = end;
      continue;
    }
    out.push({ type: TAGS[tags[i]!] as TaggedSpan["type"], start: tokens[a]!.start, end: tokens[j]!.end, first: a, last: j });
    i = end;
  }
  return out;
}

const key = (t: Token) => t.text.toLowerCase();

/**
 * Document consistency: a capitalised word the tagger left out, or tagged alone as something
 * else, takes the type the document gives it elsewhere — a person's surname or given name from
 * their full name, otherwise the majority type of that same word tagged alone.
 */
function consistent(tokens: readonly Token[], tags: Uint8Array): void {
  const PER = 1;
  const partOfPerson = new Map<string, number>();
  const alone = new Map<string, Int32Array>();
  const spans = spansFrom(tokens, tags);
  for (const s of spans) {
    if (tags[s.first] === PER && s.last > s.first) {
      for (let k = s.first; k <= s.last; k++) if (/^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) partOfPerson.set(key(tokens[k]!), (partOfPerson.get(key(tokens[k]!)) ?? 0) + 1);
    } else if (s.last === s.first) {
      const c = alone.get(key(tokens[s.first]!)) ?? new Int32Array(NTAGS);
      c[tags[s.first]!]!++;
      alone.set(key(tokens[s.first]!), c);
    }
  }
  // "the Biden-Kamala Harris ticket": a name whose first word joins, by a hyphen, a person the
  // text names in full elsewhere is a pair of people (findPeople splits it), whatever type the
  // unseen compound got
  // (no tag has changed since `spans` was read: it is the list spansFrom would give again; the
  // acronym pass below reads it afresh only if this pass changed a tag)
  let changed = false;
  for (const s of spans) {
    if (tags[s.first] === PER) continue;
    const dash = tokens[s.first]!.text.indexOf("-");
    if (dash > 0 && isCapitalised(tokens[s.first]!.text.slice(dash + 1)) && partOfPerson.has(tokens[s.first]!.text.slice(0, dash).toLowerCase())) {
      tags.fill(PER, s.first, s.last + 1);
      changed = true;
    }
  }
  // "the National Association of Purchasing Management (NAPM)": an acronym defined in brackets
  // right after its expansion is of the expansion's type, there and wherever the text uses it
  const acronymType = new Map<string, number>();
  for (const s of changed ? spansFrom(tokens, tags) : spans) {
    const open = tokens[s.last + 1];
    const acr = tokens[s.last + 2];
    const close = tokens[s.last + 3];
    if (open?.text !== "(" || close?.text !== ")" || !acr || acr.kind !== "word" || !/^[A-Z]{2,6}$/.test(acr.text)) continue;
    let initials = "";
    for (let k = s.first; k <= s.last; k++) if (tokens[k]!.kind === "word" && isCapitalised(tokens[k]!.text)) initials += tokens[k]!.text[0];
    if (initials === acr.text) acronymType.set(acr.text, tags[s.first]!);
  }
  if (acronymType.size)
    for (let i = 0; i < tokens.length; i++) {
      const type = acronymType.get(tokens[i]!.text);
      const alone = (i === 0 || !tags[i - 1] || tokens[i]!.afterBreak) && (i + 1 >= tokens.length || !tags[i + 1] || tokens[i + 1]!.afterBreak);
      if (type !== undefined && alone) tags[i] = type;
    }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !isCapitalised(t.text)) continue;
    const isolated = (i === 0 || !tags[i - 1] || tokens[i]!.afterBreak) && (i + 1 >= tokens.length || !tags[i + 1] || tokens[i + 1]!.afterBreak);
    if (!isolated) continue;
    const k = key(t);
    if (partOfPerson.has(k)) {
      const c = alone.get(k);
      // a word also tagged alone as something else more often keeps its own tag
      if (!c || c[PER]! + partOfPerson.get(k)! >= c.reduce((a, b) => a + b, 0) - c[0]! - c[PER]!) tags[i] = PER;
    } else if (!tags[i]) {
      const c = alone.get(k);
      if (!c) continue;
      let best = 0;
      for (let x = 1; x < NTAGS; x++) if (c[x]! > c[best]!) best = x;
      if (best) tags[i] = best;
    }
  }
}

let memo: { text: string; spans: TaggedSpan[] } | null = null;

/**
 * Entity spans of a text, memoised for the last text so that people and entities share one run
 * (the tokenizer is deterministic, so token indices agree between callers).
 */
export function tagEntities(text: string, tokens: readonly Token[], docConsistency = true): TaggedSpan[] {
  if (memo && memo.text === text && docConsistency) return memo.spans;
  const tags = tagTokens(text, tokens);
  givenNameSubjects(tokens, tags);
  loneSpeakers(tokens, tags);
  if (docConsistency) consistent(tokens, tags);
  const spans = spansFrom(tokens, tags);
  if (docConsistency) memo = { text, spans };
  return spans;
}

/** Forgets the memo: the trainer when the weights change, every analysis before it starts. */
export function resetMemo(): void {
  memo = null;
}
