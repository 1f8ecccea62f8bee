package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import it.fattureincloud.sdk.model.IssuedDocumentType;

/**
 * Issues delivery notes (DDT) when the warehouse ships an order. The raw error body goes into a helper that returns
 * error.message alone, and that text is what the exception carries: the body itself is not passed on, and the
 * validation_result naming the bad item line is dropped.
 */
public class DeliveryNoteIssuerThrowsHelperMessage {

  /** The delivery note was refused by Fatture in Cloud. */
  public static class DeliveryNoteRejectedException extends RuntimeException {
    public DeliveryNoteRejectedException(String shipmentId, String reason) {
      super("Delivery note for shipment " + shipmentId + " rejected: " + reason);
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public DeliveryNoteIssuerThrowsHelperMessage(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public IssuedDocument issue(String shipmentId, IssuedDocument deliveryNote)
      throws ApiException, JsonProcessingException {
    deliveryNote.setType(IssuedDocumentType.DELIVERY_NOTE);
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(deliveryNote))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        // BUG: Diagnostic contains: ValidationResultDropped
        throw new DeliveryNoteRejectedException(shipmentId, validationMessage(e.getResponseBody()));
      }
      throw e;
    }
  }

  private String validationMessage(String responseBody) throws JsonProcessingException {
    return mapper.readTree(responseBody).at("/error/message").asText();
  }
}
