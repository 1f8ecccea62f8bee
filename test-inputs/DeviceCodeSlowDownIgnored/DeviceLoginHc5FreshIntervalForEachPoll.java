package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/** Device sign-in for the kiosk, over Apache HttpClient 5. */
public class DeviceLoginHc5FreshIntervalForEachPoll {
  private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";

  private final CloseableHttpClient httpClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String tokenUrl;

  public DeviceLoginHc5FreshIntervalForEachPoll(CloseableHttpClient httpClient, String tokenUrl) {
    this.httpClient = httpClient;
    this.tokenUrl = tokenUrl;
  }

  public String awaitToken(String deviceCode) throws IOException, InterruptedException {
    while (true) {
      long pause = 5;
      HttpPost post = new HttpPost(tokenUrl);
      post.setEntity(
          new UrlEncodedFormEntity(
              List.of(
                  new BasicNameValuePair("grant_type", GRANT_TYPE),
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
      if (body.has("access_token")) {
        return body.get("access_token").asText();
      }
      String error = body.path("error").asText();
      if ("slow_down".equals(error)) {
        pause += 5;
      } else if (!"authorization_pending".equals(error)) {
        throw new IOException("device sign-in failed: " + error);
      }
      // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
      TimeUnit.SECONDS.sleep(pause);
    }
  }
}
