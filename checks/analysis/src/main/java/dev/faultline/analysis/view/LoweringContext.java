package dev.faultline.analysis.view;

import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.values.CodeWalk;
import dev.faultline.analysis.values.InjectedStrategies;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a front end's lowering of one member (a method, a field initializer, an initializer block)
 * offers the recognisers: the code view, and the lowering's own answers about code inside the
 * member (conditions, the errors a piece of work fails with, whether a value comes from
 * Retry-After).
 */
public interface LoweringContext<N> {
  /** The view of the front end's trees. */
  CodeView<N> view();

  /** The member being lowered. */
  N member();

  /**
   * What walking {@code code} finds for learning its values ({@link CodeWalk}). It depends on the
   * code alone, and the same code is learned by many lowerings, so a front end keeps it for the
   * file being analysed.
   */
  default CodeWalk<N> walkOf(N code) {
    return CodeWalk.of(code, view());
  }

  /**
   * The condition under which a lambda returns true, or null when the lambda cannot be read. When
   * {@code typingCall} is given, its explicit type argument types the lambda's first {@code
   * typedParameters} parameters (a front end that knows types already may ignore it).
   */
  @Nullable Condition lambdaCondition(N lambda, @Nullable N typingCall, int typedParameters);

  /** Whether a value (a delay function, an expression) reads the Retry-After header. */
  boolean readsRetryAfter(N value);

  /**
   * The HTTP errors (statuses) that the requests in a piece of code fail with, or null when it
   * sends none.
   */
  @Nullable IntSet httpErrorsThrownIn(N code);

  /**
   * Whether this lowering lowers a piece of work a library retries: library retries are not
   * recognised again there.
   */
  boolean lowersRetriedWork();

  /**
   * The steps of the work a library retries (a method body, a lambda), lowered on their own without
   * the units of its lambdas, for a recogniser that asks whether the work sends a request.
   */
  Step lowerRetriedWork(N work);

  /**
   * The condition under which a retry predicate (a lambda, or a method such as a {@code
   * shouldRetry}) returns true, read with this lowering's condition machinery; UNKNOWN when it
   * cannot be read.
   */
  Condition retryPredicate(N predicate);

  /**
   * Whether a class declaration of this file (a back-off policy, a retry listener) reads the
   * Retry-After header.
   */
  boolean classReadsRetryAfter(N classDeclaration);

  /** The condition an expression tests, lowered as an if condition in the member would be. */
  Condition conditionOf(N expression);

  /**
   * What a case with these (constant, non-empty) labels of a switch over {@code selector} tests.
   */
  Condition caseConditionOf(N selector, List<? extends N> labels);

  /** Whether a call reads the Retry-After header (by name, or through a retry-after accessor). */
  boolean readsRetryAfterCall(N call);

  /**
   * Whether a call sleeps the current thread ({@code Thread.sleep}, {@code TimeUnit.sleep}, ...).
   */
  boolean isSleepCall(N call);

  /**
   * Whether some code sends an HTTP request: a recognised request, or a call of a same-class helper
   * that sends.
   */
  boolean sendsRequestIn(N code);

  /**
   * Whether a call reads the Retry-After header: itself, or as a same-class helper that returns or
   * waits for it.
   */
  boolean readsRetryAfterWithHelpers(N call);

  /**
   * The initializer of the variable that a name (or a field access) refers to, when it is a local
   * variable of the member being lowered or a field of its class; null for any other expression, or
   * a variable without initializer.
   */
  @Nullable N initialiserOf(N name);

  /**
   * The method the member being lowered is, or is declared in; for a field initializer or an
   * initializer block outside any method, the class declaring it.
   */
  N enclosingMethodOrClass();

  /**
   * The exception types that the requests in some code throw, and those of the same-class helpers
   * it calls that send, in the order they are met.
   */
  Set<String> requestExceptionsIn(N code);

  /** Whether a call reads a response's status as a number ({@code response.statusCode()}). */
  boolean readsStatusCode(N call);

  /**
   * Whether a call reads a response's status as an object ({@code response.getStatusCode()} of
   * Spring).
   */
  boolean readsStatusObject(N call);

  /** Whether a call parses an error body into a tree or an object (a JSON parser's read). */
  boolean parsesBody(N call);

  /**
   * Whether an expression reads the raw error body (as text or bytes); false for any node that is
   * no expression.
   */
  boolean readsRawBody(N expression);

  /**
   * The JSON path of the value a call reads from a parsed error body held at {@code receiverPath}
   * ("" for the root), or null when the call reads no value there (no access, a presence or a type
   * check).
   */
  @Nullable String bodyValueRead(N call, String receiverPath);

  /**
   * Whether a call waits before going on: a sleep, a task scheduled with a delay, a delayed
   * executor, a call of code out of sight named as a wait, a pause of a strategy the class was
   * given ({@link InjectedStrategies#pauseOf}).
   */
  default boolean isWaitCall(N call) {
    CodeView<N> view = view();
    return HttpClientCatalogue.waitOf(view, call) != null
        || HttpClientCatalogue.waitsByName(view, call)
        || InjectedStrategies.pauseOf(call, view) != null;
  }

  /**
   * The exception types a call that sends an HTTP request throws when the request fails, or null
   * when the call sends no request.
   */
  @Nullable List<String> requestThrownTypes(N call);

  /** Whether a call that sends an HTTP request throws when the response has an error status. */
  boolean requestThrowsOnHttpError(N call);

  /**
   * The facts of the same-class helper method a call calls (what it sends, waits for, returns), or
   * null.
   */
  ClassFacts.@Nullable Helper<N> helperCalled(N call);

  /**
   * The facts of the same-class helpers of the class a class declaration of this file belongs to
   * ({@link ClassFacts#owner}), computed once.
   */
  ClassFacts<N> factsOf(N classDeclaration);
}
