package org.chipkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.OA;
import org.chipkg.vocab.ORG;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/** The prefixes ChipKG writes, so TriG and Turtle output read like the data-model contract. */
public final class Prefixes {
  private Prefixes() {}

  /** Prefix to namespace, for the given IRI base. */
  public static Map<String, String> of(Iris iris) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ck", CK.NS);
    m.put("ckr", iris.base() + "id/");
    m.put("cka", iris.base() + "article/");
    m.put("ckc", iris.base() + "claim/");
    m.put("org", ORG.NS);
    m.put("prov", PROV.NS);
    m.put("schema", SCHEMA.NS);
    m.put("oa", OA.NS);
    m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    m.put("skos", "http://www.w3.org/2004/02/skos/core#");
    m.put("owl", "http://www.w3.org/2002/07/owl#");
    m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.put("wd", "http://www.wikidata.org/entity/");
    m.put("wdt", "http://www.wikidata.org/prop/direct/");
    m.put("foaf", "http://xmlns.com/foaf/0.1/");
    return m;
  }
}
