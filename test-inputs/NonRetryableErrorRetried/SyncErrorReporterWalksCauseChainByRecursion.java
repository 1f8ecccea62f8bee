package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Turns the failures of a nightly invoice sync into lines for the operator's report. Every method here receives an
 * error that already happened and calls itself on the error's cause: recursion over the cause chain, not a re-send.
 */
public class SyncErrorReporterWalksCauseChainByRecursion {

  /** The first Fatture in Cloud error in the cause chain, or null. */
  static ApiException apiErrorIn(Throwable failure) {
    if (failure == null) {
      return null;
    }
    if (failure instanceof ApiException api) {
      return api;
    }
    return apiErrorIn(failure.getCause());
  }

  /** The status of the innermost HTTP error in the chain, 0 when there is none. */
  static int innermostStatus(Throwable failure, int found) {
    if (failure == null) {
      return found;
    }
    int status = failure instanceof RestClientResponseException response ? response.getStatusCode().value() : found;
    if (status == 422 || status == 400) {
      return status;
    }
    return innermostStatus(failure.getCause(), status);
  }

  /** One report line per error in the chain, outermost first. */
  static void describe(Throwable failure, List<String> lines) {
    if (failure instanceof HttpClientErrorException clientError) {
      lines.add(clientError.getStatusCode().value() + " " + clientError.getResponseBodyAsString());
    } else if (failure instanceof ApiException api) {
      lines.add(api.getCode() + " " + api.getResponseBody());
    } else {
      lines.add(String.valueOf(failure));
    }
    if (failure.getCause() != null && failure.getCause() != failure) {
      describe(failure.getCause(), lines);
    }
  }

  public List<String> report(Exception failure) {
    List<String> lines = new ArrayList<>();
    describe(failure, lines);
    ApiException api = apiErrorIn(failure);
    if (api != null && api.getCode() == 401) {
      lines.add("the access token was rejected: re-authorise the sync");
    }
    lines.add("innermost HTTP status: " + innermostStatus(failure, 0));
    return lines;
  }
}
