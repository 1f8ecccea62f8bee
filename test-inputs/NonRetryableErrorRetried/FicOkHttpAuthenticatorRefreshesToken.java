package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * OkHttp authenticator of the Fatture in Cloud client: a 401 is answered once with a freshly refreshed OAuth access
 * token; a second 401 in a row gives up, so the caller sees it.
 */
public class FicOkHttpAuthenticatorRefreshesToken implements Authenticator {

  private final Supplier<String> tokenRefresher;

  public FicOkHttpAuthenticatorRefreshesToken(Supplier<String> tokenRefresher) {
    this.tokenRefresher = tokenRefresher;
  }

  @Override
  public Request authenticate(Route route, Response response) throws IOException {
    if (response.priorResponse() != null) {
      return null;
    }
    String accessToken = refreshAccessToken();
    return response.request().newBuilder()
        .header("Authorization", "Bearer " + accessToken)
        .build();
  }

  private String refreshAccessToken() {
    return tokenRefresher.get();
  }
}
