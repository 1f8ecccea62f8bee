package inputs.nonretryableerrorretried;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

/**
 * Fetches the invoicing service's settings from the first configuration server that answers; each
 * server has its own address and credentials, so a refusal by one is no verdict on the next.
 */
public class ConfigFetcherFailsOverToNextServerOnClientError {

  /** One configuration server and the token it accepts. */
  public record ConfigServer(String url, String token) {}

  private final RestTemplate restTemplate = new RestTemplate();
  private final List<ConfigServer> servers;

  public ConfigFetcherFailsOverToNextServerOnClientError(List<ConfigServer> servers) {
    this.servers = List.copyOf(servers);
  }

  public String fetch(String application) {
    int serverCount = servers.size();
    RuntimeException last = null;
    for (int i = 0; i < serverCount; i++) {
      ConfigServer server = servers.get(i);
      try {
        return restTemplate.getForObject(
            server.url() + "/{app}/default?token={token}", String.class, application, server.token());
      } catch (HttpClientErrorException | HttpServerErrorException e) {
        if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
          return null;
        }
        last = e;
      } catch (ResourceAccessException e) {
        last = e;
      }
    }
    throw last != null ? last : new IllegalStateException("no configuration server configured");
  }
}
