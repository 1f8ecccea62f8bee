package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.analysis.model.IntSet;
import org.junit.jupiter.api.Test;

class HttpErrorTypesTest {
  private static final String SPRING = "org.springframework.web.client.";

  @Test
  void ficApiExceptionStandsForEveryFailureIncludingNoResponse() {
    assertThat(HttpErrorTypes.statuses("it.fattureincloud.sdk.ApiException"))
        .hasValue(HttpErrorTypes.ANY_FAILURE);
    assertThat(HttpErrorTypes.ANY_FAILURE.contains(0)).isTrue();
    assertThat(HttpErrorTypes.ANY_FAILURE.contains(429)).isTrue();
    assertThat(HttpErrorTypes.ANY_FAILURE.contains(200)).isFalse();
  }

  @Test
  void springNestedTypesStandForTheirStatus() {
    assertThat(HttpErrorTypes.statuses(SPRING + "HttpClientErrorException.TooManyRequests"))
        .hasValue(IntSet.of(429));
    assertThat(HttpErrorTypes.statuses(SPRING + "HttpClientErrorException.UnprocessableEntity"))
        .hasValue(IntSet.of(422));
    assertThat(HttpErrorTypes.statuses(SPRING + "HttpServerErrorException.ServiceUnavailable"))
        .hasValue(IntSet.of(503));
    assertThat(HttpErrorTypes.statuses(SPRING + "HttpServerErrorException"))
        .hasValue(IntSet.range(500, 599));
    assertThat(HttpErrorTypes.statuses(SPRING + "ResourceAccessException"))
        .hasValue(HttpErrorTypes.TRANSPORT);
  }

  @Test
  void typeAndSupertypesIsMostSpecificFirst() {
    assertThat(
            HttpErrorTypes.typeAndSupertypes(SPRING + "HttpClientErrorException.TooManyRequests"))
        .containsExactly(
            SPRING + "HttpClientErrorException.TooManyRequests",
            SPRING + "HttpClientErrorException",
            SPRING + "HttpStatusCodeException",
            SPRING + "RestClientResponseException",
            SPRING + "RestClientException",
            "org.springframework.core.NestedRuntimeException",
            "java.lang.RuntimeException",
            "java.lang.Exception",
            "java.lang.Throwable")
        .inOrder();
  }

  @Test
  void anUnknownTypeIsItsOwnChain() {
    assertThat(HttpErrorTypes.isKnown("com.example.SyncException")).isFalse();
    assertThat(HttpErrorTypes.statuses("com.example.SyncException")).isEmpty();
    assertThat(HttpErrorTypes.typeAndSupertypes("com.example.SyncException"))
        .containsExactly("com.example.SyncException");
  }

  @Test
  void subtypes() {
    assertThat(
            HttpErrorTypes.isSubtype(
                SPRING + "HttpClientErrorException.TooManyRequests",
                SPRING + "RestClientResponseException"))
        .isTrue();
    assertThat(
            HttpErrorTypes.isSubtype(
                SPRING + "HttpServerErrorException", SPRING + "HttpClientErrorException"))
        .isFalse();
    assertThat(HttpErrorTypes.isSubtype("java.net.ConnectException", "java.io.IOException"))
        .isTrue();
    assertThat(HttpErrorTypes.isSubtype("java.io.IOException", "java.io.IOException")).isTrue();
  }

  @Test
  void onlyTypesWithAnHttpStatusCarryOne() {
    assertThat(HttpErrorTypes.carriesHttpStatus("it.fattureincloud.sdk.ApiException")).isTrue();
    assertThat(HttpErrorTypes.carriesHttpStatus(SPRING + "HttpClientErrorException")).isTrue();
    assertThat(HttpErrorTypes.carriesHttpStatus("java.io.IOException")).isFalse();
    assertThat(HttpErrorTypes.carriesHttpStatus(SPRING + "ResourceAccessException")).isFalse();
    assertThat(HttpErrorTypes.carriesHttpStatus("com.example.SyncException")).isFalse();
  }
}
