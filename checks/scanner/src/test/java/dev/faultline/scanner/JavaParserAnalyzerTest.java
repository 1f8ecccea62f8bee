package dev.faultline.scanner;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.lowering.ProjectSources;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer's contract and the resolution cases that are easy to get wrong without a compiler.
 */
final class JavaParserAnalyzerTest {
  private static final JavaParserAnalyzer ANALYZER =
      new JavaParserAnalyzer(EnumSet.allOf(CheckInfo.class));

  @TempDir Path temp;

  private static Set<String> findings(JavaParserAnalyzer analyzer, String source) throws Exception {
    Set<String> result = new TreeSet<>();
    for (ReportedFinding finding : analyzer.analyze("Input.java", source)) {
      result.add(String.format(Locale.ROOT, "%4d %s", finding.line(), finding.check()));
    }
    return result;
  }

  private static final String SYNC_WITH_SHARED_STATUSES =
      """
      package com.acme;

      import java.net.http.HttpClient;
      import java.net.http.HttpRequest;
      import java.net.http.HttpResponse;

      class Sync {
        String send(HttpClient http, HttpRequest request) throws Exception {
          long backoff = 500;
          for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 300) {
              return response.body();
            }
            if (!RetrySettings.RETRYABLE.contains(response.statusCode())) {
              throw new IllegalStateException("failed: " + response.statusCode());
            }
            Thread.sleep(backoff);
            backoff *= 2;
          }
          throw new IllegalStateException("gave up");
        }
      }
      """;

  private static String retrySettings(String statuses) {
    return """
        package com.acme;

        import java.util.Set;

        final class RetrySettings {
          static final Set<Integer> RETRYABLE = Set.of(%s);
        }
        """
        .formatted(statuses);
  }

