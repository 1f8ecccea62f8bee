package inputs.devicecodeslowdownignored;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Device sign-in of the reporting job: it gives up when told to slow down (so a human can retry
 * later), which wastes the user's approval but never hammers the server.
 */
public class DeviceLoginRestTemplateStopsOnSlowDown {
  private static final String SLOW_DOWN = "slow_down";

  private final RestClient restClient;

  public DeviceLoginRestTemplateStopsOnSlowDown(RestClient restClient) {
    this.restClient = restClient;
  }

  @SuppressWarnings("unchecked")
  public String awaitToken(String deviceCode, long intervalSeconds) throws InterruptedException {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
    form.add("device_code", deviceCode);
    for (int poll = 0; poll < 60; poll++) {
      Thread.sleep(intervalSeconds * 1000);
      try {
        Map<String, Object> token =
            restClient
                .post()
                .uri("/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        return (String) token.get("access_token");
      } catch (HttpClientErrorException e) {
        if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
          throw e;
        }
        Map<String, Object> error = e.getResponseBodyAs(Map.class);
        Object code = error == null ? null : error.get("error");
        if (SLOW_DOWN.equals(code)) {
          throw new IllegalStateException("the server asked to slow down; sign in again later", e);
        }
        if (!"authorization_pending".equals(code)) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("the user did not approve the device in time");
  }
}
