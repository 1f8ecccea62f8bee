package dev.faultline.analysis;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.Finding;
import java.util.List;

/**
 * A small language for writing lowered method bodies in tests, so that a model reads like the
 * client code it stands for. Every request, wait and recursive call is anchored at a {@link Site}
 * with a readable name; findings are compared by those names. For example, a retry loop that sleeps
 * a fixed time after a 429:
 *
 * <pre>
 * retryLoop(                                       // for (int attempt = 0; attempt &lt; 3; attempt++)
 *     tryCatch(                                    //   try
 *         block(request("api.create"), returns()), //     return api.create(...);
 *         catchApi(                                //   catch (ApiException e)
 *             ifStatus(429,                        //     if (e.getCode() == 429)
 *                 sleep("pause"),                  //       Thread.sleep(1000);
 *                 rethrow(API_EXCEPTION)))))       //     else throw e;
 * </pre>
 */
public final class ClientCode {
  private ClientCode() {}

  public static final String API_EXCEPTION = "it.fattureincloud.sdk.ApiException";
  public static final String IO_EXCEPTION = "java.io.IOException";
  public static final String EXCEPTION = "java.lang.Exception";
  public static final String RUNTIME_EXCEPTION = "java.lang.RuntimeException";
  public static final String SPRING = "org.springframework.web.client.";
  public static final String REST_CLIENT_RESPONSE_EXCEPTION =
      SPRING + "RestClientResponseException";
  public static final String RESOURCE_ACCESS_EXCEPTION = SPRING + "ResourceAccessException";
  public static final String HTTP_CLIENT_ERROR = SPRING + "HttpClientErrorException";
  public static final String TOO_MANY_REQUESTS = HTTP_CLIENT_ERROR + ".TooManyRequests";
  public static final String HTTP_SERVER_ERROR = SPRING + "HttpServerErrorException";

  /** The highest status the analysis knows. */
  private static final int MAX_STATUS = 599;

  /** Where a finding is reported: a request, a wait, a recursive call. */
  public record Site(String name) implements Anchor {
    @Override
    public String toString() {
      return name;
    }
  }

  public static Site at(String name) {
    return new Site(name);
  }

  // ------------------------------------------------------------------ requests

  /**
   * A Fatture in Cloud SDK call: an HTTP error or a transport failure arrives as an {@code
   * ApiException}.
   */
  public static Step.Request request(String callKey) {
    return request(callKey, callKey);
  }

  /** A Fatture in Cloud SDK call written at the place {@code site}. */
  public static Step.Request request(String site, String callKey) {
    return new Step.Request(at(site), callKey, List.of(API_EXCEPTION), true);
  }

  /**
   * A {@code java.net.http} / OkHttp call: the caller gets a response with any status and only a
   * transport failure throws.
   */
  public static Step.Request send(String callKey) {
    return new Step.Request(at(callKey), callKey, List.of(IO_EXCEPTION), false);
  }

  /**
   * A Spring {@code RestTemplate} / {@code RestClient} call: 4xx and 5xx throw {@code
   * RestClientResponseException} subtypes.
   */
  public static Step.Request restTemplate(String callKey) {
    return new Step.Request(
        at(callKey),
        callKey,
        List.of(REST_CLIENT_RESPONSE_EXCEPTION, RESOURCE_ACCESS_EXCEPTION),
        true);
  }

  // ------------------------------------------------------------------ control flow

  public static Step block(Step... steps) {
    return new Step.Block(List.of(steps));
  }

  /** {@code for (int attempt = 0; attempt < max; attempt++) { body }}: the same work again. */
  public static Step retryLoop(Step... body) {
    return new Step.Loop(Step.LoopKind.RETRY, Condition.UNKNOWN, true, block(body), null);
  }

  /** {@code while (true) { body }}: only break, return or throw leave it. */
  public static Step whileTrue(Step... body) {
    return new Step.Loop(Step.LoopKind.RETRY, null, true, block(body), null);
  }

  /** {@code label: while (true) { body }}. */
  public static Step whileTrue(String label, Step... body) {
    return new Step.Loop(Step.LoopKind.RETRY, null, true, block(body), label);
  }

  /** {@code do { body } while (condition)}. */
  public static Step doWhile(Condition condition, Step... body) {
    return new Step.Loop(Step.LoopKind.RETRY, condition, false, block(body), null);
  }

  /** {@code for (Item item : items) { body }}: the next element each time round. */
  public static Step forEach(Step... body) {
    return new Step.Loop(Step.LoopKind.ITERATION, Condition.UNKNOWN, true, block(body), null);
  }

  public static Step tryCatch(Step body, Step.Catch... catches) {
    return new Step.TryCatch(body, List.of(catches), null);
  }

  public static Step tryCatchFinally(Step body, Step.Catch catchClause, Step finallyBlock) {
    return new Step.TryCatch(body, List.of(catchClause), finallyBlock);
  }

  /** {@code catch (ApiException e) { body }}. */
  public static Step.Catch catchApi(Step... body) {
    return catching(API_EXCEPTION, body);
  }

  /** {@code catch (Type e) { body }}, the type qualified. */
  public static Step.Catch catching(String type, Step... body) {
    return new Step.Catch(List.of(type), block(body));
  }

  /** {@code catch (TypeA | TypeB e) { body }}. */
  public static Step.Catch catchingAny(List<String> types, Step... body) {
    return new Step.Catch(types, block(body));
  }

  public static Step when(Condition condition, Step then, Step otherwise) {
    return new Step.Branch(condition, then, otherwise);
  }

