package inputs.retryafterignored.templatebean;

import java.util.Map;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/** Pushes confirmed orders to the fulfilment partner, with the shared retry template. */
@Service
public class OrderSyncService {

  private final RetryTemplate retryTemplate;
  private final RestTemplate partnerApi;

  public OrderSyncService(RetryTemplate retryTemplate, RestTemplate partnerApi) {
    this.retryTemplate = retryTemplate;
    this.partnerApi = partnerApi;
  }

  public String push(String orderId, Map<String, Object> order) {
    return retryTemplate.execute(
        context -> partnerApi.postForObject("/v1/orders/{id}", order, String.class, orderId));
  }
}
