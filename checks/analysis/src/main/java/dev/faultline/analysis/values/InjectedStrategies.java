package dev.faultline.analysis.values;

import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The code that may answer a call on a strategy a class was given instead of writing it: a
 * predicate that decides which failures are sent again ({@code decider.shouldRetry(status)}), a
 * pause between attempts ({@code pacer.hold(millis)}), a back-off ({@code
 * backoff.delayMillis(response, attempt)}), held in a field set from a constructor parameter or
 * passed as a method parameter.
 *
 * <p>What may answer is read where it is known, in this order:
 *
 * <ol>
 *   <li>for a field set only from one constructor parameter, what the creations of the class in its
 *       package pass for that parameter: a lambda ({@code new Client(http, status -> status >=
 *       500)}), or an instance of a class of the project ({@code new Client(http, new
 *       GatewayDecider())}), whose method of that name answers; every creation must give one, or
 *       nothing is known from the creations;
 *   <li>otherwise, for a field or parameter of a type of the project, the methods of that name,
 *       with a body and as many parameters, of the classes of its package that implement the type
 *       (the strategy may be any of them: wired by a framework, or in a file out of sight).
 * </ol>
 *
 * Front ends see the same answers: the creations and classes are read through {@link CodeView}.
 */
public final class InjectedStrategies {
  private InjectedStrategies() {}

  private static final String CONSTRUCTOR = "<init>";

  /** Types whose names tell what a call waits: a pause's delay, as a number or a duration. */
  private static final Set<String> DELAY_TYPES =
      Set.of("long", "int", "java.lang.Long", "java.lang.Integer", "java.time.Duration");

  /** How the code that may answer a call on a strategy waits. */
  public enum Pause {
    /** Every answer waits, with the call's first argument as its delay. */
    WAITS_THE_ARGUMENT,
    /** Every answer waits, not (or not always) with the call's first argument as its delay. */
    WAITS
  }

  /**
   * The code that may answer a call on a strategy the class was given: methods (declarations with a
   * body) and lambdas, as the class comment says; null when the receiver is no field or parameter,
   * or when what may answer is not known (a creation passes a variable, the field is also set by a
   * setter, no class of the package implements the type).
   */
  public static <N> @Nullable List<N> answering(N call, CodeView<N> view) {
    return answering(call, view, null);
  }

  /**
   * As {@link #answering(Object, CodeView)}; when {@code everyAnswerHolds} is given, the caller
   * needs answers only if every one is in a file whose text it accepts, so null when no file the
   * classes of the package are read from may hold such text ({@link CodeView#packageTextMayHold}).
   */
  private static <N> @Nullable List<N> answering(
      N call, CodeView<N> view, @Nullable Predicate<CharSequence> everyAnswerHolds) {
    N receiver = view.receiver(call);
    if (receiver == null) {
      return null;
    }
    receiver = view.strip(receiver);
    String method = view.calledName(call);
    int arity = view.arguments(call).size();
    N field = view.fieldDeclaration(receiver);
    if (field != null) {
      List<N> given = givenAtCreation(field, method, arity, view);
      if (given != null) {
        return given;
      }
    } else if (!isParameter(receiver, view)) {
      return null;
    }
    String type = view.typeOf(receiver);
    if (type == null
        || type.startsWith("java.")
        || type.startsWith("javax.")
        || !view.declaredInProject(type)) {
      return null; // a library's type: its implementations are the library's
    }
    if (everyAnswerHolds != null && !view.packageTextMayHold(receiver, method, everyAnswerHolds)) {
      return null;
    }
    List<N> found = new ArrayList<>();
    for (N declared : view.classesInPackageOf(receiver, method)) {
      N implementation = view.declaredMethod(declared, method);
      if (implementation != null
          && view.parameters(implementation).size() == arity
          && view.declaredInSubtypeOf(implementation, type)) {
        found.add(implementation);
      }
    }
    return found.isEmpty() ? null : found;
  }

