package dev.faultline.scanner;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retry strategies written as classes (a Feign ErrorDecoder, an HttpClient 5 retry strategy):
 * the ways of writing the decision that the test inputs do not show, in the scanner and in the
 * plugin alike.
 */
final class StrategyRetriesTest {
  private static final JavaParserAnalyzer ANALYZER =
      new JavaParserAnalyzer(EnumSet.allOf(CheckInfo.class));

  @TempDir Path temp;

  private static Set<String> findings(String source) throws Exception {
    Set<String> result = new TreeSet<>();
    for (ReportedFinding finding : ANALYZER.analyze("Input.java", source)) {
      result.add(String.format(Locale.ROOT, "%4d %s", finding.line(), finding.check()));
    }
    return result;
  }

  private static String expect(int line, String check) {
    return String.format(Locale.ROOT, "%4d %s", line, check);
  }

  private Set<String> plugin(String source) throws Exception {
    Path file = Files.createDirectories(temp.resolve("src")).resolve("Input.java");
    Files.writeString(file, source, UTF_8);
    return ParityTest.pluginFindingsFor(file);
  }

  private static String decoder(String body) {
    return """
        import feign.Response;
        import feign.RetryableException;
        import feign.codec.ErrorDecoder;

        class Input implements ErrorDecoder {
          private final ErrorDecoder fallback = new ErrorDecoder.Default();

          @Override
          public Exception decode(String methodKey, Response response) {
        %s
          }
        }
        """
        .formatted(body);
  }

  @Test
  void switchCasesThatFallThroughToTheRetryableExceptionAreItsStatuses() throws Exception {
    String source =
        decoder(
            """
            switch (response.status()) {
              case 404:
                return new IllegalStateException("gone");
              case 422:
              case 429:
                return new RetryableException(response.status(), "again", null, (Long) null, response.request());
              default:
                break;
            }
            return fallback.decode(methodKey, response);
        """);
    assertThat(findings(source))
        .containsExactly(expect(15, "NonRetryableErrorRetried"), expect(15, "RetryAfterIgnored"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void earlyReturnsOfPermanentErrorsNarrowTheRetryThatFollows() throws Exception {
    String source =
        decoder(
            """
            int status = response.status();
            if (status < 500 && status != 429) {
              return fallback.decode(methodKey, response);
            }
            throw new RetryableException(status, "again", null, (Long) null, response.request());
        """);
    assertThat(findings(source)).containsExactly(expect(14, "RetryAfterIgnored"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void aConditionalExpressionRetriesOnlyItsArm() throws Exception {
    String source =
        decoder(
            """
            return response.status() >= 500
                ? new RetryableException(response.status(), "again", null, (Long) null, response.request())
                : fallback.decode(methodKey, response);
        """);
    assertThat(findings(source)).containsExactly(expect(11, "RetryAfterIgnored"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void aRetryableExceptionThatIsNeverTheResultIsNoRetry() throws Exception {
    String source =
        decoder(
            """
            Exception unused = new RetryableException(500, "x", null, (Long) null, response.request());
            return fallback.decode(methodKey, response);
        """);
    assertThat(findings(source)).isEmpty();
    assertThat(plugin(source)).isEmpty();
  }

  @Test
  void anHttpClient5AnswerThatOnlyCountsAttemptsIsNotJudged() throws Exception {
    String source =
        """
        import java.io.IOException;
        import org.apache.hc.client5.http.HttpRequestRetryStrategy;
        import org.apache.hc.core5.http.HttpRequest;
        import org.apache.hc.core5.http.HttpResponse;
        import org.apache.hc.core5.http.protocol.HttpContext;
        import org.apache.hc.core5.util.TimeValue;

        class Input implements HttpRequestRetryStrategy {
          public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
            return false;
          }

          public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return execCount < 3;
          }

          public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.ofSeconds(1);
          }
        }
        """;
    assertThat(findings(source)).isEmpty();
    assertThat(plugin(source)).isEmpty();
    String everyStatus = source.replace("return execCount < 3;", "return true;");
    assertThat(findings(everyStatus))
        .containsExactly(expect(13, "NonRetryableErrorRetried"), expect(13, "RetryAfterIgnored"));
    assertThat(findings(everyStatus)).isEqualTo(plugin(everyStatus));
  }
}
