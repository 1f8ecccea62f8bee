package inputs.nonretryableerrorretried;

import dev.ai4j.openai4j.OpenAiClient;
import dev.ai4j.openai4j.chat.ChatCompletionRequest;
import dev.ai4j.openai4j.chat.ChatCompletionResponse;
import dev.langchain4j.internal.RetryUtils;
import dev.langchain4j.internal.RetryUtils.RetryPolicy;

/**
 * Pulls the payment terms out of a supplier contract before its invoices are scheduled, by asking
 * OpenAI through openai4j. The policy re-sends after every failure: a request the API rejected as
 * malformed (400), or with a revoked key (401), goes out again unchanged four more times.
 */
public class ContractClauseExtractorRetriesEveryOpenAiFailure {
  private final RetryPolicy policy =
      RetryUtils.retryPolicyBuilder().maxRetries(4).delayMillis(750).backoffExp(2.0).build();
  private final OpenAiClient client;
  private final String model;

  public ContractClauseExtractorRetriesEveryOpenAiFailure(OpenAiClient client, String model) {
    this.client = client;
    this.model = model;
  }

  public String paymentTerms(String contractText) {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(model)
            .addSystemMessage("Quote the payment terms clause of this contract, or answer NONE.")
            .addUserMessage(contractText)
            .build();
    ChatCompletionResponse response =
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        policy.withRetry(() -> client.chatCompletion(request).execute());
    return response.content();
  }
}
