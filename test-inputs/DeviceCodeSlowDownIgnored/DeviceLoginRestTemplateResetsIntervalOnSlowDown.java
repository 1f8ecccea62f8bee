package inputs.devicecodeslowdownignored;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Links a warehouse scanner to the company account with the device authorization grant. */
public class DeviceLoginRestTemplateResetsIntervalOnSlowDown {
  private final RestTemplate restTemplate;
  private final String tokenUrl;

  public DeviceLoginRestTemplateResetsIntervalOnSlowDown(RestTemplate restTemplate, String tokenUrl) {
    this.restTemplate = restTemplate;
    this.tokenUrl = tokenUrl;
  }

  /** The device authorization response, as the scanner stored it. */
  public record Authorization(String deviceCode, int interval, int expiresIn) {}

  @SuppressWarnings("unchecked")
  public String link(Authorization authorization) throws InterruptedException {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
    form.add("device_code", authorization.deviceCode());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    HttpEntity<MultiValueMap<String, String>> entity = new HttpEntity<>(form, headers);
    long interval = authorization.interval();
    long deadline = System.currentTimeMillis() + authorization.expiresIn() * 1000L;
    while (System.currentTimeMillis() < deadline) {
      try {
        Map<String, Object> token = restTemplate.postForObject(tokenUrl, entity, Map.class);
        return (String) token.get("access_token");
      } catch (HttpClientErrorException e) {
        if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
          throw e;
        }
        JsonNode error = e.getResponseBodyAs(JsonNode.class);
        String code = error == null ? "" : error.path("error").asText();
        switch (code) {
          case "authorization_pending":
            break;
          case "slow_down":
            interval = authorization.interval();
            break;
          default:
            throw e;
        }
      }
      // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
      Thread.sleep(interval * 1000);
    }
    throw new IllegalStateException("device code expired");
  }
}
