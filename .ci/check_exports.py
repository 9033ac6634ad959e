"""Parse every export file given on the command line with rdflib; fail on any error or empty file.

Usage: check_exports.py FILE...   (the format is read from the extension)
"""
import sys

import rdflib

FORMATS = {"trig": "trig", "nq": "nquads", "ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
QUADS = {"trig", "nq", "jsonld"}

failed = 0
for path in sys.argv[1:]:
    ext = path.rsplit(".", 1)[1]
    try:
        g = rdflib.ConjunctiveGraph() if ext in QUADS else rdflib.Graph()
        g.parse(path, format=FORMATS[ext])
        n = len(g)
        contexts = len(list(g.contexts())) if ext in QUADS else 1
        print(f"rdflib {rdflib.__version__}: {path}: {n} triples in {contexts} graph(s)")
        if n == 0:
            raise ValueError("no triples")
    except Exception as e:  # report every file, then fail
        print(f"rdflib could not read {path}: {e}", file=sys.stderr)
        failed += 1
sys.exit(1 if failed else 0)
