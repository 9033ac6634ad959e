package org.chipkg.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * JSON-LD 1.1 compacted against ChipKG's context ({@code /jsonld/context.jsonld} in the jar, served
 * by the endpoint at {@code /context.jsonld}). The context is written inline so that a reader never
 * needs the network; the document loader refuses every remote context.
 */
public final class JsonLd {
  /** Classpath location of the context. */
  public static final String CONTEXT = "/jsonld/context.jsonld";

  private static final byte[] CONTEXT_BYTES = load();

  private JsonLd() {}

  /** The context document ({@code {"@context": {...}}}) as UTF-8 bytes. */
  public static byte[] context() {
    return CONTEXT_BYTES.clone();
  }

  /** Writes the dataset (default graph and named graphs) as compacted JSON-LD. */
  public static void write(DatasetGraph dsg, OutputStream out) {
    try {
      ByteArrayOutputStream expanded = new ByteArrayOutputStream();
      RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11_PLAIN);
      JsonDocument doc =
          JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8)));
      JsonDocument ctx =
          JsonDocument.of(new StringReader(new String(CONTEXT_BYTES, StandardCharsets.UTF_8)));
      JsonObject compacted =
          com.apicatalog.jsonld.JsonLd.compact(doc, ctx)
              .ordered(true)
              .loader(
                  (url, options) -> {
                    throw new JsonLdError(
                        JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                        "remote JSON-LD documents are never fetched: " + url);
                  })
              .get();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (JsonWriter w =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(buf, StandardCharsets.UTF_8)) {
        w.writeObject(contextFirst(compacted));
      }
      out.write(buf.toByteArray());
      out.write('\n');
    } catch (IOException e) {
      throw new ExportException("cannot write JSON-LD: " + e.getMessage(), e);
    } catch (JsonLdError e) {
      throw new ExportException("cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  /** The same object with {@code @context} as its first member, as people expect to read it. */
  private static JsonObject contextFirst(JsonObject o) {
    if (!o.containsKey("@context")) {
      return o;
    }
    jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("@context", o.get("@context"));
    o.forEach(
        (k, v) -> {
          if (!k.equals("@context")) {
            b.add(k, v);
          }
        });
    return b.build();
  }

  private static byte[] load() {
    try (InputStream in = JsonLd.class.getResourceAsStream(CONTEXT)) {
      if (in == null) {
        throw new ExportException("JSON-LD context missing from classpath: " + CONTEXT);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ExportException("cannot read " + CONTEXT + ": " + e.getMessage(), e);
    }
  }
}
