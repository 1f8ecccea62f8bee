package inputs.retryafterignored;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.internal.RetryUtils;

/**
 * Suggests the expense category of a received invoice line by posting it to a classification
 * model through LangChain4j's HTTP client. withRetryMappingExceptions stops on the 4xx that
 * LangChain4j maps to non-retriable exceptions (a bad request, a revoked key), so no permanent error
 * is re-sent; but a 429 or a 503 is re-sent after RetryUtils' own back-off, whatever Retry-After
 * the server asked for.
 */
public class ExpenseCategorizerRetriesMappedFailuresOnOwnBackoff {
  private static final int MAX_RETRIES = 4;

  private final HttpClient httpClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final String baseUrl;
  private final String apiKey;

  public ExpenseCategorizerRetriesMappedFailuresOnOwnBackoff(
      HttpClient httpClient, String baseUrl, String apiKey) {
    this.httpClient = httpClient;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  public String suggestCategory(String lineDescription) throws JsonProcessingException {
    String payload =
        mapper.writeValueAsString(
            mapper.createObjectNode().put("input", lineDescription).put("labels", "expenses"));
    HttpRequest request =
        HttpRequest.builder()
            .method(HttpMethod.POST)
            .url(baseUrl, "/v1/classifications")
            .addHeader("Authorization", "Bearer " + apiKey)
            .addHeader("Content-Type", "application/json")
            .body(payload)
            .build();
    SuccessfulHttpResponse response =
        // BUG: Diagnostic contains: RetryAfterIgnored
        RetryUtils.withRetryMappingExceptions(() -> httpClient.execute(request), MAX_RETRIES);
    JsonNode best = mapper.readTree(response.body()).path("labels").path(0);
    return best.path("name").asText("uncategorised");
  }
}
