// A forum thread is many posts, each with its own poster and date; a story with readers'
// comments under it, or a live blog of dated entries, is one piece of writing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verdict } from "./article-verdict-page";

const page = (name: string): string => readFileSync(join(__dirname, "../../fixtures/pages", name), "utf8");

describe("the article verdict on threads of posts", () => {
  it("does not call a forum thread an article, but keeps a story with signed, dated comments and a live blog", () => {
    // the thread declares itself an article (og:type, a published time, an <article>, a headline
    // over paragraphs: what a WordPress forum plugin serves); its nine posts stand side by side,
    // each with a poster and a date
    expect(verdict(page("forum-thread.html"), "https://woodworking.example/discussions/topic/starting-projects-as-an-absolute-beginner/")).toBe(false);
    // ten comments, each with its author and date, under the story
    expect(verdict(page("article-comments.html"), "https://town.example/news/2024/05/14/council-votes-to-move-market")).toBe(true);
    // entries each with a time, none signed
    expect(verdict(page("article-liveblog.html"), "https://news.example/live/election-night")).toBe(true);
    // ten entries, each signed by the reporter and timed, under a page that declares itself a
    // live blog (schema.org's LiveBlogPosting, which news sites write for search engines' live badges)
    expect(verdict(page("article-liveblog-signed.html"), "https://news.example/live/election-night-results")).toBe(true);
  });
});
