package inputs.nonretryableerrorretried.rejectionselsewhere;

/** The credit-note service refused the request (a 4xx): sending it again cannot help. */
public class CreditNoteRejectedException extends RuntimeException {
  public CreditNoteRejectedException(int status, String body) {
    super("credit note rejected (" + status + "): " + body);
  }
}
