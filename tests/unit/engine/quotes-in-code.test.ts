import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../../src/engine/analyze";

/** A programming blog post: a developer quoted in prose, and the program's own strings in code. */
function post(): Document {
  const p = (s: string) => `<p>${s}</p>`;
  const html = `<!doctype html><html><head><title>Why our logger failed in production</title>
<meta property="og:type" content="article"></head><body><main><article>
<h1>Why our logger failed in production</h1>
<p class="byline">By Dana Whitfield</p>
${p("Our team spent a week chasing a logging bug that only showed up under load. The failure was quiet: entries simply stopped arriving at the collector, and nothing in the dashboards said so.")}
${p(`"We assumed the network was dropping packets, but the logger itself was giving up," said Priya Raman, the engineer who found the fault.`)}
${p("The handler wrapped every write error in a message and returned it, and the caller never looked at what came back. Here is the code as it was when the outage began:")}
<pre><code>if err != nil {
    return fmt.Errorf("failed to create log appender: %w", err)
}
log.Printf("malformed log entry %d: %q", n, line)</code></pre>
${p(`When the queue filled, the writer printed <code>"dropping entries to keep up"</code> once and went silent. Raman said the fix took ten lines and a test that fills the queue on purpose.`)}
${p(`"Every error path now has a test that fails when it is ignored," she said. The team also added an alert that fires when the collector hears nothing for a minute.`)}
</article></main></body></html>`;
  return new JSDOM(html, { url: "https://devblog.example/2025/03/logger-failed" }).window.document;
}

describe("quotes inside code", () => {
  it("are a program's strings, not quotations: only the developer's words are quotes", () => {
    const { analysis } = analyzeDocument(post());
    const quotes = analysis.quotes.map((q) => q.text);
    expect(quotes.some((q) => q.startsWith("We assumed the network"))).toBe(true);
    expect(quotes.some((q) => q.startsWith("Every error path"))).toBe(true);
    expect(quotes.filter((q) => /log appender|malformed log entry|dropping entries/.test(q))).toEqual([]);
    // the code is still the article's text: nothing is cut from what the reader sees
    expect(analysis.text).toContain("failed to create log appender");
  });
});

describe("an article set in a fixed font", () => {
  it("keeps its quotations: a <pre> holding the whole story is its body, not code", () => {
    const story = [
      "The county board met on Tuesday night to decide the future of the old mill bridge, which has been closed to traffic since the spring floods.",
      '"We cannot ask the farmers on the east side to drive twenty miles around," said Harold Brenner, who chairs the board.',
      "Engineers told the meeting that a repair would cost less than half the price of a new bridge and could be finished before the harvest.",
      '"The steel is sound, and the deck is what failed," said Marta Olsen, the county engineer. The board will vote on the repair next month.',
    ].join("\n\n");
    const html = `<!doctype html><html><head><title>Board weighs mill bridge repair</title></head><body>
<h1>Board weighs mill bridge repair</h1><pre>${story}</pre></body></html>`;
    const { analysis } = analyzeDocument(new JSDOM(html, { url: "https://lists.example/archive/2003/msg00042.html" }).window.document);
    expect(analysis.text).toContain("We cannot ask the farmers");
    expect(analysis.quotes.map((q) => q.text.slice(0, 20))).toEqual(expect.arrayContaining(["We cannot ask the fa", "The steel is sound, "]));
  });
});
