// ChipKG's query and browse page: YASGUI for SPARQL, a gallery of saved questions, entity search,
// a chart of figures and a neighbourhood view, all drawn here as plain SVG. Everything it fetches
// comes from this server (no CDN, no third-party lookups).

const BASE = "https://w3id.org/chipkg/";
const ENDPOINT = `${location.origin}/kg/sparql`;
const SVG = "http://www.w3.org/2000/svg";
const PREFIXES = {
  ck: "https://w3id.org/chipkg/ontology#",
  ckr: `${BASE}id/`,
  cka: `${BASE}article/`,
  ckc: `${BASE}claim/`,
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  schema: "https://schema.org/",
  oa: "http://www.w3.org/ns/oa#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  wd: "http://www.wikidata.org/entity/",
  wdt: "http://www.wikidata.org/prop/direct/",
};
const HEADER = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join("\n");

/** An IRI under the ChipKG base as a link on this server: .../id/amazon -> /id/amazon. */
export function localHref(iri) {
  return iri.startsWith(BASE) ? `${location.origin}/${iri.slice(BASE.length)}` : iri;
}

/** Whether a link points at this server (its entity, claim, article, fact and conflict pages). */
export function isLocal(href) {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

const localName = (iri) => iri.replace(/^.*[#/]/, "");
const slugOf = (iri) => iri.slice(`${BASE}id/`.length);
const literal = (s) => `"${String(s).replace(/[\\"]/g, "\\$&").replace(/[\r\n]/g, " ")}"`;

/** Runs a SELECT against the endpoint; resolves to the bindings, each a map of plain values. */
async function select(query) {
  const resp = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/sparql-results+json",
    },
    body: new URLSearchParams({ query: `${HEADER}\n${query}` }),
  });
  if (!resp.ok) throw new Error(`${resp.status} ${await resp.text()}`);
  const json = await resp.json();
  return json.results.bindings.map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
  );
}

function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith("svg:")
    ? document.createElementNS(SVG, tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function showError(target, err) {
  target.replaceChildren(el("p", { class: "error", text: `Could not ask the endpoint: ${err.message}` }));
}

// ---------------------------------------------------------------- the editor (YASGUI)

let yasgui;
const PLAIN_TYPES = ["integer", "decimal", "double", "date", "gYear", "gYearMonth", "dateTime"];

function setUpEditor() {
  const Y = window.Yasgui;
  // Prefix completion from the bundled list plus ChipKG's own namespaces; no class or property
  // completion, which would call Linked Open Vocabularies on the internet.
  const bundled = Y.Yasqe.Autocompleters.prefixes;
  const ours = Object.entries(PREFIXES).map(([p, iri]) => `${p}: <${iri}>`);
  Y.Yasqe.forkAutocompleter(
    "prefixes",
    {
      name: "chipkg-prefixes",
      get: (yasqe) =>
        bundled.get(yasqe).then((all) => [
          ...ours,
          ...all.filter((s) => !(s.split(":")[0] in PREFIXES)),
        ]),
    },
    false,
  );
  Y.Yasqe.defaults.autocompleters = ["chipkg-prefixes", "variables"];
  Y.Yasqe.defaults.prefixCcApi = null;
  Y.Yasqe.defaults.value = `PREFIX ck: <${PREFIXES.ck}>
PREFIX rdfs: <${PREFIXES.rdfs}>
# Every chip and who develops it; pick an example question above for more.
SELECT ?chip ?developer WHERE {
  ?c a ck:Chip ; rdfs:label ?chip .
  OPTIONAL { ?c ck:developedBy/rdfs:label ?developer }
}
ORDER BY ?chip ?developer
`;
  // Entity IRIs in the results table link to this server's pages, opened in the same tab; other
  // IRIs (Wikidata, vocabularies) keep YASR's new tab. YASR's sanitizer puts target=_blank on every
  // link it writes (whatever openIriInNewWindow says), so the link is rewritten after it.
  const table = Y.Yasr.plugins.table;
  const link = table.prototype.getUriLinkFromBinding;
  table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
    const html = document.createElement("template");
    html.innerHTML = link.call(this, binding, prefixes);
    for (const a of html.content.querySelectorAll("a[href]")) {
      const href = localHref(a.getAttribute("href"));
      a.setAttribute("href", href);
      if (isLocal(href)) {
        a.removeAttribute("target");
        a.removeAttribute("rel");
      }
    }
    return html.innerHTML;
  };
  // Numbers and dates read as numbers and dates, without their ^^xsd: datatype.
  const formatLiteral = table.prototype.formatLiteral;
  table.prototype.formatLiteral = function (binding, prefixes) {
    const plain = PLAIN_TYPES.includes(binding.datatype?.replace(PREFIXES.xsd, ""));
    return formatLiteral.call(this, plain ? { type: binding.type, value: binding.value } : binding, prefixes);
  };
  yasgui = new Y(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {
      getData: () => [{ endpoint: ENDPOINT }],
      keys: [],
      renderItem: (data, source) => {
        source.textContent = data.value.endpoint;
      },
    },
    autofocus: false,
  });
  const tab = yasgui.getTab();
  if (tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
}

