package com.example.invoicesync;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.CreateIssuedDocumentRequest;
import it.fattureincloud.sdk.model.IssuedDocument;
import java.util.List;

/**
 * Pushes locally created invoices to Fatture in Cloud. Two mistakes a reviewer could easily miss: every failure is
 * retried (a 422 validation error will fail the same way five times), and the wait after a 429 ignores the
 * Retry-After header the API sends.
 */
public final class IssuedDocumentSync {
  private static final int MAX_ATTEMPTS = 5;

  private final IssuedDocumentsApi documents;
  private final int companyId;

  public IssuedDocumentSync(ApiClient client, int companyId) {
    this.documents = new IssuedDocumentsApi(client);
    this.companyId = companyId;
  }

  public void pushAll(List<IssuedDocument> invoices) throws InterruptedException {
    for (IssuedDocument invoice : invoices) {
      push(invoice);
    }
  }

  private IssuedDocument push(IssuedDocument invoice) throws InterruptedException {
    CreateIssuedDocumentRequest request = new CreateIssuedDocumentRequest().data(invoice);
    for (int attempt = 1; ; attempt++) {
      try {
        return documents.createIssuedDocument(companyId, request).getData();
      } catch (ApiException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IllegalStateException("giving up on invoice " + invoice.getNumeration(), e);
        }
        Thread.sleep(1000L * attempt);
      }
    }
  }
}
