package org.chipkg.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.SchemeRouter;

/**
 * Stops the JSON-LD parser (Titanium, inside Jena) from fetching remote or local documents named in
 * a {@code @context}: every {@code http}, {@code https} and {@code file} load fails with {@code
 * LOADING_REMOTE_CONTEXT_FAILED}. It applies to the whole JVM and cannot be undone; ChipKG never
 * needs a remote context (its own JSON-LD output embeds its prefixes).
 */
public final class RemoteContexts {
  private static volatile boolean refused;

  private RemoteContexts() {}

  /** Refuses every remote context load from now on; safe to call more than once. */
  public static synchronized void refuse() {
    if (refused) {
      return;
    }
    DocumentLoader d = SchemeRouter.defaultInstance();
    if (!(d instanceof SchemeRouter router)) {
      throw new IllegalStateException("unexpected JSON-LD document loader " + d.getClass());
    }
    DocumentLoader none =
        (url, options) -> {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
              "remote JSON-LD documents are not fetched: " + url);
        };
    router.set("http", none).set("https", none).set("file", none);
    refused = true;
  }
}
