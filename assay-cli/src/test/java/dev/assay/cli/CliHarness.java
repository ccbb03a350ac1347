package dev.assay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real CLI in-process and captures its exit code, stdout and stderr. */
public record CliHarness(int exit, String out, String err) {

  public static CliHarness run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliHarness(code, out.toString(), err.toString());
  }
}
