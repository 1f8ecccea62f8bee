package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One family of library methods, as Error Prone's {@code MethodMatchers} describe them: instance
 * methods of a type and its subtypes (matched on the type the call is made on), static methods of
 * one class, or the instance methods of a package's classes that declare a given exception. An
 * empty name set stands for any name.
 *
 * @param owner the type (or, for {@link Scope#PACKAGE}, the package)
 * @param scope how the owner is matched
 * @param names the method names, or empty for any
 * @param declaredThrown for {@link Scope#PACKAGE}: an exception type the method must declare, else
 *     null
 * @param functionArgument a functional interface one of the call's arguments must stand for (a
 *     lambda, a method reference, or a value of that type or a subtype), else null: it tells apart
 *     the overloads that take a callback
 */
public record MethodFamily(
    String owner,
    Scope scope,
    Set<String> names,
    @Nullable String declaredThrown,
    @Nullable String functionArgument) {

  /** How a family's owner is matched. */
  public enum Scope {
    /**
     * {@code instanceMethod().onDescendantOf(owner)}: the receiver's type is the owner or a
     * subtype.
     */
    INSTANCE,
    /** {@code staticMethod().onClass(owner)}: a static method declared by the owner. */
    STATIC,
    /** {@code instanceMethod().onClass(in package owner)}, declaring {@code declaredThrown}. */
    PACKAGE
  }

  /** Instance methods of {@code owner} and its subtypes, by name (none given: any name). */
  public static MethodFamily instanceMethod(String owner, String... names) {
    return new MethodFamily(owner, Scope.INSTANCE, Set.of(names), null, null);
  }

  /** Static methods of {@code owner}, by name. */
  public static MethodFamily staticMethod(String owner, String... names) {
    return new MethodFamily(owner, Scope.STATIC, Set.of(names), null, null);
  }

  /** Instance methods, of any name, of the classes of a package that declare {@code thrown}. */
  public static MethodFamily inPackageThrowing(String packageName, String thrown) {
    return new MethodFamily(packageName, Scope.PACKAGE, Set.of(), thrown, null);
  }

  /**
   * The calls of this family that are given a callback of the functional interface {@code type}: a
   * lambda, a method reference, or a value of that type (HttpClient 4's {@code execute(request,
   * responseHandler)}).
   */
  public MethodFamily withFunctionArgument(String type) {
    return new MethodFamily(owner, scope, names, declaredThrown, type);
  }

  /**
   * Whether a call (whose name the caller has already matched against {@link #names}) calls a
   * method of this family.
   */
  <N> boolean matchesOwner(CodeView<N> view, N call) {
    return matchesReceiver(view, call)
        && (functionArgument == null || hasFunctionArgument(view, call, functionArgument));
  }

  private <N> boolean matchesReceiver(CodeView<N> view, N call) {
    return switch (scope) {
      case STATIC -> view.isStaticCall(call) && owner.equals(view.calledOwner(call));
      case INSTANCE -> !view.isStaticCall(call) && view.isSubtype(view.receiverType(call), owner);
      case PACKAGE ->
          !view.isStaticCall(call)
              && isInPackage(view.receiverType(call))
              && declares(view.calledThrownTypes(call));
    };
  }

  private static <N> boolean hasFunctionArgument(CodeView<N> view, N call, String type) {
    for (N argument : view.arguments(call)) {
      N value = view.strip(argument);
      if (view.isLambda(value)
          || view.isMethodReference(value)
          || view.isSubtype(view.typeOf(value), type)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a type is a class of the package {@link #owner} (not of a subpackage). */
  private boolean isInPackage(@Nullable String type) {
    return type != null
        && type.length() > owner.length() + 1
        && type.startsWith(owner)
        && type.charAt(owner.length()) == '.'
        && Character.isUpperCase(type.charAt(owner.length() + 1));
  }

  private boolean declares(@Nullable List<String> thrown) {
    return thrown != null && thrown.contains(declaredThrown);
  }
}
