package inputs.devicecodeslowdownignored;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/** Device sign-in of the admin console, blocking on WebClient. */
public class DeviceLoginWebClientPollsWithoutWaiting {
  private final WebClient webClient;

  public DeviceLoginWebClientPollsWithoutWaiting(WebClient webClient) {
    this.webClient = webClient;
  }

  @SuppressWarnings("unchecked")
  public String awaitToken(String clientId, String deviceCode) {
    while (true) {
      ResponseEntity<Map> response =
          webClient
              .post()
              .uri("/oauth/token")
              .contentType(MediaType.APPLICATION_FORM_URLENCODED)
              .body(
                  BodyInserters.fromFormData(
                          "grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                      .with("client_id", clientId)
                      .with("device_code", deviceCode))
              .retrieve()
              .onStatus(HttpStatusCode::isError, clientResponse -> null)
              // BUG: Diagnostic contains: DeviceCodeSlowDownIgnored
              .toEntity(Map.class)
              .block();
      Map<String, Object> body = response.getBody();
      if (body != null && body.containsKey("access_token")) {
        return (String) body.get("access_token");
      }
      Object error = body == null ? null : body.get("error");
      if (!"authorization_pending".equals(error) && !"slow_down".equals(error)) {
        throw new IllegalStateException("device sign-in failed: " + error);
      }
    }
  }
}
