/**
 * A formal title as the card shows it. Wire style abbreviates titles before a name ("Sen.",
 * "Gov.", "Lt. Gen.") and states before a title ("Fla. Gov."); a reader of the card, who sees no
 * name after it, reads "Sen." as nothing, so both are spelled out. A lawmaker's or governor's
 * seat, which news style gives right after the name ("Sen. Ann Lee (R-Fla.)", ", D-Ill.,", "Gov.
 * Bo Ray of Ohio", "Senator Cy Tam, Republican of Arizona,"), makes a bare title say which one:
 * "Republican Senator from Florida", "Governor of Ohio".
 */

// AP style's abbreviations of titles before a name
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: "Senator", rep: "Representative", gov: "Governor", lt: "Lieutenant", gen: "General", col: "Colonel",
  maj: "Major", capt: "Captain", sgt: "Sergeant", cpl: "Corporal", pvt: "Private", adm: "Admiral",
  cmdr: "Commander", brig: "Brigadier", supt: "Superintendent", atty: "Attorney", sec: "Secretary",
  det: "Detective", insp: "Inspector", asst: "Assistant", amb: "Ambassador", prof: "Professor",
};

// the 50 states and D.C. by AP style's abbreviation and by postal code (party tags use both:
// "R-Fla.", "R-TX"); hand-written from the AP Stylebook's table
const STATE_LIST = `Alabama:ala,al Alaska:ak Arizona:ariz,az Arkansas:ark,ar California:calif,ca
  Colorado:colo,co Connecticut:conn,ct Delaware:del,de Florida:fla,fl Georgia:ga Hawaii:hi Idaho:id
  Illinois:ill,il Indiana:ind,in Iowa:ia Kansas:kan,kans,ks Kentucky:ky Louisiana:la Maine:me
  Maryland:md Massachusetts:mass,ma Michigan:mich,mi Minnesota:minn,mn Mississippi:miss,ms
  Missouri:mo Montana:mont,mt Nebraska:neb,ne Nevada:nev,nv New_Hampshire:n.h,nh New_Jersey:n.j,nj
  New_Mexico:n.m,nm New_York:n.y,ny North_Carolina:n.c,nc North_Dakota:n.d,nd Ohio:oh
  Oklahoma:okla,ok Oregon:ore,or Pennsylvania:pa Rhode_Island:r.i,ri South_Carolina:s.c,sc
  South_Dakota:s.d,sd Tennessee:tenn,tn Texas:tex,tx Utah:ut Vermont:vt Virginia:va
  Washington:wash,wa West_Virginia:w.va,wv Wisconsin:wis,wisc,wi Wyoming:wyo,wy`;
const STATES = new Map<string, string>();
const STATE_NAMES = new Set<string>();
for (const entry of STATE_LIST.split(/\s+/)) {
  const [name, abbrs] = entry.split(":") as [string, string];
  const full = name.replace(/_/g, " ");
  STATE_NAMES.add(full);
  STATES.set(full.toLowerCase(), full);
  for (const a of abbrs.split(",")) STATES.set(a, full);
}

/** The state an abbreviation, postal code or name stands for ("Fla.", "TX", "N.Y.", "Texas"), or null. */
export function stateOf(w: string): string | null {
  const k = w.toLowerCase().replace(/\.$/, "");
  return STATES.get(k) ?? null;
}

/** "Sen." → "Senator", "Fla." → "Florida" inside a title ("former Fla. Gov." → "former Florida Governor"). */
export function spellOutTitle(role: string): string {
  return role
    .split(" ")
    .map((w) => {
      if (!w.endsWith(".")) return w;
      const bare = w.slice(0, -1);
      const lw = bare.toLowerCase();
      // (one of a list's plural: "Sens." is read in the singular before this)
      return TITLE_ABBREVIATIONS[lw] ?? (/^\p{Lu}/u.test(w) && /\p{Ll}|\./u.test(bare) ? (STATES.get(lw) ?? w) : w);
    })
    .join(" ");
}

// the titles whose holder sits for a state, and the word that joins the state to each
const SEAT_TITLES: Readonly<Record<string, string>> = {
  Senator: "from", Representative: "from", Congressman: "from", Congresswoman: "from", Governor: "of", "Lieutenant Governor": "of",
};
const PARTIES: Readonly<Record<string, string>> = { R: "Republican", D: "Democratic", I: "Independent", Republican: "Republican", Democrat: "Democratic", Independent: "Independent" };

/**
 * The seat after a name that ends at `end`: " (R-Fla.)", " (R)", ", D-Ill.,", " of Ohio",
 * ", Republican of Arizona,". Null when none stands there or its place is no state (a state
 * legislator's tag names a town: "(D-Austin)").
 */
function seatAfter(text: string, end: number): { party?: string; state?: string } | null {
  const s = text.slice(end, end + 40);
  // (a bracket may hold the state alone: "Sens. Ann Lee (Ariz.), Bo Ray (N.H.)")
  const tag = /^(?:['’]s?)?(?:[ \u00a0]\((?:([RDI])(?:-([^()\n]{2,16}))?|([A-Z][A-Za-z.]{1,6}|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?))\)|,[ \u00a0]([RDI])-([A-Za-z.]{2,8}|[A-Z][a-z]+[ \u00a0][A-Z][a-z]+),)/u.exec(s);
  if (tag) {
    const place = tag[2] ?? tag[3] ?? tag[5];
    const state = place ? stateOf(place.replace(/\.$/, "")) : null;
    if (place && !state) return null;
    const party = tag[1] ?? tag[4];
    return { party: party ? PARTIES[party] : undefined, state: state ?? undefined };
  }
  const of = /^(?:,[ \u00a0]+(Republican|Democrat|Independent))?[ \u00a0]+of[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?=[,.;:)—–]|[ \u00a0](?!\p{Lu}))/u.exec(s);
  if (of) {
    const name = of[2]!.replace(/\u00a0/g, " ");
    if (!STATE_NAMES.has(name)) return null;
    return { party: of[1] ? PARTIES[of[1]] : undefined, state: name };
  }
  return null;
}

/**
 * The title `role` (read before a mention ending at `end`) spelled out, with the seat written
 * after the name where the title is a bare seat's ("Sen." + "(R-Fla.)" → "Republican Senator from
 * Florida"). A title qualified already ("Vermont Sen.") keeps its own words.
 */
export function titleLine(role: string, text: string, end: number): string {
  const line = spellOutTitle(role);
  const m = /^((?:former|then)[ \u00a0])?(.+)$/u.exec(line)!;
  const join = SEAT_TITLES[m[2]!];
  if (!join) return line;
  const seat = seatAfter(text, end);
  if (!seat) return line;
  return `${m[1] ?? ""}${seat.party ? `${seat.party} ` : ""}${m[2]}${seat.state ? ` ${join} ${seat.state}` : ""}`;
}