function loadQuery(text) {
  const tab = yasgui.getTab();
  tab.setQuery(text);
  document.getElementById("editor").scrollIntoView({ behavior: "smooth" });
  return tab;
}

// ---------------------------------------------------------------- the gallery

/** The leading comment lines of a saved query, joined: its description. */
export function describe(rq) {
  const lines = [];
  for (const line of rq.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ").trim();
}

const TITLES = {
  "who-runs-what": "Who runs which company",
  "chips-and-makers": "Which company designs and which foundry makes each chip",
  "figures-with-sources": "Every figure with its source sentence",
  "well-supported-facts": "Facts stated by three or more articles",
  conflicts: "Conflicting claims",
  explain: "Everything about one entity (the one in the neighbourhood view)",
};

/** A query's VALUES ?entity { <...> } pointed at the entity in the neighbourhood view. */
function forCurrentEntity(rq) {
  return current ? rq.replace(/(VALUES \?entity \{ )<[^>]*>/, `$1<${current}>`) : rq;
}

async function setUpGallery() {
  const list = document.getElementById("gallery-list");
  const names = await (await fetch("/web/queries.json")).json();
  const items = await Promise.all(
    names.map(async (name) => {
      const rq = await (await fetch(`/queries/${name}.rq`)).text();
      return el(
        "li",
        { "data-query": name },
        el("button", {
          type: "button",
          text: TITLES[name] ?? name,
          onclick: () => loadQuery(forCurrentEntity(rq)),
        }),
        el("p", { text: describe(rq) }),
        el("p", {}, el("a", { href: `/queries/${name}.rq`, text: `${name}.rq` })),
      );
    }),
  );
  list.replaceChildren(...items);
}

// ---------------------------------------------------------------- search

async function search(term) {
  return select(`
SELECT ?e (SAMPLE(?label) AS ?name) (GROUP_CONCAT(DISTINCT ?kind; separator=", ") AS ?kinds)
       (GROUP_CONCAT(DISTINCT ?alt; separator=", ") AS ?others)
WHERE {
  ?e rdfs:label|skos:altLabel ?n .
  FILTER(STRSTARTS(STR(?e), STR(ckr:)) && CONTAINS(LCASE(STR(?n)), LCASE(${literal(term)})))
  ?e rdfs:label ?label .
  OPTIONAL { ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(ck:))) BIND(STRAFTER(STR(?t), "#") AS ?kind) }
  OPTIONAL { ?e skos:altLabel ?alt }
}
GROUP BY ?e ORDER BY LCASE(?name) LIMIT 100`);
}

function setUpSearch() {
  const form = document.getElementById("search-form");
  const status = document.getElementById("search-status");
  const table = document.getElementById("search-results");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const term = document.getElementById("search-input").value.trim();
    if (!term) return;
    status.textContent = "Searching…";
    try {
      const rows = await search(term);
      status.textContent = `${rows.length} entit${rows.length === 1 ? "y" : "ies"} named like “${term}”.`;
      table.tBodies[0].replaceChildren(
        ...rows.map((r) =>
          el(
            "tr",
            {},
            el("td", {}, el("a", { href: localHref(r.e), text: r.name })),
            el("td", { text: r.kinds }),
            el("td", { text: r.others }),
            el(
              "td",
              {},
              el("button", {
                type: "button",
                text: "Neighbourhood",
                onclick: () => showNetwork(r.e),
              }),
            ),
          ),
        ),
      );
      table.hidden = rows.length === 0;
    } catch (err) {
      status.textContent = `Search failed: ${err.message}`;
    }
  });
}

// ---------------------------------------------------------------- chart of figures

