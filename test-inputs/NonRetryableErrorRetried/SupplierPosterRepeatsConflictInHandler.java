package inputs.nonretryable;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Registers suppliers with the purchasing service through its REST API. */
public class SupplierPosterRepeatsConflictInHandler {
  /** The supplier as the purchasing service expects it. */
  public record SupplierPayload(String name, String vatNumber) {}

  private final RestTemplate rest;
  private final String endpoint;

  public SupplierPosterRepeatsConflictInHandler(RestTemplate rest, String endpoint) {
    this.rest = rest;
    this.endpoint = endpoint;
  }

  public String register(SupplierPayload supplier) {
    try {
      return rest.postForObject(endpoint, supplier, String.class);
    } catch (HttpClientErrorException.Conflict e) {
      // A supplier with this VAT number already exists: posting it again conflicts again.
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      return rest.postForObject(endpoint, supplier, String.class);
    }
  }
}
