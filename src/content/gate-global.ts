/**
 * What content.js (gate.ts), content-article.js (gate-article.ts) and content-main.js (index.ts)
 * leave each other on the content scripts' global: three bundles, one isolated world.
 */
import type { PageState } from "../messages";
import type { EarlyStart } from "./first-paint";

export interface GateGlobal {
  /** Set before content-main.js runs when the user asked to analyse a non-article page. */
  __dramatisForced?: boolean;
  /** Set by content-main.js once it runs: it answers the popup from then on. */
  __dramatisPageState?: () => PageState;
  /** performance.now() when content.js started (≈ document_idle), so the test probe can report
   *  the whole time to painted, including the checks and loading the rest. */
  __dramatisGateStart?: number;
  /** Test builds: when the gate's steps ended (performance.now()), so the probe can split the
   *  time before content-main.js runs: the first look (content.js), the second half's arrival
   *  (`half`), the finder, the second half's hand-over (`chunk`) and loading content-main.js. */
  __dramatisGateMarks?: { look: number; half: number; finder: number; chunk: number; importAt: number };
  /** The first paint the second half started, for content-main.js to take over. */
  __dramatisEarly?: EarlyStart;
}
