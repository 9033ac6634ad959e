package org.chipkg.endpoint;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with a result-row cap that the client sees. A SELECT, CONSTRUCT or
 * DESCRIBE without a LIMIT of at most {@code maxRows} gets one, and the answer carries {@value
 * #ROW_CAP}{@code : N}. A SELECT that had more rows than the cap is cut to {@code maxRows} rows and
 * also carries {@value #TRUNCATED}{@code : true} and a {@code Warning: 199} header. SELECT rows are
 * gathered before the first byte is sent (at most {@code maxRows + 1}), so a query that times out
 * is answered 503, never a cut 200.
 */
final class RowCapQuery extends SPARQL_QueryDataset {
  /** Response header: the row cap that was applied to this query. */
  static final String ROW_CAP = "ChipKG-Row-Cap";

  /** Response header: {@code true} when rows were dropped. */
  static final String TRUNCATED = "ChipKG-Truncated";

  private static final String CAPPED = RowCapQuery.class.getName() + ".capped";
  private final long maxRows;

  RowCapQuery(long maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
    Query q = p.getRight();
    boolean cappable = q.isSelectType() || q.isConstructType() || q.isDescribeType();
    if (!cappable || (q.hasLimit() && q.getLimit() <= maxRows)) {
      return p;
    }
    Query capped = q.cloneQuery();
    capped.setLimit(q.isSelectType() ? maxRows + 1 : maxRows);
    action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
    action.setResponseHeader(ROW_CAP, Long.toString(maxRows));
    return Pair.create(p.getLeft(), capped);
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
    QueryExecResult r = super.executeQuery(action, qExec, query, queryStringLog);
    if (!r.isRowSet() || action.getRequest().getAttribute(CAPPED) == null) {
      return r;
    }
    RowSet rows = r.rowSet();
    List<Binding> kept = new ArrayList<>();
    boolean cut = false;
    while (rows.hasNext()) {
      Binding b = rows.next();
      if (kept.size() == maxRows) {
        cut = true;
        break;
      }
      kept.add(b);
    }
    if (cut) {
      action.setResponseHeader(TRUNCATED, "true");
      action.setResponseHeader(
          "Warning", "199 chipkg \"result cut at " + maxRows + " rows (serve --max-rows)\"");
    }
    return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
  }
}
