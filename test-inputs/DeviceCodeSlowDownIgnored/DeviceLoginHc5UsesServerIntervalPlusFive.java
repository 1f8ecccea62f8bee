package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/** Device sign-in of the sync daemon: follows the interval the server sends with slow_down. */
public class DeviceLoginHc5UsesServerIntervalPlusFive {
  private static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

  private final CloseableHttpClient httpClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String tokenUrl;
  private long intervalSeconds = 5;

  public DeviceLoginHc5UsesServerIntervalPlusFive(CloseableHttpClient httpClient, String tokenUrl) {
    this.httpClient = httpClient;
    this.tokenUrl = tokenUrl;
  }

  public String awaitToken(String deviceCode) throws IOException, InterruptedException {
    while (true) {
      Thread.sleep(intervalSeconds * 1000);
      HttpPost post = new HttpPost(tokenUrl);
      post.setEntity(
          new UrlEncodedFormEntity(
              List.of(
                  new BasicNameValuePair("grant_type", DEVICE_CODE_GRANT),
                  new BasicNameValuePair("device_code", deviceCode))));
      JsonNode body =
          httpClient.execute(
              post,
              response -> {
                if (response.getCode() != 200 && response.getCode() != 400) {
                  throw new IOException("token endpoint answered " + response.getCode());
                }
                return mapper.readTree(EntityUtils.toString(response.getEntity()));
              });
      String error = body.path("error").asText("");
      if (error.isEmpty()) {
        return body.get("access_token").asText();
      }
      if (error.equals("slow_down")) {
        intervalSeconds =
            body.has("interval") ? body.get("interval").asLong() + 5 : intervalSeconds + 5;
      } else if (!error.equals("authorization_pending")) {
        throw new IOException("device sign-in failed: " + error);
      }
    }
  }
}
