/** The Node library: `import { analyze, analyzeText } from "dramatis"`. */
export { analyze, analyzeText, analyzeDocument } from "./engine/analyze";
export type { Analysis, Person, Quote, Entity, Span } from "./engine/types";
