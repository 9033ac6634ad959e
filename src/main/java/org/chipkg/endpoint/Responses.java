package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chipkg.export.JsonLd;

/**
 * Writes answers with the caching headers of every linked-data route: {@code Vary: Accept}, a
 * strong {@code ETag} (a hash of the body and its media type), {@code Last-Modified}, and 304 for a
 * matching {@code If-None-Match} or {@code If-Modified-Since}.
 */
final class Responses {
  private Responses() {}

  static void send(
      HttpServletRequest req,
      HttpServletResponse resp,
      int status,
      String mediaType,
      byte[] body,
      Instant lastModified)
      throws IOException {
    String etag = "\"" + hash(mediaType, body) + "\"";
    resp.setHeader("Vary", "Accept");
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setHeader("ETag", etag);
    resp.setHeader("Cache-Control", "no-cache");
    if (lastModified != null) {
      resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
    }
    if (status == 200 && notModified(req, etag, lastModified)) {
      resp.setStatus(304);
      return;
    }
    resp.setStatus(status);
    resp.setContentType(mediaType + (mediaType.startsWith("text/") ? "; charset=utf-8" : ""));
    resp.setContentLength(body.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(body);
    }
  }

  static void html(
      HttpServletRequest req, HttpServletResponse resp, int status, String html, Instant modified)
      throws IOException {
    send(req, resp, status, "text/html", html.getBytes(StandardCharsets.UTF_8), modified);
  }

  /** The graph in the chosen RDF representation (JSON-LD compacted with ChipKG's context). */
  static byte[] rdf(Graph g, Representation r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (r) {
      case TURTLE -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
      case NTRIPLES -> RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
      case RDFXML -> RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
      case JSONLD -> {
        DatasetGraph dsg = DatasetGraphFactory.wrap(g);
        JsonLd.write(dsg, out);
      }
      case HTML -> throw new IllegalArgumentException("not an RDF representation: " + r);
    }
    return out.toByteArray();
  }

  private static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
    String inm = req.getHeader("If-None-Match");
    if (inm != null) {
      for (String t : inm.split(",")) {
        String s = t.strip();
        if (s.equals("*") || s.equals(etag) || s.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ims = req.getHeader("If-Modified-Since");
    if (ims != null && lastModified != null) {
      try {
        Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private static String hash(String mediaType, byte[] body) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(mediaType.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(body);
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
