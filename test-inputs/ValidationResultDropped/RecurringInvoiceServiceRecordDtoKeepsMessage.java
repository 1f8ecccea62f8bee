package inputs.validationresultdropped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;

/**
 * Issues the monthly subscription invoices. Error bodies are bound to a small record that models only
 * error.message and error.code, so a 422's validation_result (and the extra.totals of a totals mismatch) cannot even
 * be read: the subscription is parked with the summary message alone.
 */
public class RecurringInvoiceServiceRecordDtoKeepsMessage {

  /** The Fatture in Cloud API error, as this service models it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FicErrorBody(ErrorPart error) {}

  /** error.message and error.code; nothing else. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorPart(String message, String code) {}

  /** A subscription whose invoice could not be issued this month. */
  public static class SubscriptionParkedException extends Exception {
    public SubscriptionParkedException(String subscriptionId, String reason) {
      super("Subscription " + subscriptionId + " parked: " + reason);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public RecurringInvoiceServiceRecordDtoKeepsMessage(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public int issueMonthlyInvoice(String subscriptionId, IssuedDocument invoice)
      throws ApiException, SubscriptionParkedException, JsonProcessingException {
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice))
          .getData()
          .getId();
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      FicErrorBody body = mapper.readValue(e.getResponseBody(), FicErrorBody.class);
      // BUG: Diagnostic contains: ValidationResultDropped
      throw new SubscriptionParkedException(subscriptionId, body.error().message());
    }
  }
}
