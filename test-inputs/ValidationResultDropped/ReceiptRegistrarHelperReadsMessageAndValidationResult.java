package inputs.validationresultdropped;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceiptsApi;
import it.fattureincloud.sdk.model.CreateReceiptRequest;
import it.fattureincloud.sdk.model.Receipt;
import java.util.StringJoiner;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Registers the daily till receipts of each shop in Fatture in Cloud. A 422 is explained by a helper that reads
 * error.message and every entry of error.validation_result, so the shop manager sees which receipt field is wrong.
 */
public class ReceiptRegistrarHelperReadsMessageAndValidationResult {

  /** A receipt that Fatture in Cloud would not register. */
  public static class ReceiptRejectedException extends RuntimeException {
    public ReceiptRejectedException(String message) {
      super(message);
    }
  }

  private final ReceiptsApi receiptsApi;
  private final int companyId;

  public ReceiptRegistrarHelperReadsMessageAndValidationResult(ReceiptsApi receiptsApi, int companyId) {
    this.receiptsApi = receiptsApi;
    this.companyId = companyId;
  }

  public Receipt register(String shopCode, Receipt receipt) throws ApiException {
    try {
      return receiptsApi.createReceipt(companyId, new CreateReceiptRequest().data(receipt)).getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        String explanation = explain(e.getResponseBody());
        throw new ReceiptRejectedException("Shop " + shopCode + ": " + explanation);
      }
      throw e;
    }
  }

  /** "Invalid request. [data.amount_net: The data.amount net must be a number.]" */
  private static String explain(String responseBody) {
    JSONObject error = new JSONObject(responseBody).getJSONObject("error");
    StringJoiner details = new StringJoiner("; ", " [", "]").setEmptyValue("");
    JSONObject validation = error.optJSONObject("validation_result");
    if (validation != null) {
      for (String field : validation.keySet()) {
        JSONArray messages = validation.getJSONArray(field);
        for (int i = 0; i < messages.length(); i++) {
          details.add(field + ": " + messages.getString(i));
        }
      }
    }
    return error.optString("message", "Invalid request.") + details;
  }
}
