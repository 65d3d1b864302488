package dev.infuse.fhirvalidate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's FHIR R4 instance validator over R4 core, the PAS 2.2.1 / US Core 7.0.0 packages and our
 * stand-ins, with no terminology server: the same engine as the HL7 CLI run with {@code -tx n/a}
 * (shared/docs/fhir-validation.md, recipe A).
 */
final class PasValidator {
  /**
   * The validator's own id for an unknown profile. HAPI reports it only when no profile at all
   * resolves: a Bundle whose meta.profile is known would otherwise be checked against that alone
   * and a misspelt profile in the request would pass unnoticed, so we report it ourselves.
   */
  static final String PROFILE_UNKNOWN = "Validation_VAL_Profile_Unknown";

  private final FhirValidator validator;
  private final IValidationSupport definitions;

  private PasValidator(FhirValidator validator, IValidationSupport definitions) {
    this.validator = validator;
    this.definitions = definitions;
  }

  static PasValidator create(Path packagesFolder, Log log) throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(ctx);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            ConformancePackages.load(ctx, packagesFolder, log),
            core,
            new CoreVersionedCanonicals(ctx, core),
            // UCUM, BCP-47, MIME types, ISO 3166 / 4217, USPS states: checkable offline.
            new CommonCodeSystemsTerminologyService(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new SnapshotGeneratingValidationSupport(ctx),
            unknownCodeSystemsAsWarnings(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    // As the HL7 CLI's -no-extensible-binding-warnings: X12 and NUBC codes in extensible
    // bindings cannot be checked offline, and a warning on each says nothing new.
    module.setNoExtensibleWarnings(true);
    // As the CLI's -allow-example-urls: the official examples' fullUrls are http://example.org/...
    // (our own bundles use urn:uuid, which this does not touch).
    module.setAllowExamples(true);
    FhirValidator validator = ctx.newValidator().registerValidatorModule(module);
    return new PasValidator(validator, chain);
  }

  /**
   * X12, HCPCS, CPT, ICD-10, NDC, place of service and other code systems no offline source has
   * become warnings instead of errors, as the CLI does with {@code -tx n/a}. The module is
   * deprecated since HAPI 8.6 in favour of a REST-server interceptor, which a standalone
   * validator has no use for; at its default severity it does nothing, hence the explicit WARNING.
   */
  @SuppressWarnings("deprecation")
  private static UnknownCodeSystemWarningValidationSupport unknownCodeSystemsAsWarnings(
      FhirContext ctx) {
    UnknownCodeSystemWarningValidationSupport support =
        new UnknownCodeSystemWarningValidationSupport(ctx);
    support.setNonExistentCodeSystemSeverity(IssueSeverity.WARNING);
    return support;
  }

  /**
   * Validates one resource (JSON) against a profile, or against its base definition when
   * {@code profile} is null. The same finding reported once per candidate profile (a Claim
   * entry is checked against each allowed Claim profile) is kept once.
   */
  List<Issue> validate(String resourceJson, String profile) {
    ValidationOptions options = new ValidationOptions();
    if (profile != null) {
      if (definitions.fetchStructureDefinition(profile) == null) {
        String message = "Profile not loaded in the validator: " + profile;
        return List.of(new Issue("fatal", "(request)", PROFILE_UNKNOWN, message));
      }
      options.addProfile(profile);
    }
    Map<String, Issue> unique = new LinkedHashMap<>();
    for (SingleValidationMessage m :
        validator.validateWithResult(resourceJson, options).getMessages()) {
      Issue issue =
          new Issue(severity(m), m.getLocationString(), m.getMessageId(), m.getMessage());
      unique.putIfAbsent(IssueKey.of(issue), issue);
    }
    return new ArrayList<>(unique.values());
  }

  /** fatal, error, warning or information (FHIR's IssueSeverity codes). */
  private static String severity(SingleValidationMessage message) {
    ResultSeverityEnum severity = message.getSeverity();
    return severity == null ? "information" : severity.getCode().toLowerCase(Locale.ROOT);
  }
}
