package inputs.retryafterignored;

import java.util.Map;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Reads the product price list from Fatture in Cloud through a Spring HTTP interface. Its retry re-sends gateway
 * failures (502, 504) after its own back-off: neither carries Retry-After, and rate limits reach the caller.
 */
@HttpExchange("/c/{companyId}/products")
public interface PriceListExchangeClientRetriesGatewayErrorsOnly {

  @Retryable(includes = {HttpServerErrorException.BadGateway.class, HttpServerErrorException.GatewayTimeout.class},
      maxRetries = 3, delay = 2000, multiplier = 2)
  @GetExchange("/{productId}")
  Map<String, Object> getProduct(@PathVariable int companyId, @PathVariable int productId);
}
