package inputs.validationresultdropped;

import org.springframework.web.client.RestClient;

/**
 * Records warehouse transfers as Fatture in Cloud documents with RestClient's exchange. A 422 is
 * bound to an error record that has no validation_result, so only error.message survives: the user
 * is told "Invalid request." and not which line of the transfer is wrong.
 */
public class WarehouseTransferRestClientBindsErrorKeepsMessage {

  /** The API error body, as far as this client binds it. */
  public record ApiErrorBody(ApiError error) {}

  /** The error object: message only. */
  public record ApiError(String message, String code) {}

  /** The created document, as far as this client binds it. */
  public record CreatedDocument(Document data) {}

  /** A created document. */
  public record Document(int id, String number) {}

  /** A transfer Fatture in Cloud did not record. */
  public static class TransferRejectedException extends RuntimeException {
    public TransferRejectedException(String message) {
      super(message);
    }
  }

  private final RestClient restClient;
  private final int companyId;

  public WarehouseTransferRestClientBindsErrorKeepsMessage(RestClient restClient, int companyId) {
    this.restClient = restClient;
    this.companyId = companyId;
  }

  public Document record(Object transfer) {
    return restClient.post()
        .uri("/c/{companyId}/issued_documents", companyId)
        .body(transfer)
        .exchange((request, response) -> {
          if (response.getStatusCode().value() == 422) {
            ApiErrorBody body = response.bodyTo(ApiErrorBody.class);
            // BUG: Diagnostic contains: ValidationResultDropped
            throw new TransferRejectedException(body.error().message());
          }
          if (response.getStatusCode().isError()) {
            throw response.createException();
          }
          return response.bodyTo(CreatedDocument.class).data();
        });
  }
}
