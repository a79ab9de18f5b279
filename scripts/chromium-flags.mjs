// The flags every Chromium we launch gets (npm start, the e2e harness, the benchmarks, the icon
// renderer): required in containers as root, and no background traffic, since Dramatis promises
// no network at run time and this machine's closed network refuses it anyway.
export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
