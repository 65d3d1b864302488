package dev.infuse.fhirvalidate;

import java.io.PrintStream;

/**
 * The module's own log lines, on stderr: stdout carries only the line protocol. Lines never carry
 * resource content or validation messages (they can quote patient data), only counts and names.
 */
final class Log {
  private final PrintStream err;

  Log(PrintStream err) {
    this.err = err;
  }

  void info(String format, Object... args) {
    err.println("[fhir-validate] " + String.format(format, args));
    err.flush();
  }
}
