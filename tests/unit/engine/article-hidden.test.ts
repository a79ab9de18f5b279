import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

// Text a page hides in its markup but a reader sees: chunks a script moves into place, and the
// closed panels of a guide that open with one click. Text that stays out of sight stays out.

const STEPS = [
  "Gather twelve months of electricity bills first, so that every installer quotes for the same yearly use and you can compare their offers line by line.",
  "Have the roof inspected before anyone designs the system: panels last twenty-five years, and taking them down to replace old tiles later costs thousands.",
  "Look up the rebates your town and your state offer, since some of them have deadlines or a fixed budget that is handed out on a first-come basis.",
];
const INTRO =
  "Installing solar panels takes a few months from the first quote to the day the system is switched on, and most of that time goes on paperwork rather than on the roof itself.";

function text(body: string): string {
  const html = `<!doctype html><html><head><title>How to install solar panels | Home Guide</title><meta property="og:type" content="article"></head><body>${body}</body></html>`;
  const doc = new JSDOM(html, { url: "https://guide.example/solar/how-to-install-solar-panels" }).window.document;
  return buildTextIndex(findArticle(doc)).text;
}

describe("hidden text", () => {
  it("reads the closed panels of an accordion, whichever way it hides them", () => {
    const panel = (i: number, t: string) =>
      `<div><a role="button" aria-controls="step-${i}" aria-expanded="false" id="step-${i}-head"><span role="heading" aria-level="3">Step ${i + 1}</span></a></div>` +
      `<div id="step-${i}" role="region" aria-labelledby="step-${i}-head" style="display:none;"><p>${t}</p></div>`;
    const got = text(`<main><h1>How to install solar panels</h1><p>${INTRO}</p>${STEPS.map((t, i) => panel(i, t)).join("")}</main>`);
    for (const s of STEPS) expect(got).toContain(s);
    // a collapse wrapper hiding the labelled region, as component libraries render it
    const wrapped = (i: number, t: string) =>
      `<h3><button id="b${i}" aria-expanded="false">Step ${i + 1}</button></h3>` +
      `<div class="collapse" style="overflow:hidden;display:none;height:0px"><div role="region" aria-labelledby="b${i}"><p>${t}</p></div></div>`;
    const got2 = text(`<article><h1>How to install solar panels</h1><p>${INTRO}</p>${STEPS.map((t, i) => wrapped(i, t)).join("")}</article>`);
    for (const s of STEPS) expect(got2).toContain(s);
  });

  it("reads a disclosure's hidden text under the toggle that says it is collapsed", () => {
    const section = (t: string, i: number) =>
      `<div class="collapsible"><h3><button aria-expanded="false"><p>Step ${i + 1}</p></button></h3><div aria-hidden="true" hidden tabindex="-1"><p>${t}</p></div></div>`;
    const got = text(`<article><h1>How to install solar panels</h1><p>${INTRO}</p>${STEPS.map(section).join("")}</article>`);
    for (const s of STEPS) expect(got).toContain(s);
  });

  it("reads chunks React streamed under hexadecimal numbers (S:a after S:9)", () => {
    const got = text(
      `<main><template id="B:0"></template></main><div hidden id="S:a"><article><h1>How to install solar panels</h1><p>${INTRO}</p>` +
        `${STEPS.map((t) => `<p>${t}</p>`).join("")}</article></div>`,
    );
    for (const s of STEPS) expect(got).toContain(s);
    expect(got).toContain(INTRO);
  });

  it("leaves out hidden dialogs, menus and text nothing opens", () => {
    const got = text(
      `<nav><button aria-expanded="false">Menu</button><ul hidden><li><a href="/roofs">Roofs and roofing guides</a></li><li><a href="/heat">Heat pumps and boilers</a></li></ul></nav>` +
        `<main><h1>How to install solar panels</h1><p>${INTRO}</p>${STEPS.map((t) => `<p>${t}</p>`).join("")}` +
        `<div role="dialog" aria-labelledby="nl" aria-hidden="true"><h2 id="nl">Get our newsletter</h2><p>Sign up for a weekly letter with the best deals on panels and batteries in your area.</p></div>` +
        `<div style="display:none"><p>An old version of this guide said that permits take a year, which has not been true for a long time.</p></div></main>`,
    );
    expect(got).toContain(STEPS[2]);
    expect(got).not.toContain("Roofs and roofing");
    expect(got).not.toContain("weekly letter");
    expect(got).not.toContain("old version");
  });
});
