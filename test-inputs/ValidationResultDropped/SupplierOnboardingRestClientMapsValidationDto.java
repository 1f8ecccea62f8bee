package inputs.validationresultdropped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Onboards suppliers into Fatture in Cloud from the procurement portal with Spring's RestClient. A 422 is bound to a
 * DTO that models validation_result, and each field error is handed back to the portal form.
 */
public class SupplierOnboardingRestClientMapsValidationDto {

  /** The API error body: {"error": {"message", "code", "validation_result"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class FicErrorResponse {
    private FicError error;

    public FicError getError() {
      return error;
    }

    public void setError(FicError error) {
      this.error = error;
    }
  }

  /** error.message plus the per-field messages. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class FicError {
    private String message;

    @JsonProperty("validation_result")
    private Map<String, List<String>> validationResult;

    public String getMessage() {
      return message;
    }

    public Map<String, List<String>> getValidationResult() {
      return validationResult;
    }
  }

  /** What the portal form shows. */
  public record OnboardingResult(boolean saved, String banner, Map<String, List<String>> fieldErrors) {}

  private final RestClient restClient;
  private final int companyId;

  public SupplierOnboardingRestClientMapsValidationDto(RestClient restClient, int companyId) {
    this.restClient = restClient;
    this.companyId = companyId;
  }

  public OnboardingResult onboard(Map<String, Object> supplier) {
    try {
      restClient.post()
          .uri("/c/{companyId}/entities/suppliers", companyId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("data", supplier))
          .retrieve()
          .toBodilessEntity();
      return new OnboardingResult(true, "Supplier saved.", Map.of());
    } catch (HttpClientErrorException.UnprocessableContent e) {
      FicError error = e.getResponseBodyAs(FicErrorResponse.class).getError();
      Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
      if (error.getValidationResult() != null) {
        error.getValidationResult().forEach((path, messages) -> fieldErrors.put(path.replace("data.", ""), messages));
      }
      return new OnboardingResult(false, error.getMessage(), fieldErrors);
    }
  }
}
