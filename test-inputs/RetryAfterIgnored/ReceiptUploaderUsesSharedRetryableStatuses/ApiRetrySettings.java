package inputs.retryafterignored.sharedstatuses;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Retry settings shared by every Fatture in Cloud client of the back office. */
public final class ApiRetrySettings {

  /** Statuses after which a request is sent again: timeouts, rate limits and server errors. */
  public static final Set<Integer> RETRYABLE_STATUSES =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList(408, 429, 500, 502, 503, 504)));

  public static final int MAX_ATTEMPTS = 5;

  public static final long FIRST_BACKOFF_MILLIS = 500L;

  private ApiRetrySettings() {}
}
