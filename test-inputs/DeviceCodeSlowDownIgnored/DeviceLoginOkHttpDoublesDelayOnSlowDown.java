package inputs.devicecodeslowdownignored;

import java.io.IOException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/** Device sign-in for the e-invoice printer agent; backs off harder than RFC 8628 asks. */
public class DeviceLoginOkHttpDoublesDelayOnSlowDown {
  private final OkHttpClient client;
  private final String tokenUrl;

  public DeviceLoginOkHttpDoublesDelayOnSlowDown(OkHttpClient client, String tokenUrl) {
    this.client = client;
    this.tokenUrl = tokenUrl;
  }

  public String pollForToken(String deviceCode, Duration interval)
      throws IOException, InterruptedException {
    Duration delay = interval;
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .post(
                new FormBody.Builder()
                    .add("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                    .add("device_code", deviceCode)
                    .build())
            .build();
    do {
      Thread.sleep(delay.toMillis());
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful() && response.code() != 400) {
          throw new IOException("token endpoint answered " + response.code());
        }
        JSONObject json = new JSONObject(response.body().string());
        if (response.isSuccessful()) {
          return json.getString("access_token");
        }
        switch (json.optString("error")) {
          case "authorization_pending" -> {}
          case "slow_down" -> delay = delay.multipliedBy(2);
          default -> throw new IOException("device sign-in failed: " + json.optString("error"));
        }
      }
    } while (true);
  }
}
