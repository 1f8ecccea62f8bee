package dev.faultline.scanner.lowering;

import static com.google.common.truth.Truth.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.junit.jupiter.api.Test;

/** The syntactic resolution, without a class path. */
final class ResolverTest {
  private static final String SOURCE =
      """
      package com.acme.billing;

      import static java.net.HttpURLConnection.*;
      import static org.springframework.http.HttpHeaders.RETRY_AFTER;

      import java.net.http.*;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import org.springframework.web.client.*;
      import org.springframework.web.client.HttpClientErrorException.TooManyRequests;

      class Billing {
        interface Codes {
          int LIMITED = 429;
          String HEADER = "Retry" + "-After";
        }

        static class Local {}

        final HttpClient http = HttpClient.newHttpClient();

        void work(HttpRequest request, List<HttpResponse<String>> earlier) throws Exception {
          var response = http.send(request, HttpResponse.BodyHandlers.ofString());
          var future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
          var joined = future.join();
          for (var old : earlier) {
            old.statusCode();
          }
          future.thenApply(r -> r.statusCode());
          final int local = (int) 503L;
          int a = Codes.LIMITED;
          int b = HTTP_UNAVAILABLE;
          String c = Codes.HEADER;
          String d = RETRY_AFTER;
          RestClientException e1 = null;
          TooManyRequests e2 = null;
          HttpClientErrorException.Conflict e3 = null;
          Local e4 = null;
          Exception e5 = null;
          Unknown e6 = null;
          int e7 = local;
        }
      }
      """;

  private final CompilationUnit unit =
      new JavaParser(
              new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25))
          .parse(SOURCE)
          .getResult()
          .orElseThrow();
  private final SourceFile file = new SourceFile(unit, SOURCE);
  private final Resolver resolver = new Resolver(file, SolverBridge.NONE, ForeignSources.none());
  private final Constants constants = new Constants(resolver);

  private VariableDeclarator variable(String name) {
    return unit.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(name))
        .orElseThrow();
  }

  private Expression initializer(String name) {
    return variable(name).getInitializer().orElseThrow();
  }

  private String declaredType(String name) {
    return resolver.resolveType(variable(name).getType());
  }

  @Test
  void typeNamesResolveThroughImportsAndTheFile() {
    assertThat(declaredType("e1")).isEqualTo("org.springframework.web.client.RestClientException");
    assertThat(declaredType("e2"))
        .isEqualTo("org.springframework.web.client.HttpClientErrorException.TooManyRequests");
    assertThat(declaredType("e3"))
        .isEqualTo("org.springframework.web.client.HttpClientErrorException.Conflict");
    assertThat(declaredType("e4")).isEqualTo("com.acme.billing.Billing.Local");
    assertThat(declaredType("e5")).isEqualTo("java.lang.Exception");
    assertThat(declaredType("e6")).isEqualTo("com.acme.billing.Unknown");
    assertThat(declaredType("http")).isEqualTo("java.net.http.HttpClient");
  }

  @Test
  void varTakesTheInitializersTypeWithItsTypeArguments() {
    assertThat(resolver.declaredTypeOf(variable("response")))
        .isEqualTo("java.net.http.HttpResponse");
    assertThat(resolver.declaredTypeOf(variable("future")))
        .isEqualTo("java.util.concurrent.CompletableFuture");
    assertThat(resolver.declaredTypeOf(variable("joined"))).isEqualTo("java.net.http.HttpResponse");
    assertThat(resolver.declaredTypeOf(variable("old"))).isEqualTo("java.net.http.HttpResponse");
  }

  @Test
  void implicitlyTypedLambdaParametersTakeTheFunctionalInterfacesTypes() {
    MethodCallExpr statusCode =
        unit.findAll(MethodCallExpr.class).stream()
            .filter(
                call ->
                    call.getNameAsString().equals("statusCode")
                        && call.getScope().map(s -> s.toString().equals("r")).orElse(false))
            .findFirst()
            .orElseThrow();
    assertThat(resolver.typeOf(statusCode.getScope().orElseThrow()))
        .isEqualTo("java.net.http.HttpResponse");
  }

  @Test
  void constantsFoldAsJavacFoldsThem() {
    assertThat(constants.value(initializer("a"))).isEqualTo(429);
    assertThat(constants.value(initializer("b"))).isEqualTo(503);
    assertThat(constants.value(initializer("c"))).isEqualTo("Retry-After");
    assertThat(constants.value(initializer("d"))).isEqualTo("Retry-After");
    assertThat(constants.value(initializer("local"))).isEqualTo(503);
    assertThat(constants.value(initializer("e7"))).isEqualTo(503);
  }

  @Test
  void staticImportsNameTheirOwners() {
    Resolver.FieldRef field = resolver.fieldRef(initializer("d"));
    assertThat(field).isNotNull();
    assertThat(field.owner()).isEqualTo("org.springframework.http.HttpHeaders");
  }

  @Test
  void multiCatchTypesMeetAtTheirCommonSuperclass() {
    assertThat(
            resolver.lub(
                java.util.List.of(
                    "org.springframework.web.client.HttpClientErrorException.TooManyRequests",
                    "org.springframework.web.client.HttpServerErrorException.ServiceUnavailable")))
        .isEqualTo("org.springframework.web.client.HttpStatusCodeException");
    assertThat(
            resolver.lub(
                java.util.List.of("java.io.IOException", "java.lang.InterruptedException")))
        .isEqualTo("java.lang.Exception");
  }

  @Test
  void typeArgumentsAreKeptOnDeclaredTypes() {
    ClassOrInterfaceType earlier =
        (ClassOrInterfaceType)
            unit.findFirst(
                    com.github.javaparser.ast.body.Parameter.class,
                    p -> p.getNameAsString().equals("earlier"))
                .orElseThrow()
                .getType();
    JType type = resolver.resolveGeneric(earlier);
    assertThat(type).isNotNull();
    assertThat(type.name()).isEqualTo("java.util.List");
    assertThat(type.argument(0))
        .isEqualTo(
            new JType(
                "java.net.http.HttpResponse", java.util.List.of(JType.of("java.lang.String"))));
  }
}
