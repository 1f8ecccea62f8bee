package inputs.validationresultdropped;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.math.BigDecimal;

/**
 * Creates invoices with an instalment plan. When Fatture in Cloud refuses them because the payments do not add up
 * to the amount due, the totals it computed (extra.totals) are read and reported with the difference, so the plan
 * can be fixed without calling the totals endpoint again. Other 422s report their validation_result.
 */
public class PaymentsTotalsReconcilerReadsExtraTotals {

  /** The invoice's payments and its amount due disagree; carries Fatture in Cloud's own figures. */
  public static class TotalsMismatchException extends RuntimeException {
    public TotalsMismatchException(String message, BigDecimal amountDue, BigDecimal paymentsSum) {
      super(message + " amount_due=" + amountDue + ", payments_sum=" + paymentsSum
          + ", difference=" + amountDue.subtract(paymentsSum));
    }
  }

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final int companyId;

  public PaymentsTotalsReconcilerReadsExtraTotals(IssuedDocumentsApi issuedDocumentsApi, int companyId) {
    this.issuedDocumentsApi = issuedDocumentsApi;
    this.companyId = companyId;
  }

  public IssuedDocument createWithInstalments(IssuedDocument invoice) throws ApiException {
    try {
      return issuedDocumentsApi
          .createIssuedDocument(companyId, new CreateIssuedDocumentRequest().data(invoice))
          .getData();
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      JsonObject body = JsonParser.parseString(e.getResponseBody()).getAsJsonObject();
      String message = body.getAsJsonObject("error").get("message").getAsString();
      if (body.has("extra") && body.getAsJsonObject("extra").has("totals")) {
        JsonObject totals = body.getAsJsonObject("extra").getAsJsonObject("totals");
        throw new TotalsMismatchException(message,
            totals.get("amount_due").getAsBigDecimal(), totals.get("payments_sum").getAsBigDecimal());
      }
      JsonObject validation = body.getAsJsonObject("error").getAsJsonObject("validation_result");
      throw new IllegalArgumentException(message + " " + (validation == null ? "" : validation.toString()));
    }
  }
}
