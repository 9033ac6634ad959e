package org.chipkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.chipkg.model.PartialDate;

/** Dates as typed literals of their real precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
final class Dates {
  private Dates() {}

  static Node literal(PartialDate d) {
    XSDDatatype type =
        switch (d.xsdType()) {
          case "gYear" -> XSDDatatype.XSDgYear;
          case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
          default -> XSDDatatype.XSDdate;
        };
    return NodeFactory.createLiteralDT(d.lexical(), type);
  }
}
