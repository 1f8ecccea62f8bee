package dev.faultline.analysis.values;

import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statuses (or API error codes) a value holds, followed to where it is written: an int
 * constant, a status enum constant, {@code Set.of(..)}, {@code List.of(..)}, {@code
 * Arrays.asList(..)}, {@code EnumSet.of(..)}, {@code new HashSet<>(..)}, an {@code int[]}
 * initializer, a stream of them, and a field or local that holds one: its initializer, the {@code
 * add}/{@code addAll} calls on it (a static block filling a set) and the assignments in
 * constructors, following a constructor parameter through the {@code this(..)} calls that give it a
 * value. A value written anywhere else, or changed by {@code remove}/{@code clear}, is not known.
 */
public final class StatusValues<N> {
  /** Collections built from their arguments (each argument one value, a collection or an array). */
  private static final Set<String> COLLECTING =
      Set.of(
          "of",
          "asList",
          "copyOf",
          "ofNullable",
          "newHashSet",
          "newLinkedHashSet",
          "newTreeSet",
          "newArrayList",
          "newLinkedList",
          "unmodifiableSet",
          "unmodifiableList",
          "unmodifiableCollection",
          "unmodifiableSortedSet",
          "synchronizedSet",
          "synchronizedList",
          "singleton",
          "singletonList",
          "concat");

  /** Calls on a collection or a stream that keep its values. */
  private static final Set<String> KEEPING =
      Set.of(
          "stream",
          "boxed",
          "distinct",
          "sorted",
          "toList",
          "toSet",
          "collect",
          "parallelStream",
          "asList",
          "build",
          "toArray");

  /** Calls that take values out of a collection: its values are then no longer known. */
  private static final Set<String> REMOVING =
      Set.of("remove", "removeAll", "removeIf", "retainAll", "clear", "set", "replaceAll");

  private static final Map<String, Integer> SERIES_HUNDREDS =
      Map.of(
          "INFORMATIONAL", 1,
          "SUCCESSFUL", 2,
          "REDIRECTION", 3,
          "CLIENT_ERROR", 4,
          "SERVER_ERROR", 5);

  private static final int MAX_DEPTH = 6;

  private final CodeView<N> view;
  private final Map<Object, Integer> bound;

  /**
   * @param bound variables that stand for one known int here (the variable of a loop over
   *     constants, unrolled), by {@link CodeView#declarationOf} key
   */
  public StatusValues(CodeView<N> view, Map<Object, Integer> bound) {
    this.view = view;
    this.bound = bound;
  }

  /** The int an expression holds: a compile-time constant or a bound variable. */
  public Optional<Integer> intConstant(N expression) {
    N tree = view.strip(expression);
    Object value = view.constantValue(tree);
    if (value instanceof Integer number) {
      return Optional.of(number);
    }
    if (!bound.isEmpty() && view.isName(tree)) {
      return Optional.ofNullable(bound.get(view.declarationOf(tree)));
    }
    return Optional.empty();
  }

  /**
   * A status named by an int constant, a status enum constant ({@code
   * HttpStatus.TOO_MANY_REQUESTS}, as a case label its bare name), {@code HttpStatus.X.value()} or
   * {@code HttpStatus.valueOf(429)}.
   */
  public Optional<Integer> statusConstant(N expression) {
    N tree = view.strip(expression);
    Optional<Integer> number = intConstant(tree);
    if (number.isPresent()) {
      return number;
    }
    if (view.isCall(tree)) {
      String name = view.calledName(tree);
      List<? extends N> arguments = view.arguments(tree);
      N receiver = view.receiver(tree);
      if (arguments.isEmpty()
          && receiver != null
          && (name.equals("value") || name.equals("getStatusCode") || name.equals("code"))) {
        return statusConstant(receiver);
      }
      if (arguments.size() == 1
          && (name.equals("valueOf") || name.equals("resolve"))
          && isStatusEnum(view.calledOwner(tree))) {
        return intConstant(arguments.get(0));
      }
      return Optional.empty();
    }
    String field = view.referencedField(tree);
    if (field != null) {
      int dot = field.lastIndexOf('.');
      String owner = field.substring(0, Math.max(dot, 0));
      return isStatusEnum(owner) || namesStatuses(owner)
          ? HttpNames.statusOfEnumConstant(field.substring(dot + 1))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether a class whose constants' values are out of sight is named after statuses ({@code
   * HttpStatus}, {@code StatusCodes} of an SDK): its constants named after a status ({@code
   * SERVICE_UNAVAILABLE}) stand for it.
   */
  private static boolean namesStatuses(String owner) {
    String simple = owner.substring(owner.lastIndexOf('.') + 1);
    return simple.toLowerCase(java.util.Locale.ROOT).contains("status");
  }

