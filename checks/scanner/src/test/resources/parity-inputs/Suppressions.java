package parityinputs;

import java.util.Map;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@SuppressWarnings("NonRetryableErrorRetried")
/** @SuppressWarnings on the class, a field, an enclosing method, a local variable; string arrays and value=; lambdas in methods, in field initializers and in initializer blocks, each a unit of its own. */
public class Suppressions {
  private final RestTemplate rest = new RestTemplate();

  private final Runnable field = new Runnable() {
    @Override
    public void run() {
      try {
        rest.postForObject("/x", Map.of(), String.class);
      } catch (HttpClientErrorException.TooManyRequests e) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        rest.postForObject("/x", Map.of(), String.class);
      }
    }
  };

  @SuppressWarnings({"unchecked", "RetryAfterIgnored"})
  private final Runnable suppressedField = new Runnable() {
    @Override
    public void run() {
      try {
        rest.postForObject("/x", Map.of(), String.class);
      } catch (HttpClientErrorException.TooManyRequests e) {
        rest.postForObject("/x", Map.of(), String.class);
      }
    }
  };

  public String conflict() {
    try {
      return rest.postForObject("/x", Map.of(), String.class);
    } catch (HttpClientErrorException.Conflict e) {
      return rest.postForObject("/x", Map.of(), String.class);
    }
  }

  @SuppressWarnings(value = "RetryAfterIgnored")
  public void enclosing() {
    Runnable local = new Runnable() {
      @Override
      public void run() {
        try {
          rest.postForObject("/x", Map.of(), String.class);
        } catch (HttpClientErrorException.TooManyRequests e) {
          rest.postForObject("/x", Map.of(), String.class);
        }
      }
    };
    local.run();
  }

  public void localVariable() {
    @SuppressWarnings("RetryAfterIgnored")
    Runnable local = new Runnable() {
      @Override
      public void run() {
        try {
          rest.postForObject("/x", Map.of(), String.class);
        } catch (HttpClientErrorException.TooManyRequests e) {
          rest.postForObject("/x", Map.of(), String.class);
        }
      }
    };
    local.run();
  }

  public void lambdaUnit() {
    Runnable task = () -> {
      try {
        rest.postForObject("/x", Map.of(), String.class);
      } catch (HttpClientErrorException.TooManyRequests e) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        rest.postForObject("/x", Map.of(), String.class);
      }
    };
    task.run();
  }

  private final Runnable fieldLambda = () -> {
    try {
      rest.postForObject("/x", Map.of(), String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      rest.postForObject("/x", Map.of(), String.class);
    }
  };

  @SuppressWarnings("RetryAfterIgnored")
  private final Runnable suppressedFieldLambda = () -> {
    try {
      rest.postForObject("/x", Map.of(), String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      rest.postForObject("/x", Map.of(), String.class);
    }
  };

  {
    Runnable initializerTask = () -> {
      try {
        rest.postForObject("/x", Map.of(), String.class);
      } catch (HttpClientErrorException.TooManyRequests e) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        rest.postForObject("/x", Map.of(), String.class);
      }
    };
    initializerTask.run();
  }
}
