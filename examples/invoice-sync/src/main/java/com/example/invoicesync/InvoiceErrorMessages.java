package com.example.invoicesync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;

/**
 * Turns Fatture in Cloud errors into messages for the back office. It keeps the headline of a 422 and loses the
 * field-by-field validation result, and it expects every 401 to be an API error although some come in the OAuth
 * format.
 */
public final class InvoiceErrorMessages {
  private final ObjectMapper mapper = new ObjectMapper();

  public String describe(ApiException e) throws JsonProcessingException {
    JsonNode body = mapper.readTree(e.getResponseBody());
    if (e.getCode() == 422) {
      return "The invoice was rejected: " + body.path("error").path("message").asText();
    }
    if (e.getCode() == 401) {
      return "Please sign in again: " + body.path("error").path("message").asText();
    }
    return "Fatture in Cloud error " + e.getCode() + ": " + e.getResponseBody();
  }
}
