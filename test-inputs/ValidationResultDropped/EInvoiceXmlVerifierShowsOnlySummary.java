package inputs.validationresultdropped;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.JSON;
import it.fattureincloud.sdk.api.IssuedEInvoicesApi;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlErrorResponse;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlResponse;

/**
 * Asks Fatture in Cloud to verify the e-invoice XML of a document before it is sent to SDI, and turns the outcome
 * into a line for the back-office dashboard. A failed verification shows only "Validation step 1": the xml_errors
 * that say which tax code or VAT number is wrong are never read.
 */
public class EInvoiceXmlVerifierShowsOnlySummary {

  /** What the dashboard shows for one document. */
  public record VerificationLine(int documentId, boolean ready, String note) {}

  private final IssuedEInvoicesApi eInvoicesApi;
  private final int companyId;

  public EInvoiceXmlVerifierShowsOnlySummary(IssuedEInvoicesApi eInvoicesApi, int companyId) {
    this.eInvoicesApi = eInvoicesApi;
    this.companyId = companyId;
  }

  public VerificationLine verify(int documentId) throws ApiException {
    try {
      VerifyEInvoiceXmlResponse ok = eInvoicesApi.verifyEInvoiceXml(companyId, documentId);
      return new VerificationLine(documentId, ok.getData() != null, "XML ready to be sent");
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      VerifyEInvoiceXmlErrorResponse failure =
          JSON.deserialize(e.getResponseBody(), VerifyEInvoiceXmlErrorResponse.class);
      // BUG: Diagnostic contains: ValidationResultDropped
      String summary = failure.getError().getMessage();
      return new VerificationLine(documentId, false, "XML not valid: " + summary);
    }
  }
}
