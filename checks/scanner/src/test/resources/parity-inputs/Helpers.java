package parityinputs;

import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.*;
import it.fattureincloud.sdk.model.*;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Same-class helpers: overloads, this(...), boolean predicates with parameters, a helper returning Retry-After, helpers that wait, schedule and delayed executors, inner classes. */
public class Helpers {
  private static final Set<Integer> RETRYABLE = Set.of(429, 503);
  private static final String RETRY = "Retry";
  private static final String HEADER = RETRY + "-After";
  private final ClientsApi clients;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final int companyId;

  public Helpers(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Helpers(ApiClient apiClient) {
    this(apiClient, 1);
  }

  private GetClientResponse get(int id) throws ApiException {
    return clients.getClient(companyId, id, null, null);
  }

  private GetClientResponse get(String id) throws ApiException {
    return clients.getClient(companyId, Integer.parseInt(id), null, null);
  }

  private static boolean retryable(int status) {
    return RETRYABLE.contains(status);
  }

  private static boolean permanent(ApiException e) {
    if (e.getCode() == 429) {
      return false;
    }
    return e.getCode() >= 400 && e.getCode() < 500;
  }

  private static long retryAfter(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    List<String> values = headers == null ? null : headers.get(HEADER);
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return values == null ? 1 : Long.parseLong(values.get(0));
  }

  private static void pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  public GetClientResponse overloaded(int id) throws ApiException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return get(id);
      } catch (ApiException e) {
        if (!retryable(e.getCode()) || attempt > 3) {
          throw e;
        }
        // BUG: Diagnostic contains: RetryAfterIgnored
        pause(1000);
      }
    }
  }

  public GetClientResponse honours(String id) throws ApiException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return this.get(id);
      } catch (ApiException e) {
        if (permanent(e) || attempt > 3) {
          throw e;
        }
        pause(retryAfter(e) * 1000);
      }
    }
  }

  public GetClientResponse booleanLocal(int id) throws ApiException, InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return get(id);
      } catch (ApiException e) {
        boolean give = attempt++ > 3;
        boolean notFound = e.getCode() == 404;
        if (give) {
          throw e;
        }
        if (notFound) {
          continue;
        }
        throw e;
      }
    }
  }

  public void scheduled(int id, int attempt) {
    try {
      get(id);
    } catch (ApiException e) {
      if (e.getCode() == 503 && attempt < 3) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        scheduler.schedule(() -> scheduled(id, attempt + 1), 5, TimeUnit.SECONDS);
      }
    }
  }

  public CompletableFuture<GetClientResponse> delayed(int id, int attempt) {
    try {
      return CompletableFuture.completedFuture(get(id));
    } catch (ApiException e) {
      if (e.getCode() != 429) {
        return CompletableFuture.failedFuture(e);
      }
      Executor later = CompletableFuture.delayedExecutor(retryAfter(e), TimeUnit.SECONDS);
      return CompletableFuture.supplyAsync(() -> id, later).thenCompose(i -> delayed(i, attempt + 1));
    }
  }

  public CompletableFuture<GetClientResponse> delayedFixed(int id, int attempt) {
    try {
      return CompletableFuture.completedFuture(get(id));
    } catch (ApiException e) {
      if (e.getCode() != 429) {
        return CompletableFuture.failedFuture(e);
      }
      return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS))
          .thenCompose(v -> delayed(id, attempt + 1));
    }
  }

  class Inner {
    // A member class calls its outer class's methods as its own: the helper's request is re-sent after a 404.
    GetClientResponse outerHelper(int id) throws ApiException {
      try {
        return get(id);
      } catch (ApiException e) {
        if (e.getCode() == 404) {
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          return get(id);
        }
        throw e;
      }
    }
  }
}
