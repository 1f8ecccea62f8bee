package parityinputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

import static org.springframework.http.HttpStatus.*;

/** Conditions: FIC *WithHttpInfo and *Call, token refresh, "already being executed", quota 403, status sets, error codes in JSON, isSameCodeAs/equals, bare enum case labels, Optional Retry-After, OkHttp isSuccessful. */
public class Conditions {
  private static final List<Integer> TRANSIENT = List.of(429, 500, 502, 503);
  private final ClientsApi clients;
  private final ApiClient apiClient;
  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final RestTemplate rest = new RestTemplate();
  private String token;

  public Conditions(ApiClient apiClient) {
    this.apiClient = apiClient;
    this.clients = new ClientsApi(apiClient);
  }

  private void refreshAccessToken() {
    token = "x";
  }

  public void create(CreateClientRequest request) throws ApiException, InterruptedException {
    boolean refreshed = false;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        clients.createClientWithHttpInfo(1, request);
        return;
      } catch (ApiException e) {
        if (e.getCode() == 401 && !refreshed) {
          refreshAccessToken();
          refreshed = true;
          continue;
        }
        if (e.getCode() == 409 && e.getResponseBody() != null && e.getResponseBody().contains("already being executed")) {
          Thread.sleep(500);
          continue;
        }
        if (e.getCode() == 403 && e.getResponseHeaders() != null && e.getResponseHeaders().containsKey("Retry-After")) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(Long.parseLong(e.getResponseHeaders().get("Retry-After").get(0)) * 1000);
          continue;
        }
        if (TRANSIENT.contains(e.getCode())) {
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          Thread.sleep(1000);
          continue;
        }
        throw e;
      }
    }
  }

  public void callApi(CreateClientRequest request) throws ApiException, IOException {
    Call call = clients.createClientCall(1, request, null);
    for (int i = 0; i < 3; i++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (Response response = call.clone().execute()) {
        String body = response.body().string();
        JsonNode node = mapper.readTree(body);
        int code = Integer.parseInt(node.path("errorCode").asText());
        if (code == 4001) {
          continue;
        }
        return;
      }
    }
  }

  public String statuses() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return rest.getForObject("/x", String.class);
      } catch (RestClientResponseException e) {
        HttpStatusCode status = e.getStatusCode();
        if (status.isSameCodeAs(NOT_FOUND) || HttpStatus.BAD_REQUEST.equals(status)) {
          continue;
        }
        HttpStatus resolved = HttpStatus.resolve(status.value());
        switch (resolved) {
          case TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE -> {
            Optional<String> header = Optional.ofNullable(e.getResponseHeaders().getFirst("Retry-After"));
            if (header.isEmpty()) {
              // BUG: Diagnostic contains: RetryWithoutBackoff
              Thread.sleep(100);
              continue;
            }
            Thread.sleep(Long.parseLong(header.get()));
          }
          default -> throw e;
        }
      }
    }
    return null;
  }

  public String okhttp(Request request) throws IOException {
    for (int i = 0; ; i++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful() && i < 3) {
          continue;
        }
        return response.body().string();
      }
    }
  }
}
