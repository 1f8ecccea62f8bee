package inputs.retryafterignored;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.retry.support.RetryTemplate;

/**
 * Pushes orders. The same "try again" exception is raised for a server error and for a dropped connection, so what it
 * stands for is not only a status: the template that retries it is not judged on it.
 */
public class OrderPushRetriesTypeAlsoThrownForConnectionFailures {

  /** Worth another attempt. */
  public static class OrderPushRetryableException extends RuntimeException {
    public OrderPushRetryableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final RetryTemplate PUSH_RETRY = RetryTemplate.builder()
      .maxAttempts(5)
      .retryOn(OrderPushRetryableException.class)
      .exponentialBackoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(20))
      .build();

  private final HttpClient http = HttpClient.newHttpClient();

  public String push(String orderJson) {
    return PUSH_RETRY.execute(context -> send(orderJson));
  }

  private String send(String orderJson) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v1/orders"))
        .POST(HttpRequest.BodyPublishers.ofString(orderJson))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OrderPushRetryableException("connection failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() >= 500) {
      throw new OrderPushRetryableException("server error " + response.statusCode(), null);
    }
    if (response.statusCode() >= 400) {
      throw new IllegalArgumentException("order rejected: " + response.body());
    }
    return response.body();
  }

  /** A push that never reached the server (a proxy timing out) counts as retryable too. */
  public static OrderPushRetryableException timedOut(Throwable cause) {
    return new OrderPushRetryableException("timed out", new UncheckedIOException(new IOException(cause)));
  }
}
