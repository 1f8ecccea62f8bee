package dev.faultline.analysis.values;

import dev.faultline.analysis.model.DelayGrowth;
import dev.faultline.analysis.view.CodeView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a wait's delay is the same on every attempt: a constant ({@code 2000}, {@code
 * RETRY_DELAY_MS}, {@code Duration.ofSeconds(2)}, {@code TimeUnit.SECONDS.toMillis(2)}), or a
 * variable given such a value once and never changed (a local, or a field set only where it is
 * declared or in constructors). A delay computed from a variable the code updates ({@code delay *=
 * 2}, the attempt counter) or from Retry-After changes; anything else (a parameter, a helper's
 * result, a random value) is not known.
 */
final class DelayGrowths {
  private static final int MAX_DEPTH = 8;

  /** Calls that give the same value for the same arguments, by their owner. */
  private static final Map<String, Set<String>> PURE_CALLS =
      Map.of(
          "java.time.Duration",
          Set.of(
              "of",
              "ofMillis",
              "ofSeconds",
              "ofMinutes",
              "ofHours",
              "ofNanos",
              "toMillis",
              "toSeconds",
              "getSeconds",
              "toNanos",
              "multipliedBy",
              "plus",
              "plusMillis",
              "plusSeconds"),
          "java.util.concurrent.TimeUnit",
          Set.of("toMillis", "toSeconds", "toNanos", "toMicros", "convert"),
          "java.lang.Math",
          Set.of("min", "max", "abs", "toIntExact", "multiplyExact", "addExact"),
          "java.lang.Long",
          Set.of("valueOf", "min", "max"),
          "java.lang.Integer",
          Set.of("valueOf", "min", "max"),
          "org.apache.hc.core5.util.TimeValue",
          Set.of("of", "ofMilliseconds", "ofSeconds", "ofMinutes", "toMilliseconds", "toSeconds"));

  /** Constants that name a unit of time. */
  private static final Set<String> UNIT_TYPES =
      Set.of("java.util.concurrent.TimeUnit", "java.time.temporal.ChronoUnit");

