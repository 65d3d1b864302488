package dev.infuse.fhirvalidate;

import java.util.regex.Pattern;

/**
 * What makes two findings the same one. The validator checks a Bundle entry against every profile
 * the Bundle allows for it (a PAS Claim against profile-claim and profile-claim-update) and then
 * against the profile that matched, so one defect comes back up to three times, differing only
 * in the profile the message names. Location and message id alone are not enough, though: a
 * Claim missing both {@code patient} and {@code insurer} gives two {@code
 * Validation_VAL_Profile_Minimum} findings at the same location. So the key is severity, location,
 * message id and the message with the profile names taken out.
 */
final class IssueKey {
  /** "(validating against http://…|2.2.1 [PASClaim])" and "(from http://…|2.2.1)". */
  private static final Pattern PROFILE_SUFFIX =
      Pattern.compile("\\s*\\((validating against|from) [^()]*(\\[[^\\]]*\\])?\\)");

  /** A StructureDefinition canonical, versioned or not, as it appears inside a message. */
  private static final Pattern PROFILE_URL =
      Pattern.compile(
          "https?://[^\\s,;'\"\\]]+/StructureDefinition/[A-Za-z0-9.\\-]+(\\|[A-Za-z0-9.\\-]+)?");

  private IssueKey() {}

  static String of(Issue issue) {
    return String.join(
        "\u0000",
        issue.severity(),
        String.valueOf(issue.location()),
        String.valueOf(issue.messageId()),
        withoutProfileNames(issue.message()));
  }

  static String withoutProfileNames(String message) {
    if (message == null) return "";
    String withoutSuffixes = PROFILE_SUFFIX.matcher(message).replaceAll("");
    return PROFILE_URL.matcher(withoutSuffixes).replaceAll("<profile>");
  }
}
