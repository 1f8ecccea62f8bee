package dev.faultline.scanner;

/** A source file that cannot be analysed; the message says why, for the user. */
public final class UnanalyzableSourceException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnanalyzableSourceException(String reason) {
    super(reason);
  }

  public UnanalyzableSourceException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
