package org.chipkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (ingest, text, extract, rdf, store, endpoint), bench over those, cli on top.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chipkg");

  @Test
  void noCycles() {
    slices().matching("org.chipkg.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingDependsOnCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chipkg.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.chipkg.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyCliWritesToStdout() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chipkg.cli..")
        .should()
        .accessField(System.class, "out")
        .check(CLASSES);
  }

  @Test
  void onlyStoreTouchesTdb2AndOnlyEndpointTouchesFuseki() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chipkg.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.jena.tdb2..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chipkg.endpoint..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.jena.fuseki..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.chipkg.endpoint..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..")
        .check(CLASSES);
  }

  @Test
  void exportDependsOnNeitherEndpointNorStore() {
    noClasses()
        .that()
        .resideInAPackage("org.chipkg.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.chipkg.endpoint..", "org.chipkg.store..", "org.chipkg.cli..")
        .check(CLASSES);
  }

  @Test
  void modelIsFreeOfJena() {
    noClasses()
        .that()
        .resideInAPackage("org.chipkg.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.jena..")
        .check(CLASSES);
  }
}
