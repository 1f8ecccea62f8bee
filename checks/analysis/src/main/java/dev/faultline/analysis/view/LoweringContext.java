package dev.faultline.analysis.view;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a front end's lowering of one member (a method, a field initializer, an initializer block) offers the
 * recognisers: the code view, and the lowering's own answers about code inside the member (conditions, the errors a
 * piece of work fails with, whether a value comes from Retry-After).
 */
public interface LoweringContext<N> {
  /** The view of the front end's trees. */
  CodeView<N> view();

  /** The member being lowered. */
  N member();

  /**
   * The condition under which a lambda returns true, or null when the lambda cannot be read. When {@code typingCall}
   * is given, its explicit type argument types the lambda's first {@code typedParameters} parameters (a front end
   * that knows types already may ignore it).
   */
  @Nullable Condition lambdaCondition(N lambda, @Nullable N typingCall, int typedParameters);

  /** Whether a value (a delay function, an expression) reads the Retry-After header. */
  boolean readsRetryAfter(N value);

  /** The HTTP errors (statuses) that the requests in a piece of code fail with, or null when it sends none. */
  @Nullable IntSet httpErrorsThrownIn(N code);

  // [spring] new members above this line

  // [hooks] new members above this line

  /** The condition an expression tests, lowered as an if condition in the member would be. */
  Condition conditionOf(N expression);

  /** Whether some code sends an HTTP request: a recognised request, or a call of a same-class helper that sends. */
  boolean sendsRequestIn(N code);

  /** Whether a call reads the Retry-After header: itself, or as a same-class helper that returns or waits for it. */
  boolean callReadsRetryAfter(N call);

  /** Whether a call puts the thread to sleep. */
  boolean callSleeps(N call);

  /**
   * The initializer of the variable that a name (or a field access) refers to, when it is a local variable of the
   * member being lowered or a field of its class; null for any other expression, or a variable without initializer.
   */
  @Nullable N initialiserOf(N name);

  /**
   * The method the member being lowered is, or is declared in; for a field initializer or an initializer block
   * outside any method, the class declaring it.
   */
  N enclosingMethodOrClass();

  /**
   * The exception types that the requests in some code throw, and those of the same-class helpers it calls that
   * send, in the order they are met.
   */
  Set<String> requestExceptionsIn(N code);

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
