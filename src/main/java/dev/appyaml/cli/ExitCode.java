package dev.appyaml.cli;

/** The documented exit codes. */
public final class ExitCode {

  /** No finding at the failing severity. */
  public static final int OK = 0;
  /** At least one finding at the failing severity (error, by default). */
  public static final int FINDINGS = 1;
  /** Bad usage or an input that could not be read: missing file, directory, bad option. */
  public static final int USAGE_OR_IO = 2;
  /** appyaml itself failed; the message says how to report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
