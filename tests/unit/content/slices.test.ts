import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analysisSteps, analyzeText } from "../../../src/engine/analyze";
import { runInSlices, yieldToPage } from "../../../src/content/slices";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

const article = readFileSync(join(__dirname, "../../fixtures/seed/article.txt"), "utf8");

describe("analysis in slices", () => {
  it("gives the page its event loop back between phases and still finds exactly what the one-shot analysis finds", async () => {
    const steps: string[] = [];
    let pauses = 0;
    // a timer-driven page task that can only run while the analysis is paused
    let pageTasks = 0;
    const ticker = setInterval(() => pageTasks++, 0);
    const run = await runInSlices(analysisSteps(article, "t"), {
      sliceMs: 0,
      onStep: (s) => steps.push(s),
      pause: () => {
        pauses++;
        return new Promise((r) => setTimeout(r, 2));
      },
    });
    clearInterval(ticker);
    expect(run).not.toBeNull();
    expect(steps).toEqual(["model", "tokenize", "tag", "mentions", "group", "quotes", "entities"]);
    expect(run!.pauses).toBe(7);
    expect(pauses).toBe(7);
    expect(pageTasks).toBeGreaterThan(0);
    const once = analyzeText(article, "t");
    expect(run!.value).toEqual(once);
    // and it is a real analysis of the article, not an empty one
    expect(once.people.map((p) => p.name)).toContain("Christopher Wray");
    expect(once.quotes.length).toBeGreaterThan(3);
  });

  it("takes findPeople apart into phases without changing what it finds", () => {
    // the phases call the people matcher's parts directly: if findPeople changes how it puts
    // them together, this says so
    const texts = [article, article.split("\n").reverse().join("\n"), "Vladimir Putin said \"we will see.\" Putin left. Biden-Kamala Harris ticket, said Mr. Trump."];
    for (const text of texts) {
      const people = findPeople(text);
      const a = analyzeText(text);
      expect(a.people).toEqual(people);
      expect(a.quotes).toEqual(findQuotes(text, people));
      const { organizations, places } = findEntities(text, people);
      expect(a.organizations).toEqual(organizations);
      expect(a.places).toEqual(places);
    }
  });

  it("does not pause while a slice is short, and stops when the result is no longer wanted", async () => {
    const whole = await runInSlices(analysisSteps("Vladimir Putin said \"we will see.\" Putin left."), { sliceMs: 1e9 });
    expect(whole!.pauses).toBe(0);
    expect(whole!.value.people.map((p) => p.name)).toEqual(["Vladimir Putin"]);

    let ran = 0;
    function* counted() {
      for (const s of ["a", "b", "c"]) {
        ran++;
        yield s;
      }
      return "done";
    }
    const stopped = await runInSlices(counted(), { sliceMs: 0, stop: () => true });
    expect(stopped).toBeNull();
    expect(ran).toBe(1);
  });

  it("pauses for a real task in jsdom too (MessageChannel when there is no scheduler.yield), not a microtask", async () => {
    const order: string[] = [];
    const p = yieldToPage().then(() => order.push("resumed"));
    // queued after the pause began: a pause that is only a resolved promise would resume first
    void Promise.resolve().then(() => order.push("microtask"));
    order.push("sync");
    await p;
    expect(order).toEqual(["sync", "microtask", "resumed"]);
  });
});
