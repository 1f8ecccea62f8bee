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
 * @param resultType the type token the call's last argument must be (the type of the value the call
 *     returns), else null: it tells apart the overloads that convert their result
 */
public record MethodFamily(
    String owner,
    Scope scope,
    Set<String> names,
    @Nullable String declaredThrown,
    @Nullable String functionArgument,
    @Nullable ResultType resultType) {

  /**
   * A type-token last argument: a class literal naming another type than {@code untyped}, a {@code
   * Class} value, or a value of the library's generic type token ({@code new GenericType<List<X>>()
   * {}}).
   *
   * @param genericToken the library's type token for generic types
   * @param untyped the types whose class literal gives the overload's unconverted result (JAX-RS's
   *     {@code get(Response.class)} returns the response as {@code get()} does)
   */
  public record ResultType(String genericToken, Set<String> untyped) {}

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
    return new MethodFamily(owner, Scope.INSTANCE, Set.of(names), null, null, null);
  }

  /** Static methods of {@code owner}, by name. */
  public static MethodFamily staticMethod(String owner, String... names) {
    return new MethodFamily(owner, Scope.STATIC, Set.of(names), null, null, null);
  }

  /** Instance methods, of any name, of the classes of a package that declare {@code thrown}. */
  public static MethodFamily inPackageThrowing(String packageName, String thrown) {
    return new MethodFamily(packageName, Scope.PACKAGE, Set.of(), thrown, null, null);
  }

  /**
   * The calls of this family that are given a callback of the functional interface {@code type}: a
   * lambda, a method reference, or a value of that type (HttpClient 4's {@code execute(request,
   * responseHandler)}).
   */
  public MethodFamily withFunctionArgument(String type) {
    return new MethodFamily(owner, scope, names, declaredThrown, type, resultType);
  }

  /**
   * The calls of this family whose last argument is a type token ({@link ResultType}): the
   * overloads that convert the result to that type (JAX-RS's {@code get(Invoice.class)}).
   */
  public MethodFamily withResultType(String genericToken, String... untyped) {
    return new MethodFamily(
        owner,
        scope,
        names,
        declaredThrown,
        functionArgument,
        new ResultType(genericToken, Set.of(untyped)));
  }

  /**
   * Whether a call (whose name the caller has already matched against {@link #names}) calls a
   * method of this family.
   */
  <N> boolean matchesOwner(CodeView<N> view, N call) {
    return matchesReceiver(view, call)
        && (functionArgument == null || hasFunctionArgument(view, call, functionArgument))
        && (resultType == null || hasResultType(view, call, resultType));
  }

  private static <N> boolean hasResultType(CodeView<N> view, N call, ResultType resultType) {
    List<? extends N> arguments = view.arguments(call);
    if (arguments.isEmpty()) {
      return false;
    }
    N last = view.strip(arguments.get(arguments.size() - 1));
    String literal = view.classLiteralType(last);
    if (literal != null) {
      return !resultType.untyped().contains(literal);
    }
    String created = view.createdType(last);
    String type = created != null ? created : view.typeOf(last);
    return type != null
        && (type.equals("java.lang.Class") || view.isSubtype(type, resultType.genericToken()));
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
