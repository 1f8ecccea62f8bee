package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.TypeFilteredRetry;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a retry configuration written in a method meets around it: the calls of the retry templates
 * there (the work they run), and the classes of this file it names (a back-off policy, a retry
 * listener) and whether they read the Retry-After header.
 */
final class RetryTemplates {
  private RetryTemplates() {}

  /**
   * Whether a call is an instance method of one of the templates (or of a subtype) named one of the
   * names.
   */
  static <N> boolean isTemplateCall(
      N call, CodeView<N> view, Set<String> templates, String... names) {
    if (!List.of(names).contains(view.calledName(call)) || view.isStaticCall(call)) {
      return false;
    }
    String owner = view.calledOwner(call);
    return owner != null
        && templates.stream().anyMatch(type -> type.equals(owner) || view.isSubtype(owner, type));
  }

  /**
   * The calls that {@code accepted} accepts in the method that declares {@code config}, outside
   * nested classes.
   */
  static <N> List<N> callsInEnclosingMethod(N config, CodeView<N> view, Predicate<N> accepted) {
    List<N> calls = new ArrayList<>();
    for (N call : view.callsInEnclosingMethod(config)) {
      if (accepted.test(call)) {
        calls.add(call);
      }
    }
    return calls;
  }

  /**
   * Whether the work of a method annotated with a retry annotation of type {@code annotation} fails
   * on HTTP errors: its body, lowered on its own, sends a request that does. For a method without a
   * body (an interface or abstract method) the work is the body of the methods implementing it in
   * the classes of its package ({@link CodeView#implementationsInPackageOf}), but for those that
   * carry the annotation themselves (the proxy reads theirs, judged with their own body). None
   * found (a declarative HTTP client's method): no work is seen, only the exception types the
   * annotation names stand for HTTP failures, never a catch-all type.
   */
  static <N> boolean annotatedWorkFailsOnHttpErrors(
      N method, String annotation, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N body = view.methodBody(method);
    if (body != null) {
      return TypeFilteredRetry.failsOnHttpErrors(context.lowerRetriedWork(body));
    }
    for (N implementation : view.implementationsInPackageOf(method)) {
      N implemented = view.methodBody(implementation);
      if (implemented != null
          && view.annotation(implementation, annotation) == null
          && TypeFilteredRetry.failsOnHttpErrors(context.lowerRetriedWork(implemented))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the work that the retry templates run in the method declaring {@code config} fails on
   * HTTP errors: a lambda passed there to one of the named methods of the template {@code
   * operations} sends a request. When the method runs none and is a {@code @Bean} method making the
   * template, the work is that of the uses of the bean in the classes of its package ({@link
   * RetryBeans}).
   */
  static <N> boolean executedWorkFailsOnHttpErrors(
      N config, LoweringContext<N> context, Set<String> operations, String... names) {
    CodeView<N> view = context.view();
    List<N> calls =
        callsInEnclosingMethod(config, view, call -> isTemplateCall(call, view, operations, names));
    if (calls.isEmpty()) {
      calls = RetryBeans.usesOfBean(config, view, operations, names);
    }
    for (N call : calls) {
      for (N argument : view.arguments(call)) {
        N work = view.strip(argument);
        if (view.isLambda(work)
            && TypeFilteredRetry.failsOnHttpErrors(context.lowerRetriedWork(work))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The class of a value: the class an object creation names, the type of any other expression. */
  static <N> @Nullable String typeOfValue(N value, CodeView<N> view) {
    N tree = view.strip(value);
    String created = view.createdType(tree);
    return created != null ? created : view.typeOf(tree);
  }

  /**
   * Where the delay of a custom back-off (or a retry listener) comes from: a class of this file (or
   * an anonymous class written in place) that reads the Retry-After header gives RETRY_AFTER, one
   * that does not gives {@code otherwise}; a back-off class of the library ({@code new
   * ExponentialBackOffPolicy()}, a {@code FixedBackOffPolicy} variable) gives {@code otherwise};
   * any other class declared elsewhere cannot be read and counts as RETRY_AFTER, so that no finding
   * rests on it.
   */
  static <N> Step.RetryDelay customDelay(
      @Nullable N policy, Step.RetryDelay otherwise, LoweringContext<N> context) {
    if (policy == null) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    N value = context.view().strip(policy);
    if (context.view().createsAnonymousClass(value)) {
      return context.classReadsRetryAfter(value) ? Step.RetryDelay.RETRY_AFTER : otherwise;
    }
    String type = typeOfValue(policy, context.view());
    N declared = type == null || type.isEmpty() ? null : context.view().declaredClass(type);
    if (declared != null) {
      return context.classReadsRetryAfter(declared) ? Step.RetryDelay.RETRY_AFTER : otherwise;
    }
    if (type != null && TypeFilteredRetry.isLibraryBackOff(type)) {
      return otherwise;
    }
    return Step.RetryDelay.RETRY_AFTER;
  }

  /**
   * The method of that name of the class a class literal ({@code Predicate.class}) names, when this
   * file declares the class; null otherwise.
   */
  static <N> @Nullable N declaredMethod(@Nullable N classLiteral, String name, CodeView<N> view) {
    String type = classLiteral == null ? null : view.classLiteralType(view.strip(classLiteral));
    N declared = type == null || type.isEmpty() ? null : view.declaredClass(type);
    return declared == null ? null : view.declaredMethod(declared, name);
  }
}
