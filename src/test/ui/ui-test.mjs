// Browser test of the page at / : starts `java -jar target/chipkg.jar serve` on a free port with a
// temporary store and the seeds, drives Debian's Chromium headless with playwright-core, and saves
// screenshots in target/ui-test/. Run after `mvn package`: `node src/test/ui/ui-test.mjs`.
// Environment: CHROMIUM (default /usr/bin/chromium), CHIPKG_JAR (default target/chipkg.jar).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const jar = path.resolve(root, process.env.CHIPKG_JAR ?? "target/chipkg.jar");
const shots = path.join(root, "target", "ui-test");
const STEP_MS = 30_000;

function log(msg) {
  console.log(`[ui-test] ${msg}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(origin, server, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/$/ping`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server not up at ${origin} after ${ms} ms`);
}

function stop(server) {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
  }
}

/** Puts a query in the editor and runs it. */
async function runQuery(page, sparql) {
  await page.evaluate((text) => document.querySelector(".CodeMirror").CodeMirror.setValue(text), sparql);
  await page.click(".yasqe_queryButton");
}

async function run(origin) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    timeout: STEP_MS,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_MS);
    const elsewhere = [];
    const errors = [];
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith("data:")) elsewhere.push(u);
    });
    page.on("pageerror", (e) => errors.push(e.message));

    // The page, with the gallery built from the saved queries.
    await page.goto(`${origin}/`);
    await page.waitForSelector("body[data-ready=true]");
    const gallery = await page.$$eval("#gallery-list li[data-query]", (lis) =>
      lis.map((li) => li.dataset.query),
    );
    assert.deepEqual(gallery, [
      "who-runs-what",
      "chips-and-makers",
      "figures-with-sources",
      "well-supported-facts",
      "conflicts",
      "explain",
    ]);
    const description = await page.textContent("#gallery-list li[data-query=conflicts] p");
    assert.match(description, /Conflicting claims side by side/);
    await page.screenshot({ path: path.join(shots, "01-page.png"), fullPage: true });
    log("page loaded, gallery of 6 saved queries with their descriptions");

    // Prefix completion in the editor offers ChipKG's namespace.
    await page.evaluate(() => {
      const yasqe = document.querySelector(".CodeMirror").CodeMirror;
      yasqe.setValue("PREFIX ck");
      yasqe.setCursor({ line: 0, ch: 9 });
      yasqe.focus();
    });
    await page.keyboard.press("Control+Space");
    const hint = await page.waitForSelector(".CodeMirror-hints");
    assert.match(await hint.textContent(), /ck: <https:\/\/w3id\.org\/chipkg\/ontology#>/);
    await page.keyboard.press("Escape");
    log("prefix completion offers ck: <https://w3id.org/chipkg/ontology#>");

    // An example query loaded from the gallery and run.
    await page.click("#gallery-list li[data-query=who-runs-what] button");
    assert.match(await page.evaluate(() => document.querySelector(".CodeMirror").CodeMirror.getValue()), /org:member/);
    await page.click(".yasqe_queryButton");
    await page.waitForSelector(".yasr table.dataTable tbody tr td");
    const rows = await page.$$eval(".yasr table.dataTable tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent.trim())),
    );
    const text = rows.map((r) => r.join(" | "));
    assert.ok(rows.length >= 5, `who-runs-what rows: ${text.join("\n")}`);
    assert.ok(text.some((r) => /Andy Jassy \| CEO \| Amazon \| 3/.test(r)), text.join("\n"));
    assert.ok(text.some((r) => /Jensen Huang \| Founder \| Nvidia/.test(r)), text.join("\n"));
    await page.locator("#editor").screenshot({ path: path.join(shots, "02-results.png") });
    log(`who-runs-what: ${rows.length} rows, e.g. ${text.find((r) => r.includes("Andy Jassy"))}`);

    // The row number and the first column are apart: the text of each (not just the cells, which
    // never overlap) with a gap between them, and the first column's text under its header.
    const spacing = await page.$$eval(".yasr table.dataTable tbody tr", (trs) => {
      const box = (node) => {
        const r = document.createRange();
        r.selectNodeContents(node);
        return r.getBoundingClientRect();
      };
      const head = box(document.querySelector(".yasr table.dataTable thead th:nth-child(2) .dt-column-title"));
      return trs.map((tr) => {
        const n = box(tr.querySelector("td:first-child > .rowNumber"));
        const first = box(tr.querySelector("td:nth-child(2) > div"));
        return { row: tr.querySelector(".rowNumber").textContent, gap: first.left - n.right, indent: first.left - head.left };
      });
    });
    assert.equal(spacing.length, rows.length);
    for (const { row, gap, indent } of spacing) {
      assert.ok(gap >= 8, `row ${row}: ${gap}px between the row number and the first column`);
      assert.ok(Math.abs(indent) <= 2, `row ${row}: first column ${indent}px off its header`);
    }
    log(`row numbers apart from the first column: gaps ${[...new Set(spacing.map((s) => s.gap))].join(", ")} px`);

    // Entity IRIs in results link to this server; follow one.
    await page.click("#gallery-list li[data-query=chips-and-makers] button");
    await runQuery(
      page,
      "PREFIX ck: <https://w3id.org/chipkg/ontology#>\nSELECT ?chip ?foundry WHERE { ?chip ck:manufacturedBy ?foundry }",
    );
    const link = page.locator(".yasr table.dataTable a.iri", { hasText: "trainium" }).first();
    await link.waitFor();
    const href = await link.getAttribute("href");
    assert.equal(href, `${origin}/id/trainium`);
    // Links to this server's pages open in the same tab; YASR's new tab is kept for the others.
    const targets = await page.$$eval(".yasr table.dataTable a.iri", (as) =>
      as.map((a) => [a.getAttribute("href"), a.getAttribute("target")]),
    );
    assert.ok(targets.length >= 2, JSON.stringify(targets));
    for (const [h, target] of targets) {
      assert.ok(h.startsWith(`${origin}/id/`), h);
      assert.ok(target === null || target === "_self", `${h} opens in target=${target}`);
    }
    const opened = [];
    const onPage = (p) => opened.push(p.url());
    page.context().on("page", onPage);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === href),
      page.waitForURL(href),
      link.click(),
    ]);
    await page.waitForLoadState();
    page.context().off("page", onPage);
    assert.deepEqual(opened, [], "no new tab for a link to this server");
    assert.equal(page.url(), `${origin}/id/trainium`);
    assert.equal(response.status(), 200, "the entity page");
    assert.match(await page.textContent("h1"), /^Trainium$/);
    assert.match(await page.textContent("body"), /manufactured by\s*TSMC/i);
    await page.screenshot({ path: path.join(shots, "03-entity-page.png") });
    log(`result link ${href} followed in the same tab: HTTP 200, the entity page of Trainium`);

    // An external IRI (Wikidata) beside an entity: the entity in the same tab, Wikidata in a new one.
    await page.goto(`${origin}/`);
    await page.waitForSelector("body[data-ready=true]");
    await runQuery(
      page,
      "SELECT ?e ?wd WHERE { VALUES ?e { <https://w3id.org/chipkg/id/nvidia> } ?e <http://www.w3.org/2002/07/owl#sameAs> ?wd }",
    );
    await page.locator(".yasr table.dataTable a.iri[href^='http://www.wikidata.org/']").first().waitFor();
    const [[local, localTarget], [wikidata, wikidataTarget, wikidataRel]] = await page.$$eval(
      ".yasr table.dataTable tbody tr:first-child a.iri",
      (as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("target"), a.getAttribute("rel")]),
    );
    assert.equal(local, `${origin}/id/nvidia`);
    assert.equal(localTarget, null, "a link to this server opens in the same tab");
    assert.match(wikidata, /^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
    assert.equal(wikidataTarget, "_blank", "an external link opens in a new tab");
    assert.equal(wikidataRel, "noopener noreferrer");
    log(`${local} opens in the same tab, ${wikidata} in a new one`);

    // Search by name (label or other name).
    await page.goto(`${origin}/`);
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("#search-input", "aws");
    await page.click("#search-form button");
    await page.waitForSelector("#search-results tbody tr");
    const found = await page.$$eval("#search-results tbody tr td:first-child a", (as) =>
      as.map((a) => [a.textContent, a.href]),
    );
    assert.deepEqual(found, [["Amazon Web Services", `${origin}/id/amazon-web-services`]]);
    await page.fill("#search-input", "trainium");
    await page.click("#search-form button");
    await page.waitForFunction(() => document.querySelectorAll("#search-results tbody tr").length >= 4);
    const chips = await page.$$eval("#search-results tbody tr td:first-child", (tds) => tds.map((t) => t.textContent));
    for (const c of ["Trainium", "Trainium2", "Trainium3", "Trainium4"]) assert.ok(chips.includes(c), chips.join(", "));
    await page.locator("#search").screenshot({ path: path.join(shots, "04-search.png") });
    log(`search "aws" -> Amazon Web Services (other name); "trainium" -> ${chips.join(", ")}`);

    // The chart of revenue run rates, with the approximation shown.
    const bars = await page.$$eval("#chart-view svg .bar", (rs) => rs.length);
    const labels = await page.$$eval("#chart-view svg text.value", (ts) => ts.map((t) => t.textContent));
    assert.ok(bars >= 3, `bars: ${bars}`);
    assert.ok(labels.includes("$326 bn"), labels.join(", "));
    assert.ok(labels.some((l) => l.startsWith("≥ $20 bn")), labels.join(", "));
    assert.ok(labels.some((l) => l.startsWith("≈ $50 bn")), labels.join(", "));
    await page.locator("#chart").screenshot({ path: path.join(shots, "05-chart.png") });
    log(`chart RevenueRunRate: ${labels.join("; ")}`);

    // The neighbourhood of an entity picked from the search results.
    await page.click("#search-results tbody tr:has(td:first-child a:text-is('Trainium')) button");
    await page.waitForSelector("#network-view svg[aria-label='Neighbourhood of Trainium']");
    const near = await page.$$eval("#network-view .node:not(.center) text", (ts) => ts.map((t) => t.textContent));
    for (const n of ["TSMC", "Amazon Web Services", "Trainium2"]) assert.ok(near.includes(n), near.join(", "));
    await page.locator("#network").screenshot({ path: path.join(shots, "06-network.png") });
    await page.click("#network-view .node[data-iri$='/id/tsmc'] circle");
    await page.waitForSelector("#network-view svg[aria-label='Neighbourhood of TSMC']");
    log(`neighbourhood of Trainium: ${near.join(", ")}; clicking TSMC recentres`);
    await page.click("#gallery-list li[data-query=explain] button");
    const explain = await page.evaluate(() => document.querySelector(".CodeMirror").CodeMirror.getValue());
    assert.match(explain, /VALUES \?entity \{ <https:\/\/w3id\.org\/chipkg\/id\/tsmc> \}/);
    await page.click(".yasqe_queryButton");
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".yasr table.dataTable tbody td")].some((td) =>
        td.textContent.includes("manufacturedBy"),
      ),
    );
    log("'Everything about one entity' loads for TSMC, the entity in view, and runs");

    assert.deepEqual(elsewhere, [], "requests that left the server's origin");
    assert.deepEqual(errors, [], "script errors on the page");
    log("no request left the server's origin; no script errors");

    // Without JavaScript the page says where to go instead.
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await nojs.newPage();
    await plain.goto(`${origin}/`);
    assert.match(await plain.textContent(".nojs"), /JavaScript is off/);
    assert.ok(await plain.isVisible("a[href='#endpoint']"));
    assert.ok(await plain.isVisible("#endpoint pre"));
    assert.ok(!(await plain.isVisible("#search-form")), "no dead search form without JavaScript");
    assert.ok(await plain.isVisible("#gallery-list a[href='/queries/conflicts.rq']"));
    assert.ok(await plain.isVisible(".nojs a[href='/browse']"));
    await plain.screenshot({ path: path.join(shots, "07-no-javascript.png"), fullPage: true });
    await nojs.close();
    log("without JavaScript: the notice and the endpoint's usage are shown");
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!fs.existsSync(jar)) throw new Error(`${jar} not found: run mvn -B package first`);
  fs.mkdirSync(shots, { recursive: true });
  const store = fs.mkdtempSync(path.join(os.tmpdir(), "chipkg-ui-"));
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const serverLog = fs.openSync(path.join(shots, "server.log"), "w");
  const server = spawn(
    "java",
    ["-jar", jar, "serve", "--store", path.join(store, "tdb2"), "--articles", path.join(root, "seeds"), "--port", String(port)],
    { cwd: root, stdio: ["ignore", serverLog, serverLog], detached: true },
  );
  const onSignal = () => {
    stop(server);
    process.exit(130);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const timer = setTimeout(() => {
    console.error("[ui-test] FAILED: over 5 minutes");
    stop(server);
    process.exit(1);
  }, 300_000);
  try {
    await waitForServer(origin, server, 120_000);
    log(`server up at ${origin} (store ${store})`);
    await run(origin);
    log(`PASSED; screenshots in ${path.relative(root, shots)}/`);
  } finally {
    clearTimeout(timer);
    stop(server);
    fs.rmSync(store, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`[ui-test] FAILED: ${err.stack ?? err}`);
  process.exit(1);
});
