package inputs.retryafterignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.net.HttpHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Checks generated UBL invoices against EN 16931 through InvoiceXML before dispatch. */
public class InvoiceXmlValidatorHonoursRetryAfterOnRateLimitCode {

  private static final int MAX_ATTEMPTS = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI validateUri;
  private final String apiKey;

  public InvoiceXmlValidatorHonoursRetryAfterOnRateLimitCode(URI validateUri, String apiKey) {
    this.validateUri = validateUri;
    this.apiKey = apiKey;
  }

  public JsonNode validate(String ublXml) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(validateUri)
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(ublXml))
        .build();

    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        return mapper.readTree(response.body());
      }
      JsonNode problem = mapper.readTree(response.body());
      switch (problem.path("errorCode").asInt()) {
        case 4006 -> {
          Duration wait = parseRetryAfter(response.headers().firstValue(HttpHeaders.RETRY_AFTER), attempt);
          Thread.sleep(wait.toMillis());
        }
        case 4001, 4002 -> throw new IllegalArgumentException("UBL rejected: " + problem.path("errors"));
        case 4007 -> throw new IllegalStateException("InvoiceXML monthly quota reached");
        default -> throw new IOException(problem.path("title").asText() + ": " + problem.path("detail").asText());
      }
    }
    throw new IOException("InvoiceXML still rate limiting after " + MAX_ATTEMPTS + " attempts");
  }

  private static Duration parseRetryAfter(Optional<String> header, int attempt) {
    if (header.isEmpty()) {
      return Duration.ofSeconds(2L * attempt);
    }
    String value = header.get().trim();
    if (value.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
    Duration remaining = Duration.between(ZonedDateTime.now(), until);
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }
}
