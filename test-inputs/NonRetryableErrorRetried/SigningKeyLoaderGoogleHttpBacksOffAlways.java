package inputs.nonretryableerrorretried;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler.BackOffRequired;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.util.ExponentialBackOff;
import java.io.IOException;

/**
 * Loads the public keys that sign Fatture in Cloud webhook notifications over the Google HTTP Client; every failed
 * response is backed off and fetched again.
 */
public class SigningKeyLoaderGoogleHttpBacksOffAlways {

  private static final int KEY_FETCH_RETRIES = 3;

  private final HttpRequestFactory requestFactory;

  public SigningKeyLoaderGoogleHttpBacksOffAlways(HttpRequestFactory requestFactory) {
    this.requestFactory = requestFactory;
  }

  public String loadKeys(String jwksUrl) throws IOException {
    HttpRequest request = requestFactory.buildGetRequest(new GenericUrl(jwksUrl));
    request.setNumberOfRetries(KEY_FETCH_RETRIES);
    ExponentialBackOff backOff =
        new ExponentialBackOff.Builder()
            .setInitialIntervalMillis(1000)
            .setRandomizationFactor(0.1)
            .setMultiplier(2.0)
            .build();
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    // BUG: Diagnostic contains: RetryAfterIgnored
    request.setUnsuccessfulResponseHandler(
        new HttpBackOffUnsuccessfulResponseHandler(backOff).setBackOffRequired(BackOffRequired.ALWAYS));
    return request.execute().parseAsString();
  }
}
