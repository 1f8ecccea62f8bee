package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.SPRING_HTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/** Rows of the scanner's library tables: Spring WebClient, Reactor's publishers and retry specs. */
final class ReactiveRows {
  private ReactiveRows() {}

  static void addTo(LibraryRows rows) {
    String statusCode = SPRING_HTTP + "HttpStatusCode";
    String httpHeaders = SPRING_HTTP + "HttpHeaders";
    String webClient = "org.springframework.web.reactive.function.client.WebClient";
    String webClientResponse =
        "org.springframework.web.reactive.function.client.WebClientResponseException";
    String mono = "reactor.core.publisher.Mono";
    String flux = "reactor.core.publisher.Flux";
    String retry = "reactor.util.retry.Retry";
    rows.returns(webClient + "#create", webClient);
    rows.returns(webClient + "#builder", webClient + ".Builder");
    rows.returns(webClient + "#mutate", webClient + ".Builder");
    for (String method : List.of("get", "head", "delete", "options")) {
      rows.returns(webClient + "#" + method, webClient + ".RequestHeadersUriSpec");
    }
    for (String method : List.of("post", "put", "patch", "method")) {
      rows.returns(webClient + "#" + method, webClient + ".RequestBodyUriSpec");
    }
    rows.returns(webClient + ".Builder#build", webClient);
    rows.returns(webClient + ".Builder#*", webClient + ".Builder");
    for (String spec :
        List.of(
            "RequestHeadersUriSpec",
            "RequestBodyUriSpec",
            "RequestHeadersSpec",
            "RequestBodySpec",
            "UriSpec")) {
      rows.returns(webClient + "." + spec + "#retrieve", webClient + ".ResponseSpec");
      rows.returns(webClient + "." + spec + "#exchangeToMono", mono);
      rows.returns(webClient + "." + spec + "#exchangeToFlux", flux);
      rows.lambdaParameters(
          webClient + "." + spec + "#exchangeToMono/0",
          List.of("org.springframework.web.reactive.function.client.ClientResponse"));
      rows.lambdaParameters(
          webClient + "." + spec + "#exchangeToFlux/0",
          List.of("org.springframework.web.reactive.function.client.ClientResponse"));
      rows.returns(webClient + "." + spec + "#*", webClient + ".RequestBodySpec");
    }
    rows.supertypes(
        webClient + ".RequestBodyUriSpec",
        webClient + ".RequestBodySpec",
        webClient + ".RequestHeadersUriSpec");
    rows.supertypes(
        webClient + ".RequestHeadersUriSpec",
        webClient + ".UriSpec",
        webClient + ".RequestHeadersSpec");
    rows.supertypes(webClient + ".RequestBodySpec", webClient + ".RequestHeadersSpec");
    rows.returns(webClient + ".ResponseSpec#onStatus", webClient + ".ResponseSpec");
    rows.lambdaParameters(webClient + ".ResponseSpec#onStatus/0", List.of(statusCode));
    String clientResponse = "org.springframework.web.reactive.function.client.ClientResponse";
    rows.lambdaParameters(webClient + ".ResponseSpec#onStatus/1", List.of(clientResponse));
    rows.returns(clientResponse + "#statusCode", statusCode);
    rows.returns(clientResponse + "#bodyToFlux", flux);
    rows.returns(clientResponse + "#*", mono);
    rows.known(clientResponse);
    rows.returns(webClient + ".ResponseSpec#bodyToFlux", flux);
    rows.returns(webClient + ".ResponseSpec#*", mono);
    rows.returns(webClientResponse + "#getStatusCode", statusCode);
    rows.returns(webClientResponse + "#getHeaders", httpHeaders);
    rows.returns(webClientResponse + "#getStatusText", STRING);
    rows.returns(webClientResponse + "#getResponseBodyAsString", STRING);
    rows.returns(mono + "#block", "java.lang.Object");
    rows.returns(mono + "#toFuture", "java.util.concurrent.CompletableFuture");
    rows.returns(mono + "#flux", flux);
    rows.returns(mono + "#*", mono);
    for (String method :
        List.of("next", "collectList", "then", "last", "single", "reduce", "count")) {
      rows.returns(flux + "#" + method, mono);
    }
    rows.returns(flux + "#*", flux);
    rows.returns(retry + "#backoff", retry + "BackoffSpec");
    rows.returns(retry + "#fixedDelay", retry + "BackoffSpec");
    for (String method : List.of("max", "maxInARow", "indefinitely")) {
      rows.returns(retry + "#" + method, retry + "Spec");
    }
    rows.returns(retry + "#from", retry);
    rows.returns(retry + "#withThrowable", retry);
    rows.supertypes(retry + "BackoffSpec", retry);
    rows.supertypes(retry + "Spec", retry);
    rows.returns(retry + "BackoffSpec#*", retry + "BackoffSpec");
    rows.returns(retry + "Spec#*", retry + "Spec");
    rows.lambdaParameters(retry + "BackoffSpec#filter/0", List.of("java.lang.Throwable"));
    rows.lambdaParameters(retry + "Spec#filter/0", List.of("java.lang.Throwable"));
    rows.returns(retry + ".RetrySignal#failure", "java.lang.Throwable");
    rows.returns(retry + ".RetrySignal#totalRetries", "long");
    rows.returns(retry + ".RetrySignal#totalRetriesInARow", "long");
    rows.known(
        webClient,
        webClient + ".ResponseSpec",
        retry + ".RetrySignal",
        "reactor.util.retry.RetrySpec");
  }
}
