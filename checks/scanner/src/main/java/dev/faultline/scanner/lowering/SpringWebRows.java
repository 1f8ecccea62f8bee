package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.REST_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_HTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/** Rows of the scanner's library tables: Spring RestTemplate / RestClient / status types. */
final class SpringWebRows {
  private SpringWebRows() {}

  static void addTo(LibraryRows rows) {
    String restOperations = SPRING_CLIENT + "RestOperations";
    String responseEntity = SPRING_HTTP + "ResponseEntity";
    String httpHeaders = SPRING_HTTP + "HttpHeaders";
    String statusCode = SPRING_HTTP + "HttpStatusCode";
    String status = SPRING_HTTP + "HttpStatus";
    rows.supertypes(
        SPRING_CLIENT + "RestTemplate",
        SPRING_HTTP + "client.support.InterceptingHttpAccessor",
        restOperations);
    rows.supertypes(status, "java.lang.Enum", statusCode);
    String errorHandler = SPRING_CLIENT + "ResponseErrorHandler";
    String defaultErrorHandler = SPRING_CLIENT + "DefaultResponseErrorHandler";
    rows.supertypes(defaultErrorHandler, "java.lang.Object", errorHandler);
    rows.supertypes(SPRING_CLIENT + "ExtractingResponseErrorHandler", defaultErrorHandler);
    rows.supertypes(SPRING_CLIENT + "NoOpResponseErrorHandler", "java.lang.Object", errorHandler);
    rows.supertypes(responseEntity, SPRING_HTTP + "HttpEntity");
    for (String method : List.of("getForEntity", "postForEntity", "exchange")) {
      rows.returns(restOperations + "#" + method, responseEntity);
    }
    rows.returns(restOperations + "#headForHeaders", httpHeaders);
    rows.returns(restOperations + "#postForLocation", "java.net.URI");
    rows.returns(responseEntity + "#getStatusCode", statusCode);
    rows.returns(responseEntity + "#getStatusCodeValue", INT);
    rows.returns(SPRING_HTTP + "HttpEntity#getHeaders", httpHeaders);
    rows.returns(httpHeaders + "#getFirst", STRING);
    rows.returns(httpHeaders + "#get", "java.util.List");
    rows.returns(httpHeaders + "#containsKey", BOOLEAN);
    rows.returns(httpHeaders + "#getFirstDate", "long");
    String convertibleResponse = REST_CLIENT + ".RequestHeadersSpec.ConvertibleClientHttpResponse";
    rows.supertypes(convertibleResponse, SPRING_HTTP + "client.ClientHttpResponse");
    rows.returns(SPRING_HTTP + "client.ClientHttpResponse#getBody", "java.io.InputStream");
    rows.returns("org.springframework.util.StreamUtils#copyToString", STRING);
    rows.returns("org.springframework.util.StreamUtils#copyToByteArray", "byte[]");
    rows.returns(SPRING_HTTP + "client.ClientHttpResponse#getStatusCode", statusCode);
    rows.returns(SPRING_HTTP + "client.ClientHttpResponse#getHeaders", httpHeaders);
    rows.returns(SPRING_CLIENT + "RestClientResponseException#getStatusCode", statusCode);
    rows.returns(SPRING_CLIENT + "RestClientResponseException#getRawStatusCode", INT);
    rows.returns(SPRING_CLIENT + "RestClientResponseException#getResponseHeaders", httpHeaders);
    rows.returns(SPRING_CLIENT + "RestClientResponseException#getResponseBodyAsString", STRING);
    rows.returns(SPRING_CLIENT + "RestClientResponseException#getStatusText", STRING);
    rows.returns(
        SPRING_CLIENT + "HttpClientErrorException#create",
        SPRING_CLIENT + "HttpClientErrorException");
    rows.returns(
        SPRING_CLIENT + "HttpServerErrorException#create",
        SPRING_CLIENT + "HttpServerErrorException");
    rows.returns(statusCode + "#value", INT);
    rows.returns(statusCode + "#valueOf", statusCode);
    for (String predicate :
        List.of(
            "is1xxInformational",
            "is2xxSuccessful",
            "is3xxRedirection",
            "is4xxClientError",
            "is5xxServerError",
            "isError",
            "isSameCodeAs")) {
      rows.returns(statusCode + "#" + predicate, BOOLEAN);
    }
    rows.returns(status + "#valueOf", status);
    rows.returns(status + "#resolve", status);
    rows.returns(status + "#value", INT);
    rows.returns(status + "#getReasonPhrase", STRING);
    rows.returns(REST_CLIENT + "#create", REST_CLIENT);
    rows.returns(REST_CLIENT + "#builder", REST_CLIENT + ".Builder");
    rows.returns(REST_CLIENT + "#mutate", REST_CLIENT + ".Builder");
    for (String method : List.of("get", "head", "delete", "options")) {
      rows.returns(REST_CLIENT + "#" + method, REST_CLIENT + ".RequestHeadersUriSpec");
    }
    for (String method : List.of("post", "put", "patch", "method")) {
      rows.returns(REST_CLIENT + "#" + method, REST_CLIENT + ".RequestBodyUriSpec");
    }
    rows.returns(REST_CLIENT + ".Builder#build", REST_CLIENT);
    rows.returns(REST_CLIENT + ".Builder#*", REST_CLIENT + ".Builder");
    for (String spec :
        List.of(
            "RequestHeadersUriSpec",
            "RequestBodyUriSpec",
            "RequestHeadersSpec",
            "RequestBodySpec",
            "UriSpec")) {
      rows.returns(REST_CLIENT + "." + spec + "#retrieve", REST_CLIENT + ".ResponseSpec");
      for (String exchange : List.of("exchange", "exchangeForRequiredValue")) {
        rows.returns(REST_CLIENT + "." + spec + "#" + exchange, "java.lang.Object");
        rows.lambdaParameters(
            REST_CLIENT + "." + spec + "#" + exchange + "/0",
            List.of(SPRING_HTTP + "HttpRequest", convertibleResponse));
      }
      rows.returns(REST_CLIENT + "." + spec + "#*", REST_CLIENT + ".RequestBodySpec");
    }
    rows.supertypes(
        REST_CLIENT + ".RequestBodyUriSpec",
        REST_CLIENT + ".RequestBodySpec",
        REST_CLIENT + ".RequestHeadersUriSpec");
    rows.supertypes(
        REST_CLIENT + ".RequestHeadersUriSpec",
        REST_CLIENT + ".UriSpec",
        REST_CLIENT + ".RequestHeadersSpec");
    rows.supertypes(REST_CLIENT + ".RequestBodySpec", REST_CLIENT + ".RequestHeadersSpec");
    rows.returns(REST_CLIENT + ".ResponseSpec#onStatus", REST_CLIENT + ".ResponseSpec");
    rows.lambdaParameters(REST_CLIENT + ".ResponseSpec#onStatus/0", List.of(statusCode));
    rows.lambdaParameters(
        REST_CLIENT + ".ResponseSpec#onStatus/1",
        List.of(SPRING_HTTP + "HttpRequest", SPRING_HTTP + "client.ClientHttpResponse"));
    rows.returns(REST_CLIENT + ".ResponseSpec#toEntity", responseEntity);
    rows.returns(REST_CLIENT + ".ResponseSpec#toBodilessEntity", responseEntity);
    for (String name : LibraryRows.statusEnumConstantNames()) {
      rows.fieldType(status + "#" + name, status);
    }
    rows.known(
        SPRING_CLIENT + "RestTemplate",
        restOperations,
        responseEntity,
        httpHeaders,
        statusCode,
        status,
        SPRING_HTTP + "HttpEntity",
        SPRING_HTTP + "MediaType",
        SPRING_HTTP + "HttpMethod",
        SPRING_HTTP + "RequestEntity",
        SPRING_HTTP + "client.ClientHttpResponse",
        convertibleResponse,
        "org.springframework.util.StreamUtils",
        REST_CLIENT,
        REST_CLIENT + ".Builder",
        REST_CLIENT + ".ResponseSpec");
  }
}
