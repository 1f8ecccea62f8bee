package dev.faultline.analysis.view;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import java.util.List;
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

  /** The condition an expression tests, lowered as an if condition in the member would be. */
  Condition conditionOf(N expression);

  /** What a case with these (constant, non-empty) labels of a switch over {@code selector} tests. */
  Condition caseConditionOf(N selector, List<? extends N> labels);

  /** Whether a call reads the Retry-After header (by name, or through a retry-after accessor). */
  boolean readsRetryAfterCall(N call);

  /** Whether a call sleeps the current thread ({@code Thread.sleep}, {@code TimeUnit.sleep}, ...). */
  boolean isSleepCall(N call);

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
