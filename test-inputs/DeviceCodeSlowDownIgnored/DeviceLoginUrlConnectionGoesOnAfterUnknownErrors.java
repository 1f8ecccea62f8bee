package inputs.devicecodeslowdownignored;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.json.JSONObject;

/** Device sign-in of the legacy desktop client, over HttpURLConnection. */
public class DeviceLoginUrlConnectionGoesOnAfterUnknownErrors {
  private final URL tokenUrl;
  private final String clientId;

  public DeviceLoginUrlConnectionGoesOnAfterUnknownErrors(URL tokenUrl, String clientId) {
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
  }

  public String poll(String deviceCode, int interval) throws IOException, InterruptedException {
    String form =
        "grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id="
            + clientId
            + "&device_code="
            + deviceCode;
    while (true) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpURLConnection connection = (HttpURLConnection) tokenUrl.openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(form.getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      if (status != 200 && status != 400) {
        throw new IOException("token endpoint answered " + status);
      }
      InputStream stream = status == 200 ? connection.getInputStream() : connection.getErrorStream();
      JSONObject json = new JSONObject(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
      if (status == 200) {
        return json.getString("access_token");
      }
      String error = json.optString("error");
      if ("authorization_pending".equals(error)) {
        System.out.println("Waiting for approval...");
      } else if ("access_denied".equals(error) || "expired_token".equals(error)) {
        throw new IOException("sign-in cancelled: " + error);
      }
      // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
      Thread.sleep(interval * 1000L);
    }
  }
}
