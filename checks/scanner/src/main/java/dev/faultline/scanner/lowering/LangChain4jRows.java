package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: LangChain4j's {@code RetryUtils} and HTTP client ({@code
 * dev.langchain4j}), and the openai4j client ({@code dev.ai4j.openai4j}) its 0.x model integrations
 * send with.
 */
final class LangChain4jRows {
  private LangChain4jRows() {}

  private static final String OPENAI4J = "dev.ai4j.openai4j.";
  private static final String RETRY_UTILS = "dev.langchain4j.internal.RetryUtils";
  private static final String HTTP_CLIENT = "dev.langchain4j.http.client.";
  private static final String EXCEPTIONS = "dev.langchain4j.exception.";

  static void addTo(LibraryRows rows) {
    String client = OPENAI4J + "OpenAiClient";
    String syncOrAsync = OPENAI4J + "SyncOrAsync";
    String streaming = OPENAI4J + "SyncOrAsyncOrStreaming";
    rows.supertypes(streaming, "java.lang.Object", syncOrAsync);
    rows.supertypes(OPENAI4J + "DefaultOpenAiClient", client);
    for (String method : List.of("completion", "chatCompletion")) {
      rows.returns(client + "#" + method, streaming);
    }
    for (String method : List.of("embedding", "moderation", "imagesGeneration")) {
      rows.returns(client + "#" + method, syncOrAsync);
    }
    rows.supertypes(OPENAI4J + "OpenAiHttpException", "java.lang.RuntimeException");
    rows.returns(OPENAI4J + "OpenAiHttpException#code", INT);
    rows.returns(OPENAI4J + "OpenAiHttpException#getMessage", STRING);

    String policy = RETRY_UTILS + ".RetryPolicy";
    rows.returns(RETRY_UTILS + "#retryPolicyBuilder", policy + ".Builder");
    rows.returns(policy + ".Builder#build", policy);
    rows.returns(policy + ".Builder#*", policy + ".Builder");
    rows.fieldType(RETRY_UTILS + "#DEFAULT_RETRY_POLICY", policy);

    rows.supertypes(EXCEPTIONS + "LangChain4jException", "java.lang.RuntimeException");
    rows.supertypes(EXCEPTIONS + "HttpException", EXCEPTIONS + "LangChain4jException");
    rows.supertypes(EXCEPTIONS + "NonRetriableException", EXCEPTIONS + "LangChain4jException");
    rows.supertypes(EXCEPTIONS + "RetriableException", EXCEPTIONS + "LangChain4jException");
    rows.returns(EXCEPTIONS + "HttpException#statusCode", INT);
    rows.returns(HTTP_CLIENT + "HttpClient#execute", HTTP_CLIENT + "SuccessfulHttpResponse");
    rows.returns(HTTP_CLIENT + "SuccessfulHttpResponse#statusCode", INT);
    rows.returns(HTTP_CLIENT + "SuccessfulHttpResponse#body", STRING);
    rows.known(
        client, syncOrAsync, policy, HTTP_CLIENT + "HttpClient", HTTP_CLIENT + "HttpRequest");
  }
}
