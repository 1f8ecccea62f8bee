package dev.faultline.analysis.library;

import dev.faultline.analysis.model.IntSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exception types that HTTP clients throw for failed requests, with their supertypes and the
 * statuses each one stands for. Status {@code 0} means "no response" (a transport failure).
 */
public final class HttpErrorTypes {

  /** What a status set means when a type stands for any failure, HTTP or transport. */
  public static final IntSet ANY_FAILURE = IntSet.of(0).union(IntSet.range(300, 599));

  public static final IntSet TRANSPORT = IntSet.of(0);

  public static final IntSet ANY_HTTP_STATUS = IntSet.range(100, 599);

  public static final IntSet SUCCESS = IntSet.range(200, 299);

  /**
   * The AWS SDK for Java v2 services' own exceptions ({@code AwsServiceException} subclasses) that
   * the tables name: each stands for every error status of its service.
   */
  public static final List<String> AWS2_SERVICE_EXCEPTIONS =
      List.of(
          "software.amazon.awssdk.services.s3.model.S3Exception",
          "software.amazon.awssdk.services.dynamodb.model.DynamoDbException",
          "software.amazon.awssdk.services.sqs.model.SqsException",
          "software.amazon.awssdk.services.sns.model.SnsException",
          "software.amazon.awssdk.services.kinesis.model.KinesisException",
          "software.amazon.awssdk.services.lambda.model.LambdaException");

  private record Entry(String supertype, IntSet statuses) {}

  private static final Map<String, Entry> TYPES = new LinkedHashMap<>();

  /** The nested exception class names that client libraries give each 4xx status. */
  private static final Map<String, Integer> CLIENT_ERROR_NAMES =
      Map.ofEntries(
          Map.entry("BadRequest", 400),
          Map.entry("Unauthorized", 401),
          Map.entry("Forbidden", 403),
          Map.entry("NotFound", 404),
          Map.entry("MethodNotAllowed", 405),
          Map.entry("NotAcceptable", 406),
          Map.entry("Conflict", 409),
          Map.entry("Gone", 410),
          Map.entry("UnsupportedMediaType", 415),
          Map.entry("UnprocessableContent", 422),
          Map.entry("UnprocessableEntity", 422),
          Map.entry("TooManyRequests", 429));

  /** The nested exception class names that client libraries give each 5xx status. */
  private static final Map<String, Integer> SERVER_ERROR_NAMES =
      Map.of(
          "InternalServerError",
          500,
          "NotImplemented",
          501,
          "BadGateway",
          502,
          "ServiceUnavailable",
          503,
          "GatewayTimeout",
          504);

  private static final String SPRING_CLIENT = "org.springframework.web.client.";