const APPROX = { Exact: "", Approximately: "≈ ", AtLeast: "≥ ", AtMost: "≤ " };

/** 326000000000 USD -> "$326 bn". */
export function money(value, unit) {
  const v = Number(value);
  const sign = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" }[unit] ?? "";
  const [d, s] =
    Math.abs(v) >= 1e12 ? [1e12, " tn"] : Math.abs(v) >= 1e9 ? [1e9, " bn"] : Math.abs(v) >= 1e6 ? [1e6, " m"] : [1, ""];
  const n = (v / d).toLocaleString("en", { maximumFractionDigits: 1 });
  return sign ? `${sign}${n}${s}` : `${n}${s}${unit ? ` ${unit}` : ""}`;
}

async function setUpChart() {
  const select_ = document.getElementById("chart-measure");
  const rows = await select(`
SELECT ?measure (COUNT(*) AS ?n) WHERE {
  GRAPH ?claim { ?x a ck:Measurement ; ck:measure ?m } BIND(STRAFTER(STR(?m), "#") AS ?measure)
} GROUP BY ?measure ORDER BY DESC(?n)`);
  select_.replaceChildren(
    ...rows.map((r) => el("option", { value: r.measure, text: `${r.measure} (${r.n})` })),
  );
  if (rows.some((r) => r.measure === "RevenueRunRate")) select_.value = "RevenueRunRate";
  select_.addEventListener("change", () => drawChart(select_.value));
  if (rows.length) await drawChart(select_.value);
  else document.getElementById("chart-view").textContent = "No figures in the store yet.";
}

async function drawChart(measure) {
  const view = document.getElementById("chart-view");
  let rows;
  try {
    rows = await select(`
SELECT DISTINCT ?s ?subject ?value ?approximation ?modality ?unit WHERE {
  GRAPH ?claim { ?x a ck:Measurement ; ck:subject ?s ; ck:measure ck:${measure} ; ck:value ?value ;
                    ck:approximation ?a ; ck:modality ?mod . OPTIONAL { ?x ck:unit ?u } }
  ?s rdfs:label ?subject .
  BIND(STRAFTER(STR(?a), "#") AS ?approximation) BIND(STRAFTER(STR(?mod), "#") AS ?modality)
  BIND(STRAFTER(STR(?u), "#") AS ?unit)
} ORDER BY DESC(?value) ?subject`);
  } catch (err) {
    showError(view, err);
    return;
  }
  const bar = 22, gap = 8, left = 170, width = 520, right = 260;
  const max = Math.max(...rows.map((r) => Number(r.value)), 1);
  const svg = el("svg:svg", {
    width: left + width + right,
    height: rows.length * (bar + gap) + 10,
    role: "img",
    "aria-label": `${measure} by entity`,
    class: "chart",
  });
  svg.append(
    el(
      "svg:defs",
      {},
      el(
        "svg:pattern",
        { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        el("svg:rect", { width: 6, height: 6, fill: "#dbe6f3" }),
        el("svg:line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#3a6ea5", "stroke-width": 2 }),
      ),
    ),
  );
  rows.forEach((r, i) => {
    const y = 5 + i * (bar + gap);
    const w = Math.max(2, (Number(r.value) / max) * width);
    const label = `${APPROX[r.approximation] ?? ""}${money(r.value, r.unit)}${r.modality === "Actual" ? "" : ` (${r.modality.toLowerCase()})`}`;
    const a = el("svg:a", { href: localHref(r.s) }, el("svg:text", { x: left - 8, y: y + 15, "text-anchor": "end", text: r.subject }));
    svg.append(
      a,
      el(
        "svg:rect",
        { class: `bar${r.modality === "Actual" ? "" : " projected"}`, x: left, y, width: w, height: bar },
        el("svg:title", { text: `${r.subject}: ${label} (${r.approximation})` }),
      ),
      el("svg:text", { x: left + w + 6, y: y + 15, text: label, class: "value" }),
    );
  });
  view.replaceChildren(rows.length ? svg : el("p", { text: `No ${measure} figures.` }));
}

// ---------------------------------------------------------------- neighbourhood network

