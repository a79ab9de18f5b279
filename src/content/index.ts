/** Content script entry. (Skeleton: analyses and greets the worker; issue 6 paints.) */
import browser from "webextension-polyfill";
import { analyzeDocument } from "../engine/analyze";

const { analysis } = analyzeDocument(document, { url: location.href });
void browser.runtime
  .sendMessage({ type: "hello" })
  .then((reply) => {
    document.documentElement.dataset.dramatisSmoke = JSON.stringify(reply);
  })
  .catch(() => {});
void analysis;
