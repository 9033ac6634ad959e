"""Query the running endpoint from outside the JVM with SPARQLWrapper, dereference an entity and
read the VoID description with rdflib.

Usage: check_endpoint.py BASE_URL   (e.g. http://localhost:3030)
"""
import sys
import urllib.request

import rdflib
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

base = sys.argv[1].rstrip("/")
sparql = SPARQLWrapper(base + "/kg/sparql")
sparql.setReturnFormat(JSON)
sparql.setQuery(
    "PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    " SELECT ?person ?org WHERE { ?m org:member ?p ; org:organization ?o ."
    " ?p rdfs:label ?person . ?o rdfs:label ?org } ORDER BY ?person ?org"
)
rows = sparql.queryAndConvert()["results"]["bindings"]
print(f"SPARQLWrapper: {len(rows)} memberships, e.g. {rows[0]['person']['value']} / {rows[0]['org']['value']}")
assert rows, "no memberships"

sparql.setQuery("ASK { <https://w3id.org/chipkg/id/amazon> ?p ?o }")
assert sparql.queryAndConvert()["boolean"], "ASK about Amazon is false"

sparql.setReturnFormat(TURTLE)
sparql.setQuery("CONSTRUCT WHERE { <https://w3id.org/chipkg/id/amazon> ?p ?o }")
g = rdflib.Graph().parse(data=sparql.queryAndConvert(), format="turtle")
assert len(g) > 0, "empty CONSTRUCT"

for accept, fmt in [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                    ("application/n-triples", "nt"), ("application/rdf+xml", "xml")]:
    req = urllib.request.Request(base + "/id/amazon", headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.headers["Content-Type"].startswith(accept), r.headers["Content-Type"]
        g = rdflib.Graph().parse(data=r.read(), format=fmt)
    assert (rdflib.URIRef("https://w3id.org/chipkg/id/amazon"), rdflib.RDFS.label, rdflib.Literal("Amazon")) in g
    print(f"dereferenced /id/amazon as {accept}: {len(g)} triples")

with urllib.request.urlopen(base + "/.well-known/void", timeout=30) as r:
    v = rdflib.Graph().parse(data=r.read(), format="turtle")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
triples = list(v.objects(None, VOID.triples))
assert triples and int(triples[0]) > 0, "VoID without void:triples"
print(f"VoID: {int(triples[0])} triples")
