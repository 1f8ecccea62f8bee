package inputs.nonretryableerrorretried.templatebeanbyname;

import java.util.Map;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Pushes supplier records to the purchasing system. The template is injected by the name of the
 * constructor parameter, as Spring does when several beans have its type.
 */
@Service
public class SupplierPushJob {

  private final RetryTemplate templates;
  private final RestClient purchasing;

  public SupplierPushJob(RetryTemplate supplierRetryTemplate, RestClient purchasing) {
    this.templates = supplierRetryTemplate;
    this.purchasing = purchasing;
  }

  public void push(String supplierId, Map<String, Object> record) {
    templates.execute(
        context ->
            purchasing
                .put()
                .uri("/suppliers/{id}", supplierId)
                .body(record)
                .retrieve()
                .toBodilessEntity());
  }
}
