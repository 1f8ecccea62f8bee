package inputs.nonretryableerrorretried.thrownelsewhere;

/** Any error answer of the ledger API, with its status. */
public class LedgerApiException extends RuntimeException {
  private final int status;

  public LedgerApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