async function neighbours(iri) {
  return select(`
SELECT ?o ?label ?p ?dir WHERE {
  VALUES ?e { <${iri}> }
  {
    { ?e ?rel ?o . BIND("out" AS ?dir) } UNION { ?o ?rel ?e . BIND("in" AS ?dir) }
    FILTER(STRSTARTS(STR(?rel), STR(ck:)))
    BIND(STRAFTER(STR(?rel), "#") AS ?p)
  } UNION {
    { ?m org:member ?e ; org:organization ?o . BIND("out" AS ?dir) }
    UNION { ?m org:organization ?e ; org:member ?o . BIND("in" AS ?dir) }
    ?m org:role ?r . BIND(STRAFTER(STR(?r), "#") AS ?p)
  }
  FILTER(isIRI(?o) && STRSTARTS(STR(?o), STR(ckr:)) && ?o != ?e)
  ?o rdfs:label ?label .
}`);
}

async function resolveEntity(text) {
  const t = text.trim();
  if (t.startsWith("http")) return t;
  const hits = await search(t);
  const exact = hits.find((h) => h.name.toLowerCase() === t.toLowerCase() || slugOf(h.e) === t);
  return (exact ?? hits[0])?.e;
}

let current;

async function showNetwork(iri) {
  current = iri;
  const view = document.getElementById("network-view");
  document.getElementById("network-input").value = slugOf(iri);
  document.getElementById("network").scrollIntoView({ behavior: "smooth" });
  let rows, center;
  try {
    [rows, center] = await Promise.all([
      neighbours(iri),
      select(`SELECT ?label WHERE { <${iri}> rdfs:label ?label } LIMIT 1`),
    ]);
  } catch (err) {
    showError(view, err);
    return;
  }
  const nodes = new Map();
  for (const r of rows) {
    const n = nodes.get(r.o) ?? { iri: r.o, label: r.label, rels: new Set() };
    n.rels.add(r.dir === "out" ? `${r.p} →` : `← ${r.p}`);
    nodes.set(r.o, n);
  }
  const list = [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label)).slice(0, 24);
  const size = 640, cx = size / 2, cy = size / 2 - 10, radius = 230;
  const svg = el("svg:svg", {
    width: size + 160,
    height: size,
    viewBox: `-80 0 ${size + 160} ${size}`,
    role: "img",
    "aria-label": `Neighbourhood of ${center[0]?.label ?? slugOf(iri)}`,
    class: "network",
  });
  const edges = el("svg:g", {});
  const labels = el("svg:g", {});
  const circles = el("svg:g", {});
  const node = (n, x, y, isCenter) =>
    el(
      "svg:g",
      { class: `node${isCenter ? " center" : ""}`, "data-iri": n.iri },
      el("svg:circle", { cx: x, cy: y, r: isCenter ? 14 : 9, onclick: () => showNetwork(n.iri) }),
      el(
        "svg:a",
        { href: localHref(n.iri) },
        el("svg:text", { x, y: y + (isCenter ? 30 : 24), "text-anchor": "middle", text: n.label }),
      ),
    );
  list.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / list.length - Math.PI / 2;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    edges.append(el("svg:line", { class: "edge", x1: cx, y1: cy, x2: x, y2: y }));
    labels.append(
      el("svg:text", {
        class: "edge-label",
        x: cx + (x - cx) * 0.55,
        y: cy + (y - cy) * 0.55 - 3,
        "text-anchor": "middle",
        text: [...n.rels].join(", "),
      }),
    );
    circles.append(node(n, x, y, false));
  });
  circles.append(node({ iri, label: center[0]?.label ?? slugOf(iri) }, cx, cy, true));
  svg.append(edges, labels, circles);
  const more = nodes.size > list.length ? el("p", { class: "muted", text: `Showing ${list.length} of ${nodes.size} neighbours.` }) : null;
  view.replaceChildren(...[list.length ? svg : el("p", { text: "No related entities." }), more].filter(Boolean));
}

function setUpNetwork() {
  document.getElementById("network-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const view = document.getElementById("network-view");
    try {
      const iri = await resolveEntity(document.getElementById("network-input").value);
      if (iri) await showNetwork(iri);
      else view.replaceChildren(el("p", { text: "No entity by that name." }));
    } catch (err) {
      showError(view, err);
    }
  });
}

// ---------------------------------------------------------------- start

async function start() {
  setUpEditor();
  setUpSearch();
  setUpNetwork();
  await Promise.all([
    setUpGallery().catch((err) => showError(document.getElementById("gallery-list"), err)),
    setUpChart().catch((err) => showError(document.getElementById("chart-view"), err)),
    showNetwork(`${BASE}id/trainium`),
  ]);
  document.body.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
