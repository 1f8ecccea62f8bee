package inputs.retryafterignored;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedEInvoicesApi;
import it.fattureincloud.sdk.model.VerifyEInvoiceXmlResponse;
import java.util.Optional;
import java.util.logging.Logger;

/** Verifies the generated FatturaPA XML before the invoice is released to SDI. */
public class EInvoiceXmlVerifierRepeatsCallOnThrottle {

  private static final Logger LOG = Logger.getLogger("einvoice-verify");
  private static final int HTTP_UNPROCESSABLE = 422;
  private static final int HTTP_TOO_MANY_REQUESTS = 429;

  private final IssuedEInvoicesApi eInvoicesApi;
  private final int companyId;

  public EInvoiceXmlVerifierRepeatsCallOnThrottle(ApiClient apiClient, int companyId) {
    this.eInvoicesApi = new IssuedEInvoicesApi(apiClient);
    this.companyId = companyId;
  }

  /** Returns the validation problems reported by the API, or empty when the XML is valid. */
  public Optional<String> verify(int documentId) throws ApiException {
    try {
      VerifyEInvoiceXmlResponse ok = eInvoicesApi.verifyEInvoiceXml(companyId, documentId);
      LOG.fine("e-invoice " + documentId + " verified: " + ok.getData());
      return Optional.empty();
    } catch (ApiException e) {
      switch (e.getCode()) {
        case HTTP_UNPROCESSABLE:
          return Optional.ofNullable(e.getResponseBody());
        case HTTP_TOO_MANY_REQUESTS:
          LOG.info("verification throttled for document " + documentId + ", trying again");
          // BUG: Diagnostic contains: RetryAfterIgnored
          VerifyEInvoiceXmlResponse retried = eInvoicesApi.verifyEInvoiceXml(companyId, documentId);
          LOG.fine("e-invoice " + documentId + " verified on second try: " + retried.getData());
          return Optional.empty();
        default:
          throw e;
      }
    }
  }
}
