package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class HttpNamesTest {

  @Test
  void retryAfterNameIsCaseInsensitiveAndTrimmed() {
    assertThat(HttpNames.isRetryAfterName("Retry-After")).isTrue();
    assertThat(HttpNames.isRetryAfterName("retry-after")).isTrue();
    assertThat(HttpNames.isRetryAfterName(" RETRY-AFTER ")).isTrue();
    assertThat(HttpNames.isRetryAfterName("retry-after-ms")).isFalse();
    assertThat(HttpNames.isRetryAfterName("x-ms-retry-after-ms")).isFalse();
  }

  @Test
  void retryAfterConstantsOfTheCommonLibraries() {
    assertThat(HttpNames.RETRY_AFTER_CONSTANTS)
        .contains("org.springframework.http.HttpHeaders.RETRY_AFTER");
    assertThat(HttpNames.RETRY_AFTER_CONSTANTS)
        .contains("com.google.common.net.HttpHeaders.RETRY_AFTER");
    assertThat(HttpNames.RETRY_AFTER_CONSTANTS).contains("feign.Util.RETRY_AFTER");
  }

  @Test
  void statusEnumConstants() {
    assertThat(HttpNames.statusOfEnumConstant("TOO_MANY_REQUESTS")).hasValue(429);
    assertThat(HttpNames.statusOfEnumConstant("UNPROCESSABLE_ENTITY")).hasValue(422);
    assertThat(HttpNames.statusOfEnumConstant("UNPROCESSABLE_CONTENT")).hasValue(422);
    assertThat(HttpNames.statusOfEnumConstant("SERVICE_UNAVAILABLE")).hasValue(503);
    assertThat(HttpNames.statusOfEnumConstant("NOT_A_STATUS")).isEmpty();
  }

  @Test
  void methodNamesThatRefreshCredentials() {
    assertThat(HttpNames.namesCredentialRefresh("refreshToken")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("refreshAccessToken")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("reauthenticate")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("generateNewTokenIfNecessary")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("renewAccessToken")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("fetchNewToken")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("login")).isTrue();
    assertThat(HttpNames.namesCredentialRefresh("refresh")).isTrue();
  }

  @Test
  void methodNamesThatDoNotRefreshCredentials() {
    assertThat(HttpNames.namesCredentialRefresh("refreshCache")).isFalse();
    assertThat(HttpNames.namesCredentialRefresh("getToken")).isFalse();
    assertThat(HttpNames.namesCredentialRefresh("logout")).isFalse();
    assertThat(HttpNames.namesCredentialRefresh("createInvoice")).isFalse();
  }
}
