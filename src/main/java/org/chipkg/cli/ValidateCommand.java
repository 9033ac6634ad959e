package org.chipkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.Validation;
import picocli.CommandLine.Command;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "SHACL-validate the store; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOption store;

  @Override
  public Integer call() {
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store.dir)) {
      ValidationReport r = Validation.validate(ks);
      if (r.conforms()) {
        System.out.println("conforms: no violations");
        return 0;
      }
      ShLib.printReport(System.out, r);
      System.out.println(r.getEntries().size() + " violation(s)");
      return 1;
    }
  }
}
