package inputs.devicecodeslowdownignored;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/** Device sign-in for the point-of-sale terminal, over OkHttp. */
public class DeviceLoginOkHttpLogsSlowDownOnly {
  private static final Logger LOG = Logger.getLogger("device-login");
  private static final String SLOW_DOWN = "slow_down";

  private final OkHttpClient client = new OkHttpClient();
  private final String tokenUrl;
  private final String clientId;

  public DeviceLoginOkHttpLogsSlowDownOnly(String tokenUrl, String clientId) {
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
  }

  public String pollForToken(String deviceCode, long intervalSeconds)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 120; attempt++) {
      Request request =
          new Request.Builder()
              .url(tokenUrl)
              .post(
                  new FormBody.Builder()
                      .add("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                      .add("device_code", deviceCode)
                      .add("client_id", clientId)
                      .build())
              .build();
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful() && response.code() != 400) {
          throw new IOException("token endpoint answered " + response.code());
        }
        JSONObject json = new JSONObject(response.body().string());
        if (response.isSuccessful()) {
          return json.getString("access_token");
        }
        String error = json.optString("error");
        if (SLOW_DOWN.equals(error)) {
          LOG.warning("token endpoint asks to slow down");
        } else if (!"authorization_pending".equals(error)) {
          throw new IOException("device login refused: " + error);
        }
      }
      // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
      TimeUnit.SECONDS.sleep(intervalSeconds);
    }
    throw new IOException("gave up waiting for the user to approve the device");
  }
}
