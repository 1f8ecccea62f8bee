package inputs.validationresultdropped;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.JSON;
import it.fattureincloud.sdk.api.IssuedEInvoicesApi;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlErrorResponse;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlErrorResponseErrorValidationResult;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlErrorResponseExtra;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the e-invoice XML of a document before it is sent to SDI. A failed check (422) is bound to the SDK's
 * VerifyEInvoiceXmlErrorResponse and every xml_errors entry, plus extra.errors, is listed for the accountant.
 */
public class EInvoiceXmlVerifierReadsXmlErrors {

  /** The result of the pre-flight check of one document. */
  public record XmlCheck(int documentId, boolean ready, String summary, List<String> problems) {}

  private final IssuedEInvoicesApi eInvoicesApi;
  private final int companyId;

  public EInvoiceXmlVerifierReadsXmlErrors(IssuedEInvoicesApi eInvoicesApi, int companyId) {
    this.eInvoicesApi = eInvoicesApi;
    this.companyId = companyId;
  }

  public XmlCheck check(int documentId) throws ApiException {
    try {
      eInvoicesApi.verifyEInvoiceXml(companyId, documentId);
      return new XmlCheck(documentId, true, "XML valid", List.of());
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      VerifyEInvoiceXmlErrorResponse failure =
          JSON.getGson().fromJson(e.getResponseBody(), VerifyEInvoiceXmlErrorResponse.class);
      List<String> problems = new ArrayList<>();
      VerifyEInvoiceXmlErrorResponseErrorValidationResult validation = failure.getError().getValidationResult();
      if (validation != null && validation.getXmlErrors() != null) {
        problems.addAll(validation.getXmlErrors());
      }
      VerifyEInvoiceXmlErrorResponseExtra extra = failure.getExtra();
      if (extra != null && extra.getErrors() != null) {
        problems.addAll(extra.getErrors());
      }
      return new XmlCheck(documentId, false, failure.getError().getMessage(), problems);
    }
  }
}