  private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "<<", ">>", "%");

  private DelayGrowths() {}

  static <N> DelayGrowth ofAll(List<? extends N> delays, Operands<N> operands) {
    if (delays.isEmpty()) {
      return DelayGrowth.UNKNOWN;
    }
    DelayGrowth all = DelayGrowth.FIXED;
    for (N delay : delays) {
      all = combine(all, of(delay, operands));
    }
    return all;
  }

  static <N> DelayGrowth of(@Nullable N delay, Operands<N> operands) {
    return delay == null ? DelayGrowth.UNKNOWN : growth(delay, operands, 0);
  }

  /** FIXED when both are, GROWING when either changes, UNKNOWN otherwise. */
  private static DelayGrowth combine(DelayGrowth left, DelayGrowth right) {
    if (left == DelayGrowth.GROWING || right == DelayGrowth.GROWING) {
      return DelayGrowth.GROWING;
    }
    return left == DelayGrowth.FIXED && right == DelayGrowth.FIXED
        ? DelayGrowth.FIXED
        : DelayGrowth.UNKNOWN;
  }

  private static <N> DelayGrowth growth(N expression, Operands<N> operands, int depth) {
    CodeView<N> view = operands.view();
    N tree = view.strip(expression);
    if (depth > MAX_DEPTH) {
      return DelayGrowth.UNKNOWN;
    }
    if (view.constantValue(tree) != null) {
      return DelayGrowth.FIXED;
    }
    if (operands.isRetryAfterDerived(tree)) {
      return DelayGrowth.GROWING; // the server's wait, whatever it is
    }
    String type = view.typeOf(tree);
    if (type != null && UNIT_TYPES.contains(type) && view.referencedField(tree) != null) {
      return DelayGrowth.FIXED; // TimeUnit.SECONDS
    }
    if (view.isName(tree)) {
      return variableGrowth(tree, operands, depth);
    }
    String operator = view.binaryOperator(tree);
    if (operator != null) {
      if (!ARITHMETIC.contains(operator)) {
        return DelayGrowth.UNKNOWN;
      }
      DelayGrowth all = DelayGrowth.FIXED;
      for (N operand : view.binaryOperands(tree)) {
        all = combine(all, growth(operand, operands, depth + 1));
      }
      return all;
    }
    if (view.isCall(tree)) {
      String owner = view.calledOwner(tree);
      Set<String> pure = owner == null ? null : PURE_CALLS.get(owner);
      if (pure == null || !pure.contains(view.calledName(tree))) {
        return DelayGrowth.UNKNOWN;
      }
      DelayGrowth all = DelayGrowth.FIXED;
      N receiver = view.isStaticCall(tree) ? null : view.receiver(tree);
      if (receiver != null) {
        all = growth(receiver, operands, depth + 1);
      }
      for (N argument : view.arguments(tree)) {
        all = combine(all, growth(argument, operands, depth + 1));
      }
      return all;
    }
    return DelayGrowth.UNKNOWN;
  }

  /**
   * A local variable or a field: the same every time when it is given one value that is, and never
   * updated; changing when the code updates it ({@code delay *= 2}) or writes it more than once.
   */
  private static <N> DelayGrowth variableGrowth(N name, Operands<N> operands, int depth) {
    CodeView<N> view = operands.view();
    Object variable = view.declarationOf(name);
    if (variable == null) {
      return DelayGrowth.UNKNOWN;
    }
    if (operands.isUpdated(variable)) {
      return DelayGrowth.GROWING;
    }
    List<N> values = operands.valuesWritten(variable);
    if (values.size() > 1) {
      return DelayGrowth.GROWING;
    }
    N declaration = view.variableDeclaration(name);
    if (declaration != null && view.isField(declaration)) {
      return fieldGrowth(name, declaration, variable, operands, depth);
    }
    if (values.size() == 1) {
      return growth(values.get(0), operands, depth + 1);
    }
    return DelayGrowth.UNKNOWN; // a parameter, a variable of a lambda
  }

  /**
   * A field is the same on every attempt when its class writes it only where it is declared, in
   * constructors and in methods the waiting code neither is nor calls (setters of a configuration),
   * and never updates it; its value must then be fixed, or come from a constructor or a setter.
   */
  private static <N> DelayGrowth fieldGrowth(
      N use, N declaration, Object field, Operands<N> operands, int depth) {
    CodeView<N> view = operands.view();
    N owner = view.enclosingClass(declaration);
    if (owner == null) {
      return DelayGrowth.UNKNOWN;
    }
    N waiting = view.enclosingMethod(use);
    Set<String> calledByWaiting =
        null; // the names the waiting method calls, read at the first need
    boolean setByConstructor = false;
    boolean perInstance = false;
    for (N method : view.methodsOf(owner)) {
      String methodName = view.methodName(method);
      boolean constructor = "<init>".equals(methodName);
      for (N write : view.writesIn(method)) {
        if (same(view.writtenVariable(write), field) && !same(write, declaration)) {
          if (!constructor) {
            if (waiting == null || methodName == null || same(method, waiting)) {
              return DelayGrowth.UNKNOWN; // written by the waiting code
            }
            if (calledByWaiting == null) {
              calledByWaiting = new HashSet<>();
              for (N call : view.callsInEnclosingMethod(use)) {
                calledByWaiting.add(view.calledName(call));
              }
            }
            if (calledByWaiting.contains(methodName)) {
              return DelayGrowth.UNKNOWN; // written by a method the waiting code calls
            }
          }
          setByConstructor = true;
          perInstance |= growth(view.writtenValue(write), operands, depth + 1) != DelayGrowth.FIXED;
        }
      }
      if (updates(method, field, view)) {
        return DelayGrowth.UNKNOWN;
      }
    }
    if (perInstance && createsItself(owner, view)) {
      // Each instance has its own value, and the class makes new ones: a retry that goes on in a
      // new instance (a callback re-enqueued with new Callback(attempt + 1)) may wait longer.
      return DelayGrowth.UNKNOWN;
    }
    N initializer = view.initializerOf(declaration);
    if (initializer == null) {
      return setByConstructor ? DelayGrowth.FIXED : DelayGrowth.UNKNOWN;
    }
    DelayGrowth initial = growth(initializer, operands, depth + 1);
    return initial == DelayGrowth.FIXED ? DelayGrowth.FIXED : DelayGrowth.UNKNOWN;
  }

  /** Whether the file creates instances of the class itself ({@code new Owner(..)}). */
  private static <N> boolean createsItself(N owner, CodeView<N> view) {
    for (N creation : view.creationsInFile()) {
      String created = view.createdType(creation);
      if (created != null && same(view.declaredClass(created), owner)) {
        return true;
      }
    }
    return false;
  }

  private static <N> boolean updates(N node, Object field, CodeView<N> view) {
    if (same(view.updatedVariable(node), field)) {
      return true;
    }
    for (N child : view.childrenOf(node)) {
      if (updates(child, field, view)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two keys are the same declaration (the views' keys are compared by identity). */
  private static boolean same(@Nullable Object key, Object declaration) {
    java.util.IdentityHashMap<Object, Boolean> one = new java.util.IdentityHashMap<>();
    one.put(declaration, true);
    return key != null && one.containsKey(key);
  }
}
