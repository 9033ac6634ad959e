package org.chipkg.consolidate;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Facts that cannot all hold, found by one rule for one entity.
 *
 * @param rule the rule concept (ck:TwoHolders, ck:IncompatibleStatus, ...)
 * @param focus the entity the clash is about
 * @param qualifier what of the entity clashes (a role, a measure, a relation), or ""
 * @param reason why, in words
 * @param sides each conflicting fact key with the claims that state it
 */
record Conflict(
    Node rule, Node focus, String qualifier, String reason, Map<String, List<StatedFact>> sides) {
  /** Stable identity: the same clash gets the same IRI after every update. */
  String id() {
    return rule.getURI() + "|" + focus.getURI() + "|" + qualifier;
  }
}
