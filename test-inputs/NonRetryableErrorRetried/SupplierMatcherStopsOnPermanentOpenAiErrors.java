package inputs.nonretryableerrorretried;

import static dev.langchain4j.internal.RetryUtils.withRetry;

import dev.ai4j.openai4j.OpenAiClient;
import dev.ai4j.openai4j.OpenAiHttpException;
import dev.ai4j.openai4j.chat.ChatCompletionRequest;
import dev.langchain4j.exception.NonRetriableException;

/**
 * Matches the free-text supplier name of a scanned receipt to a registered supplier by asking
 * OpenAI. A rejected request (any 4xx but 408 and 429) is turned into a NonRetriableException,
 * which RetryUtils does not run again: only timeouts, rate limits and server errors are re-sent,
 * on RetryUtils' own back-off (not after Retry-After).
 */
public class SupplierMatcherStopsOnPermanentOpenAiErrors {
  private final OpenAiClient client;

  public SupplierMatcherStopsOnPermanentOpenAiErrors(OpenAiClient client) {
    this.client = client;
  }

  public String registeredSupplier(String scannedName, String knownSuppliers) {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("gpt-4o-mini")
            .addSystemMessage("Answer with the one supplier of this list that is meant: " + knownSuppliers)
            .addUserMessage(scannedName)
            .build();
    // BUG: Diagnostic contains: RetryAfterIgnored
    return withRetry(() -> complete(request), 3);
  }

  private String complete(ChatCompletionRequest request) {
    try {
      return client.chatCompletion(request).execute().content();
    } catch (OpenAiHttpException e) {
      if (e.code() >= 400 && e.code() < 500 && e.code() != 408 && e.code() != 429) {
        throw new NonRetriableException("OpenAI rejected the match request: " + e.getMessage(), e);
      }
      throw e;
    }
  }
}
