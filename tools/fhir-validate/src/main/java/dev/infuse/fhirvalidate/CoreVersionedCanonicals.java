package dev.infuse.fhirvalidate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.BaseValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Resolves core definitions named with the FHIR version as their canonical version, such as
 * {@code http://hl7.org/fhir/StructureDefinition/Claim|4.0.1}: PAS 2.2.1 names core types that
 * way, and HAPI's built-in R4 definitions carry no such version, so without this each of those
 * references is an error (9 on the official Homecare update bundle).
 *
 * <p>Placed in the chain after the R4 core module it delegates to; it answers only versioned
 * look-ups, so unversioned ones never pass through it twice.
 */
final class CoreVersionedCanonicals extends BaseValidationSupport {
  private static final String R4_VERSION_SUFFIX = "|4.0.1";

  private final IValidationSupport core;

  CoreVersionedCanonicals(FhirContext ctx, IValidationSupport core) {
    super(ctx);
    this.core = core;
  }

  @Override
  public String getName() {
    return "Core definitions named |4.0.1";
  }

  @Override
  public IBaseResource fetchStructureDefinition(String url) {
    return isVersionedCore(url) ? core.fetchStructureDefinition(unversioned(url)) : null;
  }

  @Override
  public IBaseResource fetchValueSet(String url) {
    return isVersionedCore(url) ? core.fetchValueSet(unversioned(url)) : null;
  }

  @Override
  public IBaseResource fetchCodeSystem(String url) {
    return isVersionedCore(url) ? core.fetchCodeSystem(unversioned(url)) : null;
  }

  private static boolean isVersionedCore(String url) {
    return url != null && url.startsWith("http://hl7.org/fhir/") && url.endsWith(R4_VERSION_SUFFIX);
  }

  private static String unversioned(String url) {
    return url.substring(0, url.length() - R4_VERSION_SUFFIX.length());
  }
}
