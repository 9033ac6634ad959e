// Builds ChipKG's browser page into the jar's classpath: `node src/main/web/build.mjs OUT_DIR`.
// Installs the npm packages from package-lock.json when node_modules is missing or older than the
// lock file (`npm ci`), then copies the page, YASGUI's bundle and a list of the saved queries into
// OUT_DIR (Maven passes target/classes/web). Nothing is fetched at run time: no CDN.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const out = path.resolve(root, process.argv[2] ?? "target/classes/web");

function fail(message) {
  console.error(`[chipkg web] ${message}`);
  process.exit(1);
}

function installIfStale() {
  const lock = path.join(root, "package-lock.json");
  const installed = path.join(root, "node_modules", ".package-lock.json");
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) {
    return;
  }
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.error) {
    fail(`cannot run npm (${r.error.message}): install Node.js 20+ and npm (Debian: apt-get install nodejs npm)`);
  }
  if (r.status !== 0) fail(`npm ci failed with exit code ${r.status}`);
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

installIfStale();
fs.rmSync(out, { recursive: true, force: true });
const page = path.join(root, "src/main/web");
for (const f of fs.readdirSync(page)) {
  if (f !== "build.mjs") copy(path.join(page, f), path.join(out, f));
}
const yasgui = path.join(root, "node_modules/@zazuko/yasgui/build");
for (const f of ["yasgui.min.js", "yasgui.min.css"]) {
  if (!fs.existsSync(path.join(yasgui, f))) fail(`missing ${f} in node_modules/@zazuko/yasgui`);
  copy(path.join(yasgui, f), path.join(out, "vendor", f));
}
// The gallery's list: the saved queries, in the order analysts ask them.
const order = ["who-runs-what", "chips-and-makers", "figures-with-sources", "well-supported-facts", "conflicts", "explain"];
const saved = fs
  .readdirSync(path.join(root, "src/main/resources/queries"))
  .filter((f) => f.endsWith(".rq"))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
fs.writeFileSync(path.join(out, "queries.json"), JSON.stringify(saved, null, 1) + "\n");
console.log(`[chipkg web] page, YASGUI ${versionOf("@zazuko/yasgui")} and ${saved.length} saved queries in ${path.relative(root, out)}`);

function versionOf(pkg) {
  return JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")).version;
}
