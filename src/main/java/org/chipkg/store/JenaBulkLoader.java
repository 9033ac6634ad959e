package org.chipkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Apache Jena's own TDB2 bulk loader ({@link LoaderFactory#createLoader}, the loader behind {@code
 * tdb2.tdbloader}), as a reference for the benchmarks: loads RDF files into a new TDB2 directory.
 */
public final class JenaBulkLoader {
  private JenaBulkLoader() {}

  /** Loads the files into a new store at {@code dir}; returns the number of quads loaded. */
  public static long load(Path dir, List<Path> files) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    try {
      DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
      loader.startBulk();
      try {
        loader.load(files.stream().map(Path::toString).toList());
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      return loader.countQuads() + loader.countTriples();
    } catch (RuntimeException e) {
      throw new StoreException("bulk load into " + dir + " failed: " + e.getMessage(), e);
    } finally {
      dsg.close();
      TDBInternal.expel(dsg);
    }
  }
}
