package parityinputs;

import java.util.Map;
import org.springframework.http.*;
import org.springframework.web.client.*;

/** Spring nested exception types in catch, multi-catch, instanceof patterns, status objects, a switch over HttpStatus.resolve(...). */
public class SpringNestedTypes {
  private final RestTemplate rest = new RestTemplate();

  public String post(Map<String, Object> body) {
    try {
      return rest.postForObject("/x", body, String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      return rest.postForObject("/x", body, String.class);
    }
  }

  public String postMulti(Map<String, Object> body) throws InterruptedException {
    for (int i = 0; ; i++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return rest.postForObject("/x", body, String.class);
      } catch (HttpClientErrorException.BadRequest | HttpServerErrorException.ServiceUnavailable e) {
        if (i > 3) {
          throw e;
        }
        String retryAfter = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        Thread.sleep(retryAfter == null ? 1000 : Long.parseLong(retryAfter) * 1000);
      }
    }
  }

  public ResponseEntity<String> exchange() throws InterruptedException {
    while (true) {
      ResponseEntity<String> entity = rest.getForEntity("/y", String.class);
      HttpStatusCode code = entity.getStatusCode();
      if (code.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
        Thread.sleep(500);
        continue;
      }
      return entity;
    }
  }

  public String instanceOfPattern(Map<String, Object> body) {
    try {
      return rest.postForObject("/x", body, String.class);
    } catch (RestClientException e) {
      if (e instanceof HttpClientErrorException.NotFound notFound) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return rest.postForObject("/x", body, String.class) + notFound.getStatusText();
      }
      throw e;
    }
  }

  public String switchOnEnum(Map<String, Object> body) throws InterruptedException {
    while (true) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return rest.postForObject("/x", body, String.class);
      } catch (HttpStatusCodeException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        switch (status) {
          case TOO_MANY_REQUESTS:
            // BUG: Diagnostic contains: RetryAfterIgnored
            // BUG: Diagnostic contains: RetryWithoutBackoff
            Thread.sleep(1000);
            break;
          case CONFLICT:
            break;
          default:
            throw e;
        }
      }
    }
  }
}
