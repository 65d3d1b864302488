package dev.infuse.fhirvalidate;

/**
 * One finding of the validator, as the line protocol sends it.
 *
 * @param severity fatal, error, warning or information
 * @param location FHIRPath-like location, e.g. {@code Bundle.entry[0].resource/*Claim/x*&#47;.use}
 * @param messageId the validator's stable message key (I18nConstants), e.g. {@code
 *     Validation_VAL_Profile_Minimum}; null for a few messages
 * @param message the rendered message
 */
record Issue(String severity, String location, String messageId, String message) {}
