package dev.faultline.analysis.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a call of a library method means to the analysis: the right-hand column of {@link
 * HttpClientMethods}.
 */
public sealed interface CallMeaning {

  /**
   * A call that sends an HTTP request, and how it reports failures.
   *
   * @param throwingSwitch the name of the client's setter that, given {@code false}, makes the
   *     request return every response instead of throwing for an HTTP error status (Google HTTP
   *     Client's {@code setThrowExceptionOnExecuteError}), or null when there is none
   */
  record Request(
      List<String> thrownTypes, boolean throwsOnHttpError, @Nullable String throwingSwitch)
      implements CallMeaning {
    public Request {
      thrownTypes = List.copyOf(thrownTypes);
    }

    public Request(List<String> thrownTypes, boolean throwsOnHttpError) {
      this(thrownTypes, throwsOnHttpError, null);
    }
  }

  /** A call that returns a response's status. */
  enum StatusRead implements CallMeaning {
    /** As an int. */
    INT,
    /** As a status object (Spring's {@code HttpStatusCode}). */
    OBJECT
  }

  /** A call that tests a response's status. */
  enum StatusTest implements CallMeaning {
    /** A status object's predicate ({@code is4xxClientError()}, {@code isSameCodeAs(other)}). */
    STATUS_OBJECT_PREDICATE,
    /** A response's {@code isSuccessful()}: the status is 2xx. */
    IS_SUCCESSFUL,
    /** A static test of its status argument: {@code HttpStatusCodes.isSuccess(status)}, 2xx. */
    IS_SUCCESS_STATUS
  }

  /** A call that reads the Retry-After header without naming it. */
  enum HeaderRead implements CallMeaning {
    /**
     * The header's value or the time it asks for (JAX-RS's {@code
     * ServiceUnavailableException.getRetryTime(now)}).
     */
    RETRY_AFTER
  }

  /** A call that waits. */
  enum Wait implements CallMeaning {
    /** Every argument is (part of) the delay. */
    SLEEP,
    /** {@code schedule(task, delay, unit)}: waits, then runs the task. */
    SCHEDULE,
    /** {@code delayedExecutor(delay, unit)}: an executor that waits before each task. */
    DELAYED_EXECUTOR
  }

  /** A call that hands its function argument a response. */
  enum StatusHandler implements CallMeaning {
    /** {@code onStatus(predicate, handler)}: the response of a status the predicate accepts. */
    ON_STATUS,
    /** {@code exchange((request, response) -> ...)}: the response of any status. */
    EXCHANGE
  }

  /** A call that logs or prints its arguments. */
  enum Output implements CallMeaning {
    LOG_OR_PRINT
  }

  /** A call whose result is an error body. */
  enum BodySource implements CallMeaning {
    /** The raw body (a string, bytes, a stream). */
    RAW,
    /** The body parsed or bound: the result is the body's root. */
    PARSED
  }
}
