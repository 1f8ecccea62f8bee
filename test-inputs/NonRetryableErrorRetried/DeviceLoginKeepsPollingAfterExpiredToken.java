package inputs.nonretryableerrorretried;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Connects the warehouse scanner to Fatture in Cloud by polling the token endpoint for a device. */
public class DeviceLoginKeepsPollingAfterExpiredToken {

  private final OkHttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String tokenUrl;
  private final String clientId;

  public DeviceLoginKeepsPollingAfterExpiredToken(OkHttpClient http, String tokenUrl, String clientId) {
    this.http = http;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
  }

  public String awaitAccessToken(String deviceCode) throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .post(
                new FormBody.Builder()
                    .add("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                    .add("client_id", clientId)
                    .add("device_code", deviceCode)
                    .build())
            .build();
    for (int poll = 0; poll < 120; poll++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return mapper.readTree(response.body().string()).path("access_token").asText();
        }
        if (response.code() == 400) {
          JsonNode body = mapper.readTree(response.body().string());
          if ("access_denied".equals(body.path("error").asText())) {
            throw new IOException("the user refused access: " + body);
          }
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(5_000L);
    }
    throw new IOException("device login timed out");
  }
}
