package inputs.nonretryableerrorretried;

import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * OkHttp authenticator of the document archive client for Fatture in Cloud: on a 401 it hands OkHttp the very same
 * request back, with the same expired token, so OkHttp re-sends it (up to its follow-up limit) and every attempt
 * fails the same way.
 */
public class ArchiveOkHttpAuthenticatorResendsSameCredentials implements Authenticator {

  private static final int MAX_CHALLENGES = 3;

  @Override
  public Request authenticate(Route route, Response response) {
    if (challenges(response) >= MAX_CHALLENGES) {
      return null;
    }
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    return response.request().newBuilder().build();
  }

  private static int challenges(Response response) {
    int count = 1;
    for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
      count++;
    }
    return count;
  }
}