  /**
   * How a call on a strategy the class was given waits, when everything that may answer it waits
   * ({@code pacer.hold(millis)}, each implementation sleeping); null when it is no such call. Only
   * calls that return nothing (or whose type is not known) and are given a delay (a number or a
   * {@link java.time.Duration}) are asked about; an answer waits when it calls a wait of the
   * library table or one named as such.
   */
  public static <N> @Nullable Pause pauseOf(N call, CodeView<N> view) {
    List<? extends N> arguments = view.arguments(call);
    if (arguments.isEmpty()
        || arguments.size() > 2
        || view.receiver(call) == null
        || !Objects.requireNonNullElse(view.calledReturnType(call), "void").equals("void")
        || !DELAY_TYPES.contains(String.valueOf(view.typeOf(view.strip(arguments.get(0)))))) {
      return null;
    }
    // Every answer must call a wait for the call to pause; a file whose text names no wait holds
    // no such answer, so the classes of the package are read only when some file may.
    List<N> answers = answering(call, view, HttpClientCatalogue::mayHoldWait);
    if (answers == null) {
      return null;
    }
    boolean passesArgument = true;
    for (N answer : answers) {
      List<? extends N> parameters =
          view.isLambda(answer) ? view.lambdaParameters(answer) : view.parameters(answer);
      N body = view.isLambda(answer) ? answer : view.methodBody(answer);
      if (body == null || parameters.isEmpty()) {
        return null;
      }
      boolean waits = false;
      boolean waitsArgument = false;
      for (N inside : view.callsIn(body)) {
        if (HttpClientCatalogue.waitOf(view, inside) != null
            || HttpClientCatalogue.waitsByName(view, inside)) {
          waits = true;
          waitsArgument |=
              view.arguments(inside).stream().anyMatch(a -> view.refersTo(a, parameters.get(0)));
        }
      }
      if (!waits) {
        return null;
      }
      passesArgument &= waitsArgument;
    }
    return passesArgument ? Pause.WAITS_THE_ARGUMENT : Pause.WAITS;
  }

  private static <N> boolean isParameter(N name, CodeView<N> view) {
    if (!view.isName(name)) {
      return false;
    }
    Object variable = view.declarationOf(name);
    N method = view.enclosingMethod(name);
    if (variable == null || method == null) {
      return false;
    }
    for (N parameter : view.parameters(method)) {
      if (variable.equals(view.declarationOf(parameter))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the creations of a field's class pass for it, when the field is set only from a
   * constructor parameter (or by its initializer); null when that is not known for every creation.
   */
  private static <N> @Nullable List<N> givenAtCreation(
      N field, String method, int arity, CodeView<N> view) {
    N initializer = view.initializerOf(field);
    if (initializer != null) {
      N answer = answerGiven(view.strip(initializer), method, arity, view);
      return answer == null ? null : List.of(answer);
    }
    N holder = view.enclosingClass(field);
    String holderType = holder == null ? null : view.qualifiedClassName(holder);
    Object key = view.declarationOf(field);
    if (holderType == null || key == null) {
      return null;
    }
    // The constructor parameter the field is set from, by the constructor's parameter count.
    Map<Integer, Integer> parameterByArity = new HashMap<>();
    for (N member : view.methodsOf(holder)) {
      for (N write : view.writesIn(member)) {
        if (!key.equals(view.writtenVariable(write))) {
          continue;
        }
        int index =
            CONSTRUCTOR.equals(view.methodName(member))
                ? parameterIndex(member, view.strip(view.writtenValue(write)), view)
                : -1;
        Integer before = parameterByArity.put(view.parameters(member).size(), index);
        if (index < 0 || (before != null && before != index)) {
          return null;
        }
      }
    }
    if (parameterByArity.isEmpty()) {
      return null;
    }
    List<N> answers = new ArrayList<>();
    for (N creation : creationsOf(holderType, view)) {
      List<? extends N> arguments = view.arguments(creation);
      Integer index = parameterByArity.get(arguments.size());
      N answer =
          index == null ? null : answerGiven(view.strip(arguments.get(index)), method, arity, view);
      if (answer == null) {
        return null;
      }
      answers.add(answer);
    }
    return answers.isEmpty() ? null : answers;
  }

  private static <N> int parameterIndex(N constructor, N value, CodeView<N> view) {
    Object named = view.isName(value) ? view.declarationOf(value) : null;
    List<? extends N> parameters = view.parameters(constructor);
    for (int i = 0; named != null && i < parameters.size(); i++) {
      if (named.equals(view.declarationOf(parameters.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** The creations of a class in this file and in the other files of its package. */
  private static <N> List<N> creationsOf(String type, CodeView<N> view) {
    IdentityHashMap<N, Boolean> seen = new IdentityHashMap<>();
    List<N> creations = new ArrayList<>();
    for (N creation : view.creationsInFile()) {
      if (type.equals(view.createdType(creation)) && seen.put(creation, true) == null) {
        creations.add(creation);
      }
    }
    for (N creation : view.creationsInPackageOf(type)) {
      if (seen.put(creation, true) == null) {
        creations.add(creation);
      }
    }
    return creations;
  }

  /**
   * What answers a call of {@code method} on a value given for a strategy: the value itself when it
   * is a lambda of as many parameters, the method of that name of the class of the project it
   * creates; null otherwise (a variable, a method reference, an anonymous class, a library class).
   */
  private static <N> @Nullable N answerGiven(N value, String method, int arity, CodeView<N> view) {
    if (view.isLambda(value)) {
      return view.lambdaParameters(value).size() == arity ? value : null;
    }
    String created = view.createdType(value);
    if (created == null || view.createsAnonymousClass(value)) {
      return null;
    }
    N declared = view.declaredClass(created);
    N implementation = declared == null ? null : view.declaredMethod(declared, method);
    return implementation != null && view.parameters(implementation).size() == arity
        ? implementation
        : null;
  }
}