  static {
    add("java.lang.Throwable", null, ANY_FAILURE);
    add("java.lang.Exception", "java.lang.Throwable", ANY_FAILURE);
    add("java.lang.RuntimeException", "java.lang.Exception", ANY_FAILURE);
    add("java.io.IOException", "java.lang.Exception", TRANSPORT);
    add("java.io.UncheckedIOException", "java.lang.RuntimeException", TRANSPORT);
    add("java.net.http.HttpTimeoutException", "java.io.IOException", TRANSPORT);
    add(
        "java.net.http.HttpConnectTimeoutException",
        "java.net.http.HttpTimeoutException",
        TRANSPORT);
    add("java.net.SocketTimeoutException", "java.io.InterruptedIOException", TRANSPORT);
    add("java.io.InterruptedIOException", "java.io.IOException", TRANSPORT);
    add("java.net.SocketException", "java.io.IOException", TRANSPORT);
    add("java.net.ConnectException", "java.net.SocketException", TRANSPORT);
    add("java.net.UnknownHostException", "java.io.IOException", TRANSPORT);

    // Fatture in Cloud SDK: every non-2xx status, and transport failures with code 0.
    add("it.fattureincloud.sdk.ApiException", "java.lang.Exception", ANY_FAILURE);

    // Apache HttpClient 4: a ResponseHandler's HttpResponseException for a status of 300 or more.
    add("org.apache.http.client.ClientProtocolException", "java.io.IOException", TRANSPORT);
    add(
        "org.apache.http.client.HttpResponseException",
        "org.apache.http.client.ClientProtocolException",
        IntSet.range(300, 599));

    // Spring RestTemplate / RestClient.
    add(
        "org.springframework.core.NestedRuntimeException",
        "java.lang.RuntimeException",
        ANY_FAILURE);
    add(
        SPRING_CLIENT + "RestClientException",
        "org.springframework.core.NestedRuntimeException",
        ANY_FAILURE);
    add(
        SPRING_CLIENT + "ResourceAccessException",
        SPRING_CLIENT + "RestClientException",
        TRANSPORT);
    add(
        SPRING_CLIENT + "RestClientResponseException",
        SPRING_CLIENT + "RestClientException",
        IntSet.range(300, 599));
    add(
        SPRING_CLIENT + "UnknownHttpStatusCodeException",
        SPRING_CLIENT + "RestClientResponseException",
        IntSet.range(300, 599));
    add(
        SPRING_CLIENT + "HttpStatusCodeException",
        SPRING_CLIENT + "RestClientResponseException",
        IntSet.range(400, 599));
    String clientError = SPRING_CLIENT + "HttpClientErrorException";
    add(clientError, SPRING_CLIENT + "HttpStatusCodeException", IntSet.range(400, 499));
    addStatus(clientError, "BadRequest", 400);
    addStatus(clientError, "Unauthorized", 401);
    addStatus(clientError, "Forbidden", 403);
    addStatus(clientError, "NotFound", 404);
    addStatus(clientError, "MethodNotAllowed", 405);
    addStatus(clientError, "NotAcceptable", 406);
    addStatus(clientError, "Conflict", 409);
    addStatus(clientError, "Gone", 410);
    addStatus(clientError, "UnsupportedMediaType", 415);
    addStatus(clientError, "UnprocessableContent", 422);
    addStatus(clientError, "UnprocessableEntity", 422);
    addStatus(clientError, "TooManyRequests", 429);
    String serverError = SPRING_CLIENT + "HttpServerErrorException";
    add(serverError, SPRING_CLIENT + "HttpStatusCodeException", IntSet.range(500, 599));
    addStatus(serverError, "InternalServerError", 500);
    addStatus(serverError, "NotImplemented", 501);
    addStatus(serverError, "BadGateway", 502);
    addStatus(serverError, "ServiceUnavailable", 503);
    addStatus(serverError, "GatewayTimeout", 504);

    // Spring WebClient: one response exception with a nested subclass per status.
    String webClient = "org.springframework.web.reactive.function.client.";
    add(
        webClient + "WebClientException",
        "org.springframework.core.NestedRuntimeException",
        ANY_FAILURE);
    add(webClient + "WebClientRequestException", webClient + "WebClientException", TRANSPORT);
    String webClientResponse = webClient + "WebClientResponseException";
    add(webClientResponse, webClient + "WebClientException", IntSet.range(300, 599));
    addStatuses(webClientResponse, CLIENT_ERROR_NAMES);
    addStatuses(webClientResponse, SERVER_ERROR_NAMES);

    // Google HTTP Client: HttpRequest.execute() throws it for every non-2xx response (an
    // IOException,
    // so a catch of IOException takes the HTTP errors too).
    add(
        "com.google.api.client.http.HttpResponseException",
        "java.io.IOException",
        IntSet.range(300, 599));

    // openai4j: every non-2xx response of execute().
    add(
        "dev.ai4j.openai4j.OpenAiHttpException",
        "java.lang.RuntimeException",
        IntSet.range(300, 599));

    // LangChain4j: its HTTP client's HttpException for every non-2xx response.
    add(
        "dev.langchain4j.exception.LangChain4jException",
        "java.lang.RuntimeException",
        ANY_FAILURE);
    add(
        "dev.langchain4j.exception.HttpException",
        "dev.langchain4j.exception.LangChain4jException",
        IntSet.range(300, 599));

    addJaxRs("javax.ws.rs.");
    addJaxRs("jakarta.ws.rs.");

    // AWS SDK for Java v1: AmazonServiceException for every error response (its subclasses per
    // service), AmazonClientException / SdkClientException for transport failures too.
    add("com.amazonaws.SdkBaseException", "java.lang.RuntimeException", ANY_FAILURE);
    add("com.amazonaws.AmazonClientException", "com.amazonaws.SdkBaseException", ANY_FAILURE);
    add("com.amazonaws.SdkClientException", "com.amazonaws.AmazonClientException", ANY_FAILURE);
    add(
        "com.amazonaws.AmazonServiceException",
        "com.amazonaws.SdkClientException",
        IntSet.range(300, 599));

    // AWS SDK for Java v2: SdkServiceException for every error response (AwsServiceException and
    // each service's own subclass), SdkClientException for a failure without one.
    String aws2 = "software.amazon.awssdk.";
    add(aws2 + "core.exception.SdkException", "java.lang.RuntimeException", ANY_FAILURE);
    add(
        aws2 + "core.exception.SdkClientException",
        aws2 + "core.exception.SdkException",
        TRANSPORT);
    add(
        aws2 + "core.exception.SdkServiceException",
        aws2 + "core.exception.SdkException",
        IntSet.range(300, 599));
    add(
        aws2 + "awscore.exception.AwsServiceException",
        aws2 + "core.exception.SdkServiceException",
        IntSet.range(300, 599));
    for (String service : AWS2_SERVICE_EXCEPTIONS) {
      add(service, aws2 + "awscore.exception.AwsServiceException", IntSet.range(300, 599));
    }
    add(
        aws2 + "services.s3.model.NoSuchKeyException",
        aws2 + "services.s3.model.S3Exception",
        IntSet.of(404));
    add(
        aws2 + "services.s3.model.NoSuchBucketException",
        aws2 + "services.s3.model.S3Exception",
        IntSet.of(404));

    // OpenFeign: FeignException (status -1 for transport failures), its 4xx and 5xx families and
    // their subclasses.
    add("feign.FeignException", "java.lang.RuntimeException", ANY_FAILURE);
    add("feign.RetryableException", "feign.FeignException", ANY_FAILURE);
    add(
        "feign.FeignException.FeignClientException",
        "feign.FeignException",
        IntSet.range(400, 499));
    add(
        "feign.FeignException.FeignServerException",
        "feign.FeignException",
        IntSet.range(500, 599));
    CLIENT_ERROR_NAMES.forEach(
        (name, status) ->
            add(
                "feign.FeignException." + name,
                "feign.FeignException.FeignClientException",
                IntSet.of(status)));
    SERVER_ERROR_NAMES.forEach(
        (name, status) ->
            add(
                "feign.FeignException." + name,
                "feign.FeignException.FeignServerException",
                IntSet.of(status)));
  }

