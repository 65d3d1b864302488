package dev.infuse.fhirvalidate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One request line in, one response line out.
 *
 * <pre>
 * in:  {"id": "1", "profile": "http://…/profile-pas-request-bundle", "resource": {…}}
 * out: {"id": "1", "issues": [{"severity", "location", "messageId", "message"}, …]}
 *      {"id": "1", "error": "…"}   when the request line itself is unusable
 * </pre>
 *
 * {@code profile} may be left out or null: the resource is then checked against its base
 * definition and the profiles its meta.profile names.
 */
final class LineProtocol {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          // Keep decimals exactly as sent (1.50 stays 1.50, 0.0000001 is not written 1E-7):
          // FHIR decimals carry their precision, and the validator checks their form.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  private final PasValidator validator;
  private final Log log;

  LineProtocol(PasValidator validator, Log log) {
    this.validator = validator;
    this.log = log;
  }

  String answer(String line) throws JsonProcessingException {
    ObjectNode response = JSON.createObjectNode();
    JsonNode request;
    try {
      request = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(response.putNull("id"), "request line is not JSON");
    }
    if (!request.isObject()) {
      return error(response.putNull("id"), "request is not a JSON object");
    }
    response.set("id", request.get("id"));
    JsonNode resource = request.get("resource");
    JsonNode profile = request.get("profile");
    if (resource == null || !resource.isObject()) {
      response.put("error", "request has no resource object");
    } else if (!isAbsentOrCanonical(profile)) {
      response.put("error", "profile must be a canonical URL");
    } else {
      validate(response, resource, profile == null || profile.isNull() ? null : profile.asText());
    }
    return JSON.writeValueAsString(response);
  }

  private void validate(ObjectNode response, JsonNode resource, String profile)
      throws JsonProcessingException {
    String resourceType = resource.path("resourceType").asText("?");
    long started = System.nanoTime();
    try {
      List<Issue> issues = validator.validate(JSON.writeValueAsString(resource), profile);
      response.set("issues", JSON.valueToTree(issues));
      log.info(
          "validated %s in %d ms: %d issues", resourceType, millisSince(started), issues.size());
    } catch (RuntimeException e) {
      // One resource that trips the validator must not end the process a whole test run shares.
      response.put("error", "validator failed: " + e.getClass().getName());
      log.info("validator failed on %s: %s", resourceType, e.getClass().getName());
    }
  }

  private static boolean isAbsentOrCanonical(JsonNode profile) {
    return profile == null
        || profile.isNull()
        || (profile.isTextual() && !profile.asText().isBlank());
  }

  private static String error(ObjectNode response, String error) throws JsonProcessingException {
    return JSON.writeValueAsString(response.put("error", error));
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
