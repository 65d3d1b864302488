package dev.infuse.fhirvalidate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Loads the conformance resources the validator needs beyond R4 core: every FHIR NPM package
 * (.tgz) in one folder (PAS 2.2.1 and US Core 7.0.0, see shared/fixtures/fhir-packages/README.md),
 * plus the stand-in definitions shipped in this module's resources.
 *
 * <p>Unlike the HL7 CLI, this never loads a package's dependencies: that is what keeps it offline.
 */
final class ConformancePackages {
  /** Only these types matter to instance validation; examples and CapabilityStatements do not. */
  private static final String[] TYPES = {"StructureDefinition", "ValueSet", "CodeSystem"};

  /**
   * Definitions the validator needs and the packages we have do not carry (see each file's
   * description). Each one is a stand-in for a package we cannot load offline.
   */
  private static final List<String> STAND_INS =
      List.of("stand-in/StructureDefinition-extension-Claim.encounter.json");

  private ConformancePackages() {}

  /** Every package in {@code folder} plus the stand-ins, in one pre-populated support module. */
  static PrePopulatedValidationSupport load(FhirContext ctx, Path folder, Log log)
      throws IOException {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(ctx);
    IParser parser = ctx.newJsonParser();
    List<Path> tgzs = packageFiles(folder);
    if (tgzs.isEmpty()) {
      throw new IOException("No FHIR packages (*.tgz) in " + folder.toAbsolutePath());
    }
    for (Path tgz : tgzs) {
      NpmPackage npm;
      try (InputStream in = Files.newInputStream(tgz)) {
        npm = NpmPackage.fromPackage(in);
      }
      int count = 0;
      for (String file : npm.listResources(TYPES)) {
        try (InputStream in = npm.load("package", file)) {
          support.addResource(parser.parseResource(in));
          count++;
        }
      }
      log.info("loaded %s#%s: %d definitions", npm.name(), npm.version(), count);
    }
    for (String standIn : STAND_INS) {
      support.addResource(readResource(parser, standIn));
      log.info("loaded stand-in %s", standIn);
    }
    return support;
  }

  private static List<Path> packageFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tgz")).sorted().toList();
    }
  }

  private static IBaseResource readResource(IParser parser, String resource) {
    ClassLoader loader = ConformancePackages.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("Missing class path resource " + resource);
      return parser.parseResource(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
