/**
 * Closed-class words for organisations and places (src/engine/entities.ts). Hand-written from
 * general English and news style; no entity here is taken from a test article.
 * Provenance and sizes: README.md beside this file.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Last words that make a capitalised phrase an organisation ("… Party", "… Inc."). Lowercased, no period. */
export const ORG_HEADS = set(`party committee commission agency bureau office ministry department council
  senate house congress parliament assembly court tribunal university college school institute
  institution foundation association society federation confederation union league club fc cf
  company corporation corp inc ltd llc plc co group holdings bank fund trust exchange reserve
  news times post journal tribune herald gazette telegraph magazine review channel tv radio network
  broadcasting press agency service services administration army navy force forces police guard
  guards corps cabinet government movement organisation organization organizations alliance coalition
  front brigade brigades authority board airlines airways airline motors industries enterprises
  technologies systems labs laboratories pharmaceuticals partners capital images media pictures
  studios records entertainment bros brothers hospital museum church international team
  democrats republicans secretariat directorate inspectorate regiment division command centre center
  academy conservatory orchestra band council`);

/** Last words that make a capitalised phrase a place ("… River", "… County"). */
export const PLACE_HEADS = set(`river lake mountain mountains mount island islands street avenue road
  square county province state region district prefecture territory peninsula strait canal valley
  hills beach bay gulf ocean sea coast desert city town village borough oblast governorate
  heights plains plateau archipelago falls`);

/**
 * First words that make a capitalised phrase an institution's or a place's name, in English and in
 * the languages an art page or a travel guide quotes untranslated ("Museo Correr", "Kunsthaus
 * Zürich", "Galerie Barbara Thumm", "Fondazione Prada", "Lake Tahoe", "Fort Greene", "Mt. Olympus").
 * None is a given name; a person named so ("Lake Bell") comes with a person's cue. Read by the
 * person finder only (people/lead-heads.ts), not by the tagger's features, so no retraining.
 */
export const ORG_LEADS = set(`museo musée musee museu muzeum museum galerie galleria galería kunsthaus
  kunsthalle kunstmuseum kunstraum sammlung fondazione fondation fundación fundacion fundação
  kunstforum kunstsammlung kunstakademie stiftung haus maison palais palazzo palacio castello schloss
  château chateau hotel hôtel villa casa centro`);
export const PLACE_LEADS = set(`lake lago loch fort port mount mt cape isla isle`);

/** Countries that no longer exist but fill the news and history (ISO 3166-3's common short names). */
export const FORMER_COUNTRIES = [
  "Soviet Union", "USSR", "U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
  "Zaire", "Burma", "Ceylon", "Rhodesia", "Siam", "Persia", "Prussia",
];

/**
 * Places that are buildings, streets or districts standing for an institution or a market: the
 * news writes them as places ("talks in the Oval Office"; CoNLL-2003 train annotates "White House"
 * 12 of 13 times and "Wall Street" 13 of 15 as places). Hand-written; the Kremlin and the
 * Pentagon, which the news has act and speak, are organisations and not here.
 */
export const LANDMARKS = [
  "White House", "Oval Office", "Downing Street", "Capitol Hill", "Wall Street", "Red Square",
  "Tiananmen Square", "Times Square", "Trafalgar Square", "West Bank", "Gaza Strip", "Golan Heights",
];

/** Acronyms that name places. */
export const PLACE_ACRONYMS = set(`US U.S. USA U.S.A. UK U.K. UAE U.A.E. DC D.C. DRC`);

/** Acronyms and capitalised short forms that are neither organisations nor places. */
export const NON_ENTITY_ACRONYMS = set(`TV CEO CFO COO CTO GDP GNP AM PM A.M. P.M. DNA RNA HIV AIDS COVID
  OK ID IDs PhD MBA MP MPs VIP VIPs PR IT AI IQ UV GPS PDF USB SMS URL FAQ DIY AKA ETA ASAP RSVP BC AD
  BCE CE GMT UTC EST EDT PST PDT CST CDT AWOL POW POWs CD CDs DVD LP EP RPM MPH KM KG LB LBS OZ SUV
  SUVs ATM ATMs PIN IPO IPOs LGBT LGBTQ Mr Mrs Ms Dr Jr Sr I II III IV V VI`);
