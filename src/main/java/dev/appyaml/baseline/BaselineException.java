package dev.appyaml.baseline;

/** A baseline file that cannot be used; the message names the file. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
