package dev.infuse.fhirvalidate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar fhir-validate.jar <packages folder>}: loads the FHIR packages in the folder,
 * prints {@code ready} on stdout, then answers each request line on stdin with one response line
 * (see {@link LineProtocol}) until stdin closes. Logs go to stderr.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    // Nothing but protocol lines may reach stdout, whatever a library prints.
    System.setOut(System.err);
    Log log = new Log(System.err);
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      log.info("usage: java -jar fhir-validate.jar <folder with FHIR package .tgz files>");
      System.exit(2);
    }

    long started = System.nanoTime();
    LineProtocol protocol = new LineProtocol(PasValidator.create(Path.of(args[0]), log), log);
    log.info("packages loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    out.println("ready");
    out.flush();

    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int answered = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) continue;
      out.println(protocol.answer(line));
      out.flush();
      answered++;
    }
    log.info("stdin closed after %d requests", answered);
  }
}
