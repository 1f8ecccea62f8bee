package inputs.retryafterignored.retryablelocal;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Copies receipts to the accountant's document portal, once: a failed copy is picked up by the
 * nightly reconciliation. Not an archive (it does not implement ReceiptArchive), so the archive's
 * retry does not apply to it.
 */
public class RemoteReceiptMirror {

  private final RestClient portal;

  public RemoteReceiptMirror(RestClient portal) {
    this.portal = portal;
  }

  public void store(String invoiceId, byte[] pdf) {
    portal
        .put()
        .uri("/documents/receipts/{id}", invoiceId)
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf)
        .retrieve()
        .toBodilessEntity();
  }
}
