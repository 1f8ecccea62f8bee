package inputs.nonretryableerrorretried.thrownelsewhere;

/** The ledger could not be reached at all (no answer). */
public class LedgerUnavailableException extends RuntimeException {
  public LedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
