/** Popup entry. (Skeleton; issue 8 builds the cast view.) */
import browser from "webextension-polyfill";

void browser.runtime.sendMessage({ type: "hello" }).then((reply) => {
  const app = document.getElementById("app");
  if (app) app.dataset.background = JSON.stringify(reply);
});