  /**
   * The hundreds digit a Spring {@code HttpStatus.Series} or JAX-RS {@code Response.Status.Family}
   * constant stands for ({@code SERVER_ERROR}: 5), also named bare as a case label.
   */
  public Optional<Integer> seriesConstant(N expression) {
    N tree = view.strip(expression);
    String field = view.referencedField(tree);
    String name = view.simpleName(tree);
    if (name == null
        || (field != null && !field.contains("Series.") && !field.contains("Status.Family."))) {
      return Optional.empty();
    }
    return Optional.ofNullable(SERIES_HUNDREDS.get(name));
  }

  private static boolean isStatusEnum(@Nullable String owner) {
    return owner != null
        && (HttpNames.STATUS_ENUMS.contains(owner)
            || owner.equals("org.springframework.http.HttpStatusCode"));
  }

  /** The values a collection, an array, a stream or a single value holds, or null when unknown. */
  public @Nullable IntSet valuesOf(N expression) {
    return valuesOf(expression, 0);
  }

  private @Nullable IntSet valuesOf(N expression, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    N tree = view.strip(expression);
    Optional<Integer> single = statusConstant(tree);
    if (single.isPresent()) {
      return IntSet.of(single.get());
    }
    List<? extends N> elements = view.arrayElements(tree);
    if (elements != null) {
      return union(elements, depth);
    }
    List<N> branches = view.conditionalBranches(tree);
    if (!branches.isEmpty()) {
      return union(branches, depth);
    }
    String created = view.createdType(tree);
    if (created != null) {
      return createdValues(created, view.arguments(tree), depth);
    }
    if (view.isCall(tree)) {
      return callValues(tree, depth);
    }
    N declaration = view.variableDeclaration(tree);
    return declaration == null ? null : declaredValues(declaration, depth);
  }

  private @Nullable IntSet createdValues(String created, List<? extends N> arguments, int depth) {
    if (!created.startsWith("java.util.") && !created.startsWith("com.google.common.collect.")) {
      return null;
    }
    if (arguments.isEmpty()) {
      return IntSet.EMPTY; // new HashSet<>(): filled by the add calls followed below
    }
    if (arguments.size() == 1) {
      IntSet values = valuesOf(arguments.get(0), depth + 1);
      boolean capacity =
          values != null && view.constantValue(view.strip(arguments.get(0))) instanceof Integer;
      return capacity ? IntSet.EMPTY : values;
    }
    return null;
  }

  private @Nullable IntSet callValues(N call, int depth) {
    String name = view.calledName(call);
    List<? extends N> arguments = view.arguments(call);
    N receiver = view.receiver(call);
    if (COLLECTING.contains(name) || (name.equals("stream") && arguments.size() == 1)) {
      return union(arguments, depth);
    }
    if (KEEPING.contains(name) && receiver != null) {
      return valuesOf(receiver, depth + 1);
    }
    return null;
  }

  private @Nullable IntSet union(List<? extends N> values, int depth) {
    IntSet all = IntSet.EMPTY;
    for (N value : values) {
      IntSet part = valuesOf(value, depth + 1);
      if (part == null) {
        return null;
      }
      all = all.union(part);
    }
    return all;
  }

  /**
   * What a variable or field holds over the class that declares it: its initializer, what is added
   * to it, and what constructors and initializer blocks assign it; unknown when anything else
   * writes it.
   */
  private @Nullable IntSet declaredValues(N declaration, int depth) {
    Object key = view.declarationOf(declaration);
    N owner = view.enclosingClass(declaration);
    if (key == null || owner == null) {
      return null;
    }
    N initializer = view.initializerOf(declaration);
    IntSet values = initializer == null ? IntSet.EMPTY : valuesOf(initializer, depth + 1);
    if (values == null) {
      return null;
    }
    boolean field = view.isField(declaration);
    for (N block : view.initializerBlocksOf(owner)) {
      values = withWrites(values, key, block, field, null, owner, depth);
      if (values == null) {
        return null;
      }
    }
    for (N method : view.methodsOf(owner)) {
      boolean constructor = "<init>".equals(view.methodName(method));
      values =
          withWrites(
              values, key, method, field && constructor, constructor ? method : null, owner, depth);
      if (values == null) {
        return null;
      }
    }
    return initializer == null && values.isEmpty() && !field ? null : values;
  }