  public static Step when(Condition condition, Step then) {
    return when(condition, then, Step.NOTHING);
  }

  /** {@code if (status is one of statuses) then else otherwise}. */
  public static Step ifStatus(IntSet statuses, Step then, Step otherwise) {
    return when(new Condition.StatusIn(statuses), then, otherwise);
  }

  public static Step ifStatus(IntSet statuses, Step then) {
    return ifStatus(statuses, then, Step.NOTHING);
  }

  /** {@code if (e.getCode() == status) then else otherwise}. */
  public static Step ifStatus(int status, Step then, Step otherwise) {
    return ifStatus(IntSet.of(status), then, otherwise);
  }

  public static Step ifStatus(int status, Step then) {
    return ifStatus(IntSet.of(status), then, Step.NOTHING);
  }

  /** {@code if (problem.getErrorCode() is one of codes) then else otherwise}. */
  public static Step ifErrorCode(IntSet codes, Step then, Step otherwise) {
    return when(new Condition.ErrorCodeIn(codes), then, otherwise);
  }

  /** {@code label: { body }}, or a switch whose breaks the front end gives the label. */
  public static Step labeled(String label, Step body) {
    return new Step.Labeled(label, body);
  }

  // ------------------------------------------------------------------ actions

  /** {@code Thread.sleep(1000)}: a delay of the code's own. */
  public static Step sleep(String site) {
    return new Step.Wait(at(site), false);
  }

  /** {@code Thread.sleep(retryAfterSeconds(e) * 1000)}: the delay the server asked for. */
  public static Step sleepRetryAfter(String site) {
    return new Step.Wait(at(site), true);
  }

  /** {@code tokens.refresh()}. */
  public static Step refreshToken() {
    return new Step.RefreshCredentials();
  }

  /** {@code return fetch(id)} inside {@code fetch}: the method calls itself. */
  public static Step recurse(String site) {
    return new Step.SelfCall(at(site));
  }

  /**
   * {@code throw e} for an exception of a type the library table knows, with its known supertypes.
   */
  public static Step rethrow(String type) {
    return new Step.Throw(HttpErrorTypes.typeAndSupertypes(type));
  }

  /**
   * {@code throw new Type(...)}: the type followed by its supertypes, as the front end lists them.
   */
  public static Step throwNew(String... typeAndSupertypes) {
    return new Step.Throw(List.of(typeAndSupertypes));
  }

  public static Step returns() {
    return new Step.Return();
  }

  public static Step breakLoop() {
    return new Step.Break(null);
  }

  public static Step breakTo(String label) {
    return new Step.Break(label);
  }

  public static Step continueLoop() {
    return new Step.Continue(null);
  }

  // ------------------------------------------------------------------ error body reads

  /**
   * {@code body.path("error")}: moves to {@code field} of the error body, to read something below
   * it.
   */
  public static Step navigate(String site, String field) {
    return new Step.BodyRead(at(site), field, Step.ReadKind.NAVIGATE);
  }

  /** {@code body.path("error").path("message").asText()}: takes the value of {@code field}. */
  public static Step readValue(String site, String field) {
    return new Step.BodyRead(at(site), field, Step.ReadKind.VALUE);
  }

  /** {@code body.path("error").isObject()}: asks for the JSON type of {@code field}. */
  public static Step readType(String site, String field) {
    return new Step.BodyRead(at(site), field, Step.ReadKind.TYPE_CHECK);
  }

  /** Something unrelated to error handling, e.g. {@code log.warn(...)}. */
  public static Step log() {
    return Step.NOTHING;
  }

  // ------------------------------------------------------------------ conditions

  public static IntSet statuses(int... values) {
    return IntSet.of(values);
  }

  /** {@code e.getCode() >= from}. */
  public static IntSet statusesFrom(int from) {
    return IntSet.range(from, MAX_STATUS);
  }

  public static Condition statusIn(int... values) {
    return new Condition.StatusIn(IntSet.of(values));
  }

  public static Condition errorCodeIn(int... codes) {
    return new Condition.ErrorCodeIn(IntSet.of(codes));
  }

  /** {@code e.getResponseHeaders().containsKey("Retry-After")}. */
  public static Condition retryAfterPresent() {
    return new Condition.RetryAfterPresent();
  }

  /** {@code e.getResponseBody().contains(literal) || ...}. */
  public static Condition bodyContains(String... literals) {
    return new Condition.TextMatch(List.of(literals));
  }

  public static Condition both(Condition left, Condition right) {
    return Condition.and(left, right);
  }

  public static Condition either(Condition left, Condition right) {
    return Condition.or(left, right);
  }

  public static Condition not(Condition operand) {
    return Condition.not(operand);
  }

  /** A test of something the analysis does not model, e.g. {@code attempt < MAX}. */
  public static Condition unknown() {
    return Condition.UNKNOWN;
  }

  // ------------------------------------------------------------------ running

  /**
   * The findings of one check on a method body, against the default (Fatture in Cloud + InvoiceXML)
   * contract.
   */
  public static List<Finding> findings(CheckInfo check, Step body) {
    return findings(check, Contracts.defaults(), body);
  }

  public static List<Finding> findings(CheckInfo check, ApiContract contract, Step body) {
    return Analysis.judge(new Unit("Test.method", body), check, contract);
  }

  /** The names of the sites the findings are reported at, in order. */
  public static List<String> sites(List<Finding> findings) {
    return findings.stream().map(f -> ((Site) f.anchor()).name()).toList();
  }
}