  @Test
  void aStatusSetOfAnotherProjectFileIsReadThere() throws Exception {
    Path settings = temp.resolve("com/acme/RetrySettings.java");
    Files.createDirectories(settings.getParent());
    Files.writeString(settings, retrySettings("500, 502, 504"));
    JavaParserAnalyzer withProject =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class),
            Contracts.defaults(),
            List.of(),
            ProjectSources.of(List.of(settings)));
    assertThat(findings(withProject, SYNC_WITH_SHARED_STATUSES)).isEmpty();
    Files.writeString(settings, retrySettings("409, 503"));
    JavaParserAnalyzer withOtherSet =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class),
            Contracts.defaults(),
            List.of(),
            ProjectSources.of(List.of(settings)));
    assertThat(findings(withOtherSet, SYNC_WITH_SHARED_STATUSES))
        .containsExactly("  11 NonRetryableErrorRetried", "  18 RetryAfterIgnored");
  }

  @Test
  void anotherProjectFileThatDoesNotParseOnlyLeavesItsClassesUnknown() throws Exception {
    Path settings = temp.resolve("com/acme/RetrySettings.java");
    Files.createDirectories(settings.getParent());
    Files.writeString(
        settings, "package com.acme;\nfinal class RetrySettings { static final = ;\n");
    JavaParserAnalyzer withBrokenFile =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class),
            Contracts.defaults(),
            List.of(),
            ProjectSources.of(List.of(settings)));
    assertThat(findings(withBrokenFile, SYNC_WITH_SHARED_STATUSES))
        .isEqualTo(findings(ANALYZER, SYNC_WITH_SHARED_STATUSES));
  }

  private static Set<String> findings(String source) throws Exception {
    return findings(ANALYZER, source);
  }

  private static String expect(int line, String check) {
    return String.format(Locale.ROOT, "%4d %s", line, check);
  }

  /** What the Error Prone plugin reports on the same source, compiled as {@code Input.java}. */
  private Set<String> plugin(String source) throws Exception {
    Path file = Files.createDirectories(temp.resolve("src")).resolve("Input.java");
    Files.writeString(file, source, UTF_8);
    return ParityTest.pluginFindingsFor(file);
  }

  private static final String RETRY_ON_429_AFTER_FIXED_SLEEP =
      """
      import java.io.IOException;
      import java.net.URI;
      import java.net.http.HttpClient;
      import java.net.http.HttpRequest;
      import java.net.http.HttpResponse;

      class Input {
        private final HttpClient http = HttpClient.newHttpClient();

        String fetch(URI uri) throws IOException, InterruptedException {
          HttpRequest request = HttpRequest.newBuilder(uri).build();
          while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
              Thread.sleep(1000);
              continue;
            }
            return response.body();
          }
        }
      }
      """;

  @Test
  void anIntegerLiteralJavacWouldRejectHasNoValueAndStopsNothing() throws Exception {
    // "0429" is an octal literal with a digit out of range: JavaParser reads it, javac does not.
    String source =
        RETRY_ON_429_AFTER_FIXED_SLEEP
            .replace("class Input {", "class Input {\n  static final int PAUSE = 0429;")
            .replace("Thread.sleep(1000)", "Thread.sleep(PAUSE)");
    List<ReportedFinding> found = ANALYZER.analyze("Input.java", source);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).check()).isEqualTo("RetryAfterIgnored");
  }

  @Test
  void reportsAWaitAtTheMethodNameOfTheCall() throws Exception {
    List<ReportedFinding> found =
        ANALYZER.analyze("src\\Input.java", RETRY_ON_429_AFTER_FIXED_SLEEP);
    // A fixed wait after a 429: the wait is not Retry-After's, and it never grows.
    assertThat(found.stream().map(ReportedFinding::check).toList())
        .containsExactly("RetryAfterIgnored", "RetryWithoutBackoff")
        .inOrder();
    for (ReportedFinding finding : found) {
      assertThat(finding.path()).isEqualTo("src/Input.java");
      assertThat(finding.line()).isEqualTo(15);
      assertThat(finding.column()).isEqualTo(16); // "sleep" in "        Thread.sleep(1000);"
      assertThat(finding.message()).contains("429");
    }
  }

  @Test
  void readsJava8CodeThatNamesAVariableUnderscore() throws Exception {
    String java8 =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace(
            "HttpRequest request = HttpRequest.newBuilder(uri).build();",
            "HttpRequest request = HttpRequest.newBuilder(uri).build(); int _ = 0;");
    List<ReportedFinding> found = ANALYZER.analyze("Input.java", java8);
    assertThat(found.stream().map(ReportedFinding::line).toList()).containsExactly(15, 15);
  }

  @Test
  void reportsCodeThatParsesInNoJavaVersion() {
    String broken =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace("while (true) {", "while (true) { int _ = ;");
    UnanalyzableSourceException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            UnanalyzableSourceException.class, () -> ANALYZER.analyze("Input.java", broken));
    assertThat(error).hasMessageThat().startsWith("does not parse");
  }

  /** A wait taken from a header the profile names is the server's wait, as Retry-After's is. */
  @Test
  void aWaitFromAHeaderTheProfileNamesHonoursTheServer() throws Exception {
    String source =
        """
        import java.net.URI;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;

        class Input {
          private final HttpClient http = HttpClient.newHttpClient();

          String fetch(URI uri) throws Exception {
            while (true) {
              HttpResponse<String> response =
                  http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != 429) {
                return response.body();
              }
              Thread.sleep(Long.parseLong(response.headers().firstValue("X-Throttle-Wait").orElse("1")) * 1000);
            }
          }
        }
        """;
    assertThat(findings(source)).contains(expect(16, "RetryAfterIgnored"));

    Path profile = temp.resolve("throttled.json");
    Files.writeString(
        profile,
        """
        {"name": "throttled", "title": "Throttled API", "source": "",
         "permanentStatuses": [400], "retryAfterStatuses": [429],
         "serverWaitHeaders": ["X-Throttle-Wait"]}
        """);
    JavaParserAnalyzer withProfile =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class), Contracts.select(List.of(), List.of(profile)));
    assertThat(findings(withProfile, source)).isEmpty();
  }

  @Test
  void runsOnlyTheEnabledChecks() throws Exception {
    JavaParserAnalyzer onlyPermanent =
        new JavaParserAnalyzer(EnumSet.of(CheckInfo.NON_RETRYABLE_ERROR_RETRIED));
    assertThat(findings(onlyPermanent, RETRY_ON_429_AFTER_FIXED_SLEEP)).isEmpty();
    assertThat(findings(new JavaParserAnalyzer(Set.of()), RETRY_ON_429_AFTER_FIXED_SLEEP))
        .isEmpty();
  }

  @Test
  void findingsAreSortedByLineColumnAndCheck() throws Exception {
    String source =
        """
        import java.io.IOException;
        import java.net.HttpURLConnection;
        import java.net.URL;

        class Input {
          int poll(URL url) throws IOException, InterruptedException {
            for (int i = 0; i < 3; i++) {
              HttpURLConnection c = (HttpURLConnection) url.openConnection(); int code = c.getResponseCode();
              if (code == 404 || code == 503) { continue; }
              return code;
            }
            return -1;
          }
        }
        """;
    List<ReportedFinding> found = ANALYZER.analyze("Input.java", source);
    List<ReportedFinding> sorted = new ArrayList<>(found);
    sorted.sort(
        java.util.Comparator.comparingInt(ReportedFinding::line)
            .thenComparingInt(ReportedFinding::column)
            .thenComparing(ReportedFinding::check));
    assertThat(found).isEqualTo(sorted);
    assertThat(findings(source))
        .containsExactly(
            expect(8, "NonRetryableErrorRetried"),
            expect(8, "RetryAfterIgnored"),
            expect(8, "RetryWithoutBackoff"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void anUnparseableFileIsReportedWithTheLineOfItsFirstProblem() {
    String source =
        """
        import okhttp3.Response;
        class Input {
          void ok() {}
          void broken( {
        }
        """;
    UnanalyzableSourceException e =
        assertThrows(
            UnanalyzableSourceException.class, () -> ANALYZER.analyze("Input.java", source));
    assertThat(e).hasMessageThat().contains("line 4");
  }

  @Test
  void aFileNamingNoHttpClientIsNotParsed() throws Exception {
    // It cannot have a finding; whether it compiles is the compiler's business.
    assertThat(ANALYZER.analyze("Input.java", "class Input {\n  void broken( {\n}\n")).isEmpty();
  }

  @Test
  void parsesTodaysJava() throws Exception {
    String source =
        """
        import module java.net.http;

        record Input(HttpClient http) {
          String get(Object o) {
            return switch (o) {
              case Integer i when i > 3 -> "big";
              case String s -> s;
              default -> \"""
                  text block
                  \""";
            };
          }
        }
        """;
    assertThat(findings(source)).isEmpty();
  }

  @Test
  void onDemandStaticAndNestedImportsResolve() throws Exception {
    String source =
        """
        import static java.util.concurrent.TimeUnit.SECONDS;

        import java.util.Map;
        import org.springframework.web.client.*;
        import org.springframework.web.client.HttpClientErrorException.TooManyRequests;

        class Input {
          private final RestOperations rest = new RestTemplate();

          String post(Map<String, Object> body) throws InterruptedException {
            try {
              return rest.postForObject("/x", body, String.class);
            } catch (TooManyRequests e) {
              SECONDS.sleep(1);
              return rest.postForObject("/x", body, String.class);
            }
          }
        }
        """;
    assertThat(findings(source)).containsExactly(expect(14, "RetryAfterIgnored"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void nestedTypesAreNamedThroughTheirOuterClass() throws Exception {
    String source =
        """
        import java.util.Map;
        import org.springframework.web.client.HttpClientErrorException;
        import org.springframework.web.client.HttpServerErrorException;
        import org.springframework.web.client.RestTemplate;

        class Input {
          private final RestTemplate rest = new RestTemplate();

          String post(Map<String, Object> body) {
            try {
              return rest.postForObject("/x", body, String.class);
            } catch (HttpClientErrorException.UnprocessableEntity | HttpServerErrorException.BadGateway e) {
              return rest.postForObject("/x", body, String.class);
            }
          }
        }
        """;
    assertThat(findings(source)).containsExactly(expect(13, "NonRetryableErrorRetried"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void varTakesTheTypeOfItsInitializer() throws Exception {
    String source =
        """
        import java.io.IOException;
        import java.net.URI;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;

        class Input {
          String fetch(URI uri) throws IOException, InterruptedException {
            var http = HttpClient.newHttpClient();
            var request = HttpRequest.newBuilder(uri).build();
            while (true) {
              var response = http.send(request, HttpResponse.BodyHandlers.ofString());
              var status = response.statusCode();
              if (status == 429) {
                Thread.sleep(1000);
                continue;
              }
              return response.body();
            }
          }
        }
        """;
    assertThat(findings(source))
        .containsExactly(expect(15, "RetryAfterIgnored"), expect(15, "RetryWithoutBackoff"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void suppressionOnAnEnclosingClassSilencesOnlyThatCheck() throws Exception {
    String suppressed =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace(
            "class Input {", "@SuppressWarnings(\"RetryAfterIgnored\")\nclass Input {");
    assertThat(findings(suppressed)).containsExactly(expect(16, "RetryWithoutBackoff"));
    assertThat(plugin(suppressed)).isEqualTo(findings(suppressed));

    String other =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace(
            "class Input {",
            "@SuppressWarnings({\"unchecked\", \"NonRetryableErrorRetried\"})\nclass Input {");
    assertThat(findings(other))
        .containsExactly(expect(16, "RetryAfterIgnored"), expect(16, "RetryWithoutBackoff"));

    String array =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace(
            "  String fetch",
            "  @java.lang.SuppressWarnings(value = {\"all\", \"RetryAfterIgnored\", \"RetryWithoutBackoff\"})\n  String fetch");
    assertThat(findings(array)).isEmpty();
  }

  @Test
  void suppressionReachesMethodsOfAnonymousClassesThroughTheirEnclosingMethod() throws Exception {
    String source =
        """
        import java.util.Map;
        import org.springframework.web.client.HttpClientErrorException;
        import org.springframework.web.client.RestTemplate;

        class Input {
          private final RestTemplate rest = new RestTemplate();

          @SuppressWarnings("RetryAfterIgnored")
          Runnable quiet() {
            return new Runnable() {
              @Override
              public void run() {
                try {
                  rest.postForObject("/x", Map.of(), String.class);
                } catch (HttpClientErrorException.TooManyRequests e) {
                  rest.postForObject("/x", Map.of(), String.class);
                }
              }
            };
          }

          Runnable loud() {
            return new Runnable() {
              @Override
              public void run() {
                try {
                  rest.postForObject("/x", Map.of(), String.class);
                } catch (HttpClientErrorException.TooManyRequests e) {
                  rest.postForObject("/x", Map.of(), String.class);
                }
              }
            };
          }
        }
        """;
    assertThat(findings(source)).containsExactly(expect(29, "RetryAfterIgnored"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void aCallWhoseParenthesisIsOnTheNextLineIsReportedOnThatLineAsJavacDoes() throws Exception {
    String source =
        RETRY_ON_429_AFTER_FIXED_SLEEP.replace(
            "Thread.sleep(1000);", "Thread.sleep\n          (1000);");
    assertThat(findings(source))
        .containsExactly(expect(16, "RetryAfterIgnored"), expect(16, "RetryWithoutBackoff"));
    assertThat(findings(source)).isEqualTo(plugin(source));
  }

  @Test
  void unknownTypesWithAClassPathDoNotBreakTheAnalysis() throws Exception {
    String source =
        """
        import com.example.missing.Gateway;
        import com.example.missing.*;

        class Input extends Unknown {
          private final Gateway gateway = Gateway.create();

          Object call() throws Exception {
            for (int i = 0; i < 3; i++) {
              var result = gateway.send(helper().stuff(i), Other.CONSTANT);
              if (result.status() == 429) {
                Thread.sleep(10);
              }
            }
            return inherited(this::call);
          }
        }
        """;
    JavaParserAnalyzer withClassPath =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class), Contracts.defaults(), testClassPath());
    assertThat(findings(withClassPath, source)).isEmpty();
    assertThat(findings(source)).isEmpty();
  }

  @Test
  void analysesFilesOnSeveralThreadsAtOnce() throws Exception {
    JavaParserAnalyzer withClassPath =
        new JavaParserAnalyzer(
            EnumSet.allOf(CheckInfo.class), Contracts.defaults(), testClassPath());
    List<Path> files = new ArrayList<>(ParityTest.corpus());
    files.addAll(ParityTest.ownInputs());
    for (JavaParserAnalyzer analyzer : List.of(ANALYZER, withClassPath)) {
      Map<Path, List<ReportedFinding>> sequential = new TreeMap<>();
      for (Path file : files) {
        sequential.put(file, analyzer.analyze(file.toString(), Files.readString(file, UTF_8)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Map<Path, Future<List<ReportedFinding>>> parallel = new TreeMap<>();
        for (int round = 0; round < 2; round++) {
          for (Path file : files) {
            parallel.put(
                file,
                pool.submit(
                    () -> analyzer.analyze(file.toString(), Files.readString(file, UTF_8))));
          }
          for (Path file : files) {
            assertThat(parallel.get(file).get()).isEqualTo(sequential.get(file));
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static List<Path> testClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  /**
   * Resilience4j 1.x shares its packages with 2.x, so only 2.x is on the test inputs' class path:
   * the 1.x-only forms (vavr's functions, the deprecated retry-package IntervalFunction) are read
   * from the imports here.
   */
  private static final String RESILIENCE4J_1 =
      """
      package com.acme;

      import io.github.resilience4j.retry.IntervalFunction;
      import io.github.resilience4j.retry.Retry;
      import io.github.resilience4j.retry.RetryConfig;
      import io.vavr.CheckedFunction0;
      import io.vavr.control.Try;
      import org.springframework.web.client.HttpClientErrorException;
      import org.springframework.web.client.ResourceAccessException;
      import org.springframework.web.client.RestTemplate;

      class Input {
        private final RestTemplate rest = new RestTemplate();

        String checked() throws Throwable {
          RetryConfig config = RetryConfig.custom()
              .maxAttempts(3)
              .intervalFunction(IntervalFunction.ofExponentialBackoff(500, 2))
              .retryExceptions(HttpClientErrorException.class)
              .build();
          CheckedFunction0<String> call =
              Retry.decorateCheckedSupplier(Retry.of("x", config), () -> rest.getForObject("/x", String.class));
          return call.apply();
        }

        String tried() {
          RetryConfig config = RetryConfig.custom()
              .retryExceptions(ResourceAccessException.class)
              .build();
          Retry retry = Retry.of("y", config);
          return retry.executeTrySupplier(() -> Try.of(() -> rest.getForObject("/y", String.class))).get();
        }
      }
      """;

  @Test
  void resilience4jOneFormsAreReadLikeTwo() throws Exception {
    assertThat(findings(ANALYZER, RESILIENCE4J_1))
        .containsExactly("  20 NonRetryableErrorRetried", "  20 RetryAfterIgnored");
  }
}
