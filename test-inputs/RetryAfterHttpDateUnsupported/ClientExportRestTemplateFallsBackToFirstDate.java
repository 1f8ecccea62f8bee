package inputs.retryafterhttpdateunsupported;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Retry-After as seconds when it is digits, else Spring's own date reading of the header. */
public class ClientExportRestTemplateFallsBackToFirstDate {
  private final RestTemplate restTemplate = new RestTemplate();

  public String export(String url) throws InterruptedException {
    try {
      return restTemplate.getForObject(url, String.class);
    } catch (HttpClientErrorException.TooManyRequests e) {
      HttpHeaders headers = e.getResponseHeaders();
      String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
      long millis;
      if (value == null) {
        millis = 1000L;
      } else if (value.chars().allMatch(Character::isDigit)) {
        millis = Long.parseLong(value) * 1000L;
      } else {
        millis = headers.getFirstDate(HttpHeaders.RETRY_AFTER) - System.currentTimeMillis();
      }
      Thread.sleep(Math.max(0, millis));
      return restTemplate.getForObject(url, String.class);
    }
  }
}
