package inputs.retryafterignored.policybean;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.retry.RetryOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Sends issued invoices to the tax authority's exchange system. */
@Component
public class InvoiceExporter {

  @Autowired
  @Qualifier("exportRetry")
  private RetryOperations retry;

  @Autowired private RestTemplate exchange;

  public void export(String invoiceId, String xml) {
    retry.execute(
        context -> {
          exchange.put("/exchange/invoices/{id}", xml, invoiceId);
          return null;
        });
  }
}
