/** `dramatis analyze FILE...` (skeleton; issue 3 completes the CLI contract). */
import { readFileSync } from "node:fs";
import { analyzeText } from "./engine/analyze";

const [cmd, ...files] = process.argv.slice(2);
if (cmd !== "analyze") {
  console.error("usage: dramatis analyze FILE...");
  process.exit(2);
}
for (const file of files) {
  process.stdout.write(JSON.stringify({ file, ...analyzeText(readFileSync(file, "utf8")) }) + "\n");
}