  /**
   * {@code values} with what {@code code} adds to or assigns the variable; null when it writes it
   * in a way that is not followed. Assignments are followed only where {@code assigns} (a field in
   * its constructors and initializer blocks), through the parameters of {@code constructor}.
   */
  private @Nullable IntSet withWrites(
      IntSet values,
      Object key,
      N code,
      boolean assigns,
      @Nullable N constructor,
      N owner,
      int depth) {
    IntSet result = values;
    for (N write : view.writesIn(code)) {
      if (!key.equals(view.writtenVariable(write)) || !view.isAssignment(write)) {
        continue;
      }
      IntSet written =
          assigns ? assignedValues(view.writtenValue(write), constructor, owner, depth) : null;
      if (written == null) {
        return null;
      }
      result = result.union(written);
    }
    for (N call : view.callsIn(code)) {
      N receiver = view.receiver(call);
      if (receiver == null || !key.equals(view.declarationOf(view.strip(receiver)))) {
        continue;
      }
      String name = view.calledName(call);
      if (REMOVING.contains(name)) {
        return null;
      }
      if ((name.equals("add") || name.equals("addAll")) && view.arguments(call).size() == 1) {
        IntSet added = valuesOf(view.arguments(call).get(0), depth + 1);
        if (added == null) {
          return null;
        }
        result = result.union(added);
      }
    }
    return result;
  }

  /**
   * What an assignment in a constructor stores: a value, or a constructor parameter given values by
   * the {@code this(..)} calls of the other constructors of the class.
   */
  private @Nullable IntSet assignedValues(N value, @Nullable N constructor, N owner, int depth) {
    IntSet direct = valuesOf(value, depth + 1);
    if (direct != null || constructor == null) {
      return direct;
    }
    int index = parameterIndex(constructor, view.strip(value));
    if (index < 0) {
      return null;
    }
    Object constructorKey = view.declarationOf(constructor);
    IntSet all = null;
    for (N other : view.methodsOf(owner)) {
      N call = delegation(other);
      if (call == null || !Objects.equals(view.declarationOf(call), constructorKey)) {
        continue;
      }
      List<? extends N> arguments = view.arguments(call);
      IntSet given = index < arguments.size() ? valuesOf(arguments.get(index), depth + 1) : null;
      if (given == null) {
        return null;
      }
      all = all == null ? given : all.union(given);
    }
    // new Owner(Set.of(429, 503)) anywhere in the file: every site must give values.
    for (N creation : view.creationsInFile()) {
      if (!Objects.equals(view.constructorCalled(creation), constructorKey)) {
        continue;
      }
      List<? extends N> arguments = view.arguments(creation);
      IntSet given = index < arguments.size() ? valuesOf(arguments.get(index), depth + 1) : null;
      if (given == null) {
        return null;
      }
      all = all == null ? given : all.union(given);
    }
    return all;
  }

  private int parameterIndex(N method, N name) {
    return parameterIndex(view, method, name);
  }

  /** The position of the parameter of a method that a name refers to, or -1. */
  public static <N> int parameterIndex(CodeView<N> view, N method, N name) {
    if (!view.isName(name)) {
      return -1;
    }
    List<? extends N> parameters = view.parameters(method);
    for (int i = 0; i < parameters.size(); i++) {
      if (view.refersTo(name, parameters.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code this(..)} call a constructor starts with, or null. */
  private @Nullable N delegation(N method) {
    if (!"<init>".equals(view.methodName(method))) {
      return null;
    }
    N body = view.methodBody(method);
    List<? extends N> statements = body == null ? List.of() : view.statementsOf(body);
    if (statements.isEmpty()) {
      return null;
    }
    N first = statements.get(0);
    if (view.isConstructorCallStatement(first)) {
      return first;
    }
    N expression = view.statementExpression(first);
    return expression != null
            && view.isCall(expression)
            && (view.calledName(expression).equals("this")
                || view.calledName(expression).equals("<init>"))
        ? expression
        : null;
  }
}