  /**
   * JAX-RS 2.x ({@code javax.ws.rs}) and 3.x ({@code jakarta.ws.rs}): a typed client call ({@code
   * get(Invoice.class)}) throws WebApplicationException, as the subclass of its status when there
   * is one, for every non-2xx status; ProcessingException is a transport or processing failure.
   */
  private static void addJaxRs(String jaxRs) {
    String processing = jaxRs + "ProcessingException";
    add(processing, "java.lang.RuntimeException", TRANSPORT);
    add(jaxRs + "client.ResponseProcessingException", processing, TRANSPORT);
    String application = jaxRs + "WebApplicationException";
    add(application, "java.lang.RuntimeException", IntSet.range(300, 599));
    add(jaxRs + "RedirectionException", application, IntSet.range(300, 399));
    String clientError = jaxRs + "ClientErrorException";
    add(clientError, application, IntSet.range(400, 499));
    add(jaxRs + "BadRequestException", clientError, IntSet.of(400));
    add(jaxRs + "NotAuthorizedException", clientError, IntSet.of(401));
    add(jaxRs + "ForbiddenException", clientError, IntSet.of(403));
    add(jaxRs + "NotFoundException", clientError, IntSet.of(404));
    add(jaxRs + "NotAllowedException", clientError, IntSet.of(405));
    add(jaxRs + "NotAcceptableException", clientError, IntSet.of(406));
    add(jaxRs + "NotSupportedException", clientError, IntSet.of(415));
    String serverError = jaxRs + "ServerErrorException";
    add(serverError, application, IntSet.range(500, 599));
    add(jaxRs + "InternalServerErrorException", serverError, IntSet.of(500));
    add(jaxRs + "ServiceUnavailableException", serverError, IntSet.of(503));
  }

  private static void addStatuses(String outer, Map<String, Integer> names) {
    names.forEach((name, status) -> addStatus(outer, name, status));
  }

  private HttpErrorTypes() {}

  private static void add(String type, String supertype, IntSet statuses) {
    TYPES.put(type, new Entry(supertype, statuses));
  }

  private static void addStatus(String outer, String nested, int status) {
    add(outer + "." + nested, outer, IntSet.of(status));
  }

  /**
   * Whether the type stands for every failure ({@code Throwable}, {@code Exception}, {@code
   * RuntimeException}): a retry or a catch of it means HTTP failures only when the work it wraps
   * sends a request.
   */
  public static boolean isCatchAll(String type) {
    return CATCH_ALL.contains(type);
  }

  private static final java.util.Set<String> CATCH_ALL =
      java.util.Set.of("java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException");

  /** Whether the type is one this table knows. */
  public static boolean isKnown(String type) {
    return TYPES.containsKey(type);
  }

  /** The statuses an exception of this type may stand for, if the table knows the type. */
  public static Optional<IntSet> statuses(String type) {
    return Optional.ofNullable(TYPES.get(type)).map(Entry::statuses);
  }

  /** The type followed by its known supertypes, most specific first. */
  public static List<String> typeAndSupertypes(String type) {
    List<String> chain = new ArrayList<>();
    for (String current = type; current != null; ) {
      chain.add(current);
      Entry entry = TYPES.get(current);
      current = entry == null ? null : entry.supertype();
    }
    return chain;
  }

  /** Whether {@code type} is {@code supertype} or one of its known subtypes. */
  public static boolean isSubtype(String type, String supertype) {
    return typeAndSupertypes(type).contains(supertype);
  }

  /**
   * True for an exception type that carries an HTTP response (its statuses include more than "no
   * response").
   */
  public static boolean carriesHttpStatus(String type) {
    return statuses(type).map(s -> !TRANSPORT.containsAll(s)).orElse(false);
  }
}
