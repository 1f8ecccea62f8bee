package inputs.retryafterignored;

import static dev.langchain4j.internal.RetryUtils.withRetry;

import dev.ai4j.openai4j.OpenAiClient;
import dev.ai4j.openai4j.chat.ChatCompletionModel;
import dev.ai4j.openai4j.chat.ChatCompletionRequest;
import dev.ai4j.openai4j.chat.ChatCompletionResponse;
import java.util.List;

/**
 * Writes the one-line summary shown next to each received invoice, from the free-text notes of its
 * lines, by asking OpenAI through openai4j. LangChain4j's RetryUtils runs the request again after
 * every failure, on its own jittered back-off: a 429 is re-sent before the rate limit lifts, and a
 * 400 or 401 is re-sent unchanged.
 */
public class InvoiceNoteSummarizerRetriesOpenAiWithRetryUtils {
  private final OpenAiClient client;
  private final int maxRetries;

  public InvoiceNoteSummarizerRetriesOpenAiWithRetryUtils(OpenAiClient client, Integer maxRetries) {
    this.client = client;
    this.maxRetries = maxRetries == null ? 3 : maxRetries;
  }

  public String summarize(String supplier, List<String> lineNotes) {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(ChatCompletionModel.GPT_4O_MINI)
            .addSystemMessage("Summarise the notes of one supplier invoice in one Italian sentence.")
            .addUserMessage(supplier + ": " + String.join("; ", lineNotes))
            .temperature(0.0)
            .build();
    // BUG: Diagnostic contains: RetryAfterIgnored
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    ChatCompletionResponse response = withRetry(() -> client.chatCompletion(request).execute(), maxRetries);
    return response.content().trim();
  }
}
