package dev.faultline.analysis.values;

import dev.faultline.analysis.catalogue.CallMeaning.StatusTest;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.OwnHttpWrappers;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Comparison;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a condition tests about the response, worked out once for both front ends over the code
 * view: status and error-code comparisons, range tests, status sets wherever they are held ({@link
 * StatusValues}), {@code contains} and {@code anyMatch} over them, Retry-After presence, text
 * matches, boolean locals, conditional and switch expressions, and same-class boolean helpers
 * ({@code isRetryable(status)}), which are evaluated with their parameters bound to the arguments:
 * if/else, early returns, loops over constant values (unrolled), switch statements and expressions,
 * try blocks.
 */
public final class ConditionEvaluator<N> {
  /** How deep helpers and boolean locals are followed. */
  public static final int MAX_INLINE_DEPTH = 3;

  /** Statements one helper evaluation may visit before it gives up (paths multiply at each if). */
  private static final int MAX_STEPS = 400;

  /** The most constant values a loop is unrolled for. */
  private static final int MAX_UNROLLED = 32;

  private final LoweringContext<N> context;
  private final CodeView<N> view;
  private final ClassFacts<N> facts;
  private final Operands<N> operands;
  private final int depth;
  private final Map<Object, Integer> bound;
  private final StatusValues<N> values;
  private final int[] steps;

  /**
   * @param operands what the variables in scope hold
   * @param depth how many helpers and boolean locals deep this evaluation already is
   */
  public ConditionEvaluator(
      LoweringContext<N> context, ClassFacts<N> facts, Operands<N> operands, int depth) {
    this(context, facts, operands, depth, Map.of(), new int[1]);
  }

  private ConditionEvaluator(
      LoweringContext<N> context,
      ClassFacts<N> facts,
      Operands<N> operands,
      int depth,
      Map<Object, Integer> bound,
      int[] steps) {
    this.context = context;
    this.view = context.view();
    this.facts = facts;
    this.operands = operands;
    this.depth = depth;
    this.bound = bound;
    this.values = new StatusValues<>(view, bound);
    this.steps = steps;
  }

  private ConditionEvaluator<N> with(Map<Object, Integer> newBound) {
    return newBound.equals(bound)
        ? this
        : new ConditionEvaluator<>(context, facts, operands, depth, newBound, steps);
  }

  /** The condition an expression tests. */
  public Condition condition(N expression) {
    N tree = view.strip(expression);
    if (view.constantValue(tree) instanceof Boolean value) {
      return value ? Condition.TRUE : Condition.FALSE;
    }
    String logical = view.logicalOperator(tree);
    if (logical != null) {
      List<? extends N> parts = view.logicalOperands(tree);
      return switch (logical) {
        case "!" -> Condition.not(condition(parts.get(0)));
        case "&&" -> Condition.and(condition(parts.get(0)), condition(parts.get(1)));
        default -> Condition.or(condition(parts.get(0)), condition(parts.get(1)));
      };
    }
    Comparison comparison = comparison(view.binaryOperator(tree));
    if (comparison != null) {
      return comparison(tree, comparison);
    }
    String tested = view.instanceOfType(tree);
    if (tested != null) {
      // A transport failure's type (e instanceof ConnectException) holds when no response came.
      return HttpErrorTypes.statuses(tested)
          .filter(
              statuses ->
                  HttpErrorTypes.carriesHttpStatus(tested)
                      || (!statuses.isEmpty() && HttpErrorTypes.TRANSPORT.containsAll(statuses)))
          .<Condition>map(Condition.StatusIn::new)
          .orElse(Condition.UNKNOWN);
    }
    if (view.isConditional(tree)) {
      return choice(
          condition(view.condition(tree)),
          condition(view.thenPart(tree)),
          condition(Objects.requireNonNull(view.elsePart(tree))));
    }
    if (view.isSwitchExpression(tree)) {
      return switchValue(tree);
    }
    if (view.isCall(tree)) {
      return callCondition(tree);
    }
    if (view.isName(tree)) {
      return namedCondition(tree);
    }
    return Condition.UNKNOWN;
  }

  /** The condition a case of a switch over a value of {@code kind} stands for. */
  public Condition caseCondition(Operands.@Nullable Kind kind, List<? extends N> labels) {
    if (kind == null || kind == Operands.Kind.RETRY_AFTER) {
      return textCase(labels);
    }
    IntSet set = IntSet.EMPTY;
    for (N label : labels) {
      Optional<Integer> value =
          switch (kind) {
            case STATUS_OBJECT -> caseStatus(label);
            case STATUS_SERIES -> values.seriesConstant(label).map(h -> h * 100);
            default -> values.intConstant(label);
          };
      if (value.isEmpty()) {
        return Condition.UNKNOWN;
      }
      set =
          set.union(
              kind == Operands.Kind.STATUS_SERIES
                  ? IntSet.range(value.get(), value.get() + 99)
                  : IntSet.of(value.get()));
    }
    return kind == Operands.Kind.ERROR_CODE
        ? new Condition.ErrorCodeIn(set)
        : new Condition.StatusIn(set);
  }

  /**
   * A case of a switch over a string ({@code case "authorization_pending"}): a text match, as
   * {@code "authorization_pending".equals(error)} is.
   */
  private Condition textCase(List<? extends N> labels) {
    List<String> literals = new ArrayList<>();
    for (N label : labels) {
      if (!(view.constantValue(view.strip(label)) instanceof String text)) {
        return Condition.UNKNOWN;
      }
      literals.add(text.toLowerCase(Locale.ROOT));
    }
    return literals.isEmpty() ? Condition.UNKNOWN : new Condition.TextMatch(literals);
  }

  /** A case label of a switch over a status enum: a bare constant name stands for its status. */
  private Optional<Integer> caseStatus(N label) {
    Optional<Integer> value = values.statusConstant(label);
    String name = view.simpleName(view.strip(label));
    if (value.isEmpty() && name != null && view.referencedField(view.strip(label)) == null) {
      return HttpNames.statusOfEnumConstant(name);
    }
    return value;
  }

  private static Condition choice(Condition test, Condition whenTrue, Condition whenFalse) {
    return Condition.or(
        Condition.and(test, whenTrue), Condition.and(Condition.not(test), whenFalse));
  }

  // ---------------------------------------------------------------- comparisons

  private static @Nullable Comparison comparison(@Nullable String operator) {
    if (operator == null) {
      return null;
    }
    return switch (operator) {
      case "==" -> Comparison.EQUAL;
      case "!=" -> Comparison.NOT_EQUAL;
      case "<" -> Comparison.LESS;
      case "<=" -> Comparison.LESS_OR_EQUAL;
      case ">" -> Comparison.GREATER;
      case ">=" -> Comparison.GREATER_OR_EQUAL;
      default -> null;
    };
  }

  private Condition comparison(N tree, Comparison comparison) {
    List<? extends N> sides = view.binaryOperands(tree);
    N left = view.strip(sides.get(0));
    N right = view.strip(sides.get(1));
    boolean equality = comparison == Comparison.EQUAL || comparison == Comparison.NOT_EQUAL;
    // Retry-After presence: header != null, header == null.
    if (equality && (view.isNullLiteral(left) || view.isNullLiteral(right))) {
      N value = view.isNullLiteral(left) ? right : left;
      if (operands.isRetryAfterDerived(value)) {
        Condition present = new Condition.RetryAfterPresent();
        return comparison == Comparison.NOT_EQUAL ? present : Condition.not(present);
      }
      return Condition.UNKNOWN;
    }
    Condition status = statusComparison(left, comparison, right);
    if (status != null) {
      return status;
    }
    Condition mirrored = statusComparison(right, comparison.mirrored(), left);
    return mirrored != null ? mirrored : Condition.UNKNOWN;
  }

  /**
   * {@code operand OP constant} where operand is a status, a series or an error code, else null.
   */
  private @Nullable Condition statusComparison(N operand, Comparison comparison, N other) {
    Operands.Kind kind = operands.kindOf(operand);
    boolean equality = comparison == Comparison.EQUAL || comparison == Comparison.NOT_EQUAL;
    if (kind == Operands.Kind.STATUS_OBJECT || kind == Operands.Kind.STATUS_SERIES) {
      Optional<IntSet> set =
          kind == Operands.Kind.STATUS_OBJECT
              ? values.statusConstant(other).map(IntSet::of)
              : values.seriesConstant(other).map(h -> IntSet.range(h * 100, h * 100 + 99));
      if (set.isPresent() && equality) {
        Condition equal = new Condition.StatusIn(set.get());
        return comparison == Comparison.EQUAL ? equal : Condition.not(equal);
      }
      return null;
    }
    // status / 100 == 4
    if (kind == null
        && "/".equals(view.binaryOperator(operand))
        && operands.kindOf(view.binaryOperands(operand).get(0)) == Operands.Kind.STATUS_INT
        && values.intConstant(view.binaryOperands(operand).get(1)).orElse(0) == 100) {
      Optional<Integer> hundreds = values.intConstant(other);
      return hundreds.isPresent()
          ? new Condition.StatusIn(comparison.statusesWhereHundreds(hundreds.get()))
          : null;
    }
    if (kind != Operands.Kind.STATUS_INT && kind != Operands.Kind.ERROR_CODE) {
      return null;
    }
    Optional<Integer> value = values.statusConstant(other);
    if (value.isEmpty()) {
      return null;
    }
    IntSet set = comparison.valuesWhere(value.get());
    return kind == Operands.Kind.ERROR_CODE
        ? new Condition.ErrorCodeIn(set)
        : new Condition.StatusIn(set);
  }

  /** The condition a status (or error code) equal to a constant stands for, or unknown. */
  private Condition statusEquality(N left, N right) {
    Operands.Kind leftKind = operands.kindOf(left);
    Operands.Kind rightKind = operands.kindOf(right);
    if (leftKind == Operands.Kind.STATUS_OBJECT || leftKind == Operands.Kind.STATUS_INT) {
      return values
          .statusConstant(right)
          .<Condition>map(v -> new Condition.StatusIn(IntSet.of(v)))
          .orElse(Condition.UNKNOWN);
    }
    if (rightKind == Operands.Kind.STATUS_OBJECT || rightKind == Operands.Kind.STATUS_INT) {
      return values
          .statusConstant(left)
          .<Condition>map(v -> new Condition.StatusIn(IntSet.of(v)))
          .orElse(Condition.UNKNOWN);
    }
    return Condition.UNKNOWN;
  }

  // ---------------------------------------------------------------- calls

  private Condition callCondition(N call) {
    String name = view.calledName(call);
    N receiver = view.receiver(call);
    List<? extends N> arguments = view.arguments(call);
    StatusTest test = HttpClientCatalogue.statusTest(view, call);
    if (test == StatusTest.IS_SUCCESSFUL) {
      return new Condition.StatusIn(HttpErrorTypes.SUCCESS);
    }
    if (test == StatusTest.IS_SUCCESS_STATUS) {
      return arguments.size() == 1 && operands.kindOf(arguments.get(0)) == Operands.Kind.STATUS_INT
          ? new Condition.StatusIn(HttpErrorTypes.SUCCESS)
          : Condition.UNKNOWN;
    }
    // A library's own test of a failure (AWS RetryUtils.isThrottlingException(e)).
    IntSet accepted =
        arguments.size() == 1
            ? RetryHooks.failurePredicateStatuses(view.calledOwner(call), name)
            : null;
    if (accepted != null) {
      return new Condition.StatusIn(accepted);
    }
    if (test == StatusTest.STATUS_OBJECT_PREDICATE) {
      return switch (name) {
        case "is1xxInformational" -> new Condition.StatusIn(IntSet.range(100, 199));
        case "is2xxSuccessful" -> new Condition.StatusIn(IntSet.range(200, 299));
        case "is3xxRedirection" -> new Condition.StatusIn(IntSet.range(300, 399));
        case "is4xxClientError" -> new Condition.StatusIn(IntSet.range(400, 499));
        case "is5xxServerError" -> new Condition.StatusIn(IntSet.range(500, 599));
        case "isError" -> new Condition.StatusIn(IntSet.range(400, 599));
        default ->
            receiver == null || arguments.isEmpty()
                ? Condition.UNKNOWN
                : statusEquality(receiver, arguments.get(0));
      };
    }
    if (name.equals("equals") && arguments.size() == 1 && receiver != null) {
      Condition equality = statusEquality(receiver, arguments.get(0));
      if (!(equality instanceof Condition.Unknown)) {
        return equality;
      }
    }
    // Boolean.TRUE.equals(predicate.apply(response)): the call's own answer.
    if (name.equals("equals") && arguments.size() == 1 && receiver != null) {
      String constant = view.referencedField(view.strip(receiver));
      if ("java.lang.Boolean.TRUE".equals(constant)) {
        return condition(arguments.get(0));
      }
      if ("java.lang.Boolean.FALSE".equals(constant)) {
        return Condition.not(condition(arguments.get(0)));
      }
    }
    // Retry-After presence: headers.containsKey("Retry-After"), optional.isPresent(),
    // optional.isEmpty().
    if (HttpClientCatalogue.readsRetryAfter(view, call)
        && (name.startsWith("contains") || name.startsWith("has"))) {
      return new Condition.RetryAfterPresent();
    }
    if (receiver != null && arguments.isEmpty() && operands.isRetryAfterDerived(receiver)) {
      if (name.equals("isPresent")) {
        return new Condition.RetryAfterPresent();
      }
      if (name.equals("isEmpty")) {
        return Condition.not(new Condition.RetryAfterPresent());
      }
    }
    // A set of statuses, wherever it is held: RETRYABLE.contains(status).
    if (name.equals("contains") && arguments.size() == 1 && receiver != null) {
      Condition membership = membership(receiver, arguments.get(0));
      if (membership != null) {
        return membership;
      }
    }
    // Arrays.stream(RETRYABLE).anyMatch(code -> code == status)
    if ((name.equals("anyMatch") || name.equals("noneMatch") || name.equals("allMatch"))
        && arguments.size() == 1
        && receiver != null) {
      Condition matched = streamMatch(name, receiver, arguments.get(0));
      if (matched != null) {
        return matched;
      }
    }
    ClassFacts.Helper<N> helper = context.helperCalled(call);
    if (helper != null
        && depth < MAX_INLINE_DEPTH
        && !Objects.equals(view.declarationOf(call), view.declarationOf(context.member()))) {
      // Given a caught SDK's own HTTP failure, a body that tests nothing of its status (its
      // message)
      // says "retry" only for what its name says is worth another attempt, as for a predicate out
      // of sight.
      Condition inlined = inlinePredicate(helper.method(), call);
      Condition named =
          Condition.mentionsStatus(inlined)
                  || helper.waits()
                  || helper.sends()
                  || arguments.stream().noneMatch(operands::holdsOwnHttpFailure)
              ? null
              : namedStatusPredicate(name, arguments);
      return named == null ? inlined : Condition.and(named, inlined);
    }
    // A predicate the class was given (decider.shouldRetry(status), retryable.test(status)): what
    // may answer it tells, when all of it is known and tests statuses.
    Condition injected = injectedPredicate(call);
    if (injected != null) {
      return injected;
    }
    // A functional value's answer (isRetryable.apply(response)) is named by the value.
    String receiverName =
        receiver != null && FUNCTIONAL_METHODS.contains(name)
            ? view.simpleName(view.strip(receiver))
            : null;
    Condition named = namedStatusPredicate(receiverName != null ? receiverName : name, arguments);
    if (named != null) {
      return named;
    }
    List<String> literals = new ArrayList<>();
    stringLiterals(call, literals);
    return literals.isEmpty() ? Condition.UNKNOWN : new Condition.TextMatch(literals);
  }

  /**
   * A predicate of another class given the status (or the response or the HTTP error that carries
   * it), whose body is out of sight ({@code HttpStatusCodes.shouldRetry(status)}, {@code
   * retryStrategy.shouldRetry(count, response)}): its name says which side is the retryable one, so
   * a path where it says "retry" holds only the statuses worth another attempt (408, 425, 429,
   * 5xx), and one where {@code isNonRetryable(code)} says no holds them too. Any other name tells
   * nothing.
   */
  private @Nullable Condition namedStatusPredicate(String name, List<? extends N> arguments) {
    if (arguments.isEmpty()) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean negated =
        lower.contains("nonretr")
            || lower.contains("notretr")
            || lower.contains("noretr")
            || lower.contains("permanent")
            || lower.contains("fatal");
    boolean retryable =
        lower.contains("retr") || lower.contains("transient") || lower.contains("temporar");
    if ((!negated && !retryable) || arguments.stream().noneMatch(this::holdsStatus)) {
      return null;
    }
    Condition worthRetrying = new Condition.StatusIn(WORTH_RETRYING);
    return negated ? Condition.not(worthRetrying) : worthRetrying;
  }

  /**
   * What a predicate made by a call whose body is out of sight accepts, when the call says so
   * itself: its name speaks of statuses ({@code isRetryContextStatusCode(500, 503)}, {@code
   * statusIn(..)}, {@code hasStatus(..)}, {@code retryOnStatusCodes(..)}) and every argument is a
   * status (an int constant of 100-599, a status enum constant, or a set of such values the
   * analysis can read): the predicate accepts exactly those statuses. Null for a same-class helper
   * (its body is read instead), a name that speaks of no status or turns statuses away ({@code
   * statusNotIn}, {@code exceptStatus}), and arguments that are no statuses (an attempt count, a
   * timeout).
   */
  public static <N> @Nullable Condition statusPredicateMadeBy(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!view.isCall(call)
        || context.helperCalled(call) != null
        || !namesStatuses(view.calledName(call))) {
      return null;
    }
    List<? extends N> arguments = view.arguments(call);
    StatusValues<N> values = new StatusValues<>(view, Map.of());
    IntSet accepted = IntSet.EMPTY;
    for (N argument : arguments) {
      IntSet set = values.valuesOf(argument);
      if (set == null || set.isEmpty() || !HTTP_STATUSES.containsAll(set)) {
        return null;
      }
      accepted = accepted.union(set);
    }
    return accepted.isEmpty() ? null : new Condition.StatusIn(accepted);
  }

  /** The statuses HTTP defines: 100-599. */
  private static final IntSet HTTP_STATUSES = IntSet.range(100, 599);

  /** Words of a method name that turn the statuses named away rather than accept them. */
  private static final Set<String> TURNING_AWAY =
      Set.of(
          "not",
          "non",
          "no",
          "except",
          "excluding",
          "exclude",
          "excluded",
          "ignore",
          "ignoring",
          "but",
          "other",
          "others",
          "without",
          "skip",
          "never",
          "unless",
          "none");

  /**
   * Whether a method name speaks of statuses that it accepts: a word of it is {@code status} or
   * {@code code} (or their plurals; an error code of an API is no status), and none turns them
   * away.
   */
  private static boolean namesStatuses(String name) {
    boolean statuses = false;
    String previous = "";
    for (String word : name.split("(?<=[a-z0-9])(?=[A-Z])|_", -1)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (TURNING_AWAY.contains(lower)) {
        return false;
      }
      boolean code =
          (lower.equals("code") || lower.equals("codes"))
              && !previous.equals("error")
              && !previous.equals("api");
      statuses |= lower.equals("status") || lower.equals("statuses") || code;
      previous = lower;
    }
    return statuses;
  }

  /** Whether a value is a status, or a response or an HTTP error that carries one. */
  private boolean holdsStatus(N value) {
    Operands.Kind kind = operands.kindOf(value);
    if (kind == Operands.Kind.STATUS_INT || kind == Operands.Kind.STATUS_OBJECT) {
      return true;
    }
    if (operands.holdsOwnHttpFailure(value)) {
      return true;
    }
    String type = view.typeOf(view.strip(value));
    return type != null
        && (OwnHttpWrappers.givesResponse(type) || HttpErrorTypes.carriesHttpStatus(type));
  }

  /** The methods of the functional interfaces a predicate is held in. */
  private static final Set<String> FUNCTIONAL_METHODS =
      Set.of("apply", "test", "applyAsBoolean", "call");

  /** The statuses worth another attempt, whatever the API: 408, 425, 429 and the 5xx. */
  private static final IntSet WORTH_RETRYING =
      IntSet.of(408, 425, 429).union(IntSet.range(500, 599));

  private @Nullable Condition membership(N collection, N element) {
    Operands.Kind kind = operands.kindOf(element);
    if (kind == null || kind == Operands.Kind.RETRY_AFTER || kind == Operands.Kind.STATUS_SERIES) {
      return null;
    }
    IntSet set = values.valuesOf(collection);
    if (set == null) {
      return null;
    }
    return kind == Operands.Kind.ERROR_CODE
        ? new Condition.ErrorCodeIn(set)
        : new Condition.StatusIn(set);
  }

  /** A match over a stream of known values: the lambda's condition for each value, combined. */
  private @Nullable Condition streamMatch(String match, N stream, N predicate) {
    if (!view.isLambda(predicate) || view.lambdaParameters(predicate).size() != 1) {
      return null;
    }
    N body = view.lambdaExpressionBody(predicate);
    IntSet set = values.valuesOf(stream);
    if (body == null || set == null || set.size() > MAX_UNROLLED) {
      return null;
    }
    Object parameter = view.declarationOf(view.lambdaParameters(predicate).get(0));
    Condition any = Condition.FALSE;
    Condition all = Condition.TRUE;
    for (int value : set.stream().toArray()) {
      Condition each = with(bind(parameter, value)).condition(body);
      any = Condition.or(any, each);
      all = Condition.and(all, each);
    }
    return switch (match) {
      case "anyMatch" -> any;
      case "noneMatch" -> Condition.not(any);
      default -> all;
    };
  }

  private Map<Object, Integer> bind(@Nullable Object variable, int value) {
    if (variable == null) {
      return bound;
    }
    Map<Object, Integer> more = new HashMap<>(bound);
    more.put(variable, value);
    return more;
  }

  private void stringLiterals(N node, List<String> literals) {
    if (view.constantValue(node) instanceof String text) {
      literals.add(text.toLowerCase(Locale.ROOT));
      return;
    }
    for (N child : view.childrenOf(node)) {
      stringLiterals(child, literals);
    }
  }

  /** A boolean variable stands for the condition it was initialised with. */
  private Condition namedCondition(N name) {
    N initializer = operands.predicate(view.declarationOf(name));
    if (initializer == null || depth >= MAX_INLINE_DEPTH) {
      return Condition.UNKNOWN;
    }
    Condition value =
        new ConditionEvaluator<>(context, facts, operands, depth + 1, bound, steps)
            .condition(initializer);
    // Unreadable, but the same on every test: a path cannot take it both ways.
    return value instanceof Condition.Unknown
        ? new Condition.Named(view.anchor(initializer))
        : value;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A same-class boolean helper's answer, with its parameters bound to the arguments (a constant
   * argument to its value).
   */
  private Condition inlinePredicate(N helper, N call) {
    return answer(view.parameters(helper), view.methodBody(helper), call, facts);
  }

  /**
   * The answer of a predicate a class was given ({@link InjectedStrategies#answering}): the
   * statuses for which everything that may answer says yes; null when something that may answer is
   * not known or tests no status.
   */
  private @Nullable Condition injectedPredicate(N call) {
    String returned = view.calledReturnType(call);
    if (depth >= MAX_INLINE_DEPTH
        || view.receiver(call) == null
        || !(returned == null || "boolean".equals(returned) || "java.lang.Boolean".equals(returned))
        || view.arguments(call).stream().noneMatch(this::holdsStatus)) {
      return null;
    }
    List<N> answers = InjectedStrategies.answering(call, view);
    if (answers == null) {
      return null;
    }
    Condition every = Condition.TRUE;
    for (N answer : answers) {
      N owner = view.enclosingClass(answer);
      if (owner == null) {
        return null;
      }
      boolean lambda = view.isLambda(answer);
      Condition each =
          answer(
              lambda ? view.lambdaParameters(answer) : view.parameters(answer),
              lambda ? answer : view.methodBody(answer),
              call,
              context.factsOf(owner));
      if (!Condition.mentionsStatus(each)) {
        return null;
      }
      every = Condition.and(every, each);
    }
    return every;
  }

  /**
   * When a method body or a lambda returns true, with its parameters bound to a call's arguments (a
   * constant argument to its value), read with the helpers of the class that holds it.
   */
  private Condition answer(
      List<? extends N> parameters, @Nullable N body, N call, ClassFacts<N> holder) {
    List<? extends N> arguments = view.arguments(call);
    if (body == null || parameters.size() != arguments.size()) {
      return Condition.UNKNOWN;
    }
    Operands<N> inHelper = Operands.of(body, holder, context);
    Map<Object, Integer> constants = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      Object parameter = view.declarationOf(parameters.get(i));
      inHelper = inHelper.bind(parameter, arguments.get(i), operands);
      Optional<Integer> constant = values.intConstant(arguments.get(i));
      if (parameter != null && constant.isPresent()) {
        constants.put(parameter, constant.get());
      }
    }
    inHelper.learn(body);
    ConditionEvaluator<N> evaluator =
        new ConditionEvaluator<>(
            context, holder, inHelper, depth + 1, Map.copyOf(constants), new int[1]);
    N expression = view.isLambda(body) ? view.lambdaExpressionBody(body) : null;
    if (expression != null) {
      return evaluator.condition(expression);
    }
    N block = view.isLambda(body) ? view.lambdaBlockBody(body) : body;
    return block == null ? Condition.UNKNOWN : evaluator.returnsTrue(block);
  }

  /**
   * The condition under which a block (the body of a predicate lambda or method) returns true, in
   * this evaluator's scope.
   */
  public Condition returnsTrue(N block) {
    return returnsTrue(new Frame<>(block, bound, null));
  }

  /** A statement still to run, with the loop variables bound for it, and what runs after it. */
  private record Frame<N>(N statement, Map<Object, Integer> bound, @Nullable Frame<N> next) {}

  private static <N> @Nullable Frame<N> push(
      List<? extends N> statements, Map<Object, Integer> bound, @Nullable Frame<N> next) {
    Frame<N> frame = next;
    for (int i = statements.size() - 1; i >= 0; i--) {
      frame = new Frame<>(statements.get(i), bound, frame);
    }
    return frame;
  }

  /** The condition under which running from {@code frame} on returns true. */
  private Condition returnsTrue(@Nullable Frame<N> frame) {
    if (frame == null || ++steps[0] > MAX_STEPS) {
      return Condition.UNKNOWN;
    }
    ConditionEvaluator<N> here = with(frame.bound());
    N statement = frame.statement();
    Frame<N> next = frame.next();
    return switch (view.statementKind(statement)) {
      case RETURN -> {
        N value = view.returnedValue(statement);
        yield value == null ? Condition.UNKNOWN : here.condition(value);
      }
      case THROW -> Condition.FALSE;
      case BLOCK, TRY -> returnsTrue(push(view.statementsOf(statement), frame.bound(), next));
      case EXPRESSION -> returnsTrue(next);
      case IF -> {
        Condition test = here.condition(view.condition(statement));
        N otherwise = view.elsePart(statement);
        yield choice(
            test,
            returnsTrue(new Frame<>(view.thenPart(statement), frame.bound(), next)),
            returnsTrue(otherwise == null ? next : new Frame<>(otherwise, frame.bound(), next)));
      }
      case SWITCH -> here.switchStatement(statement, frame.bound(), next);
      case FOR_EACH -> here.unrolledLoop(statement, frame.bound(), next);
      default -> Condition.UNKNOWN;
    };
  }

  private Condition switchStatement(N statement, Map<Object, Integer> at, @Nullable Frame<N> next) {
    Operands.Kind kind = operands.kindOf(view.selector(statement));
    List<? extends N> cases = view.cases(statement);
    Condition chain = null;
    for (int i = cases.size() - 1; i >= 0; i--) {
      if (view.caseLabels(cases.get(i)).isEmpty()) {
        chain = returnsTrue(caseFrames(cases, i, at, next));
      }
    }
    if (chain == null) {
      chain = returnsTrue(next);
    }
    for (int i = cases.size() - 1; i >= 0; i--) {
      List<? extends N> labels = view.caseLabels(cases.get(i));
      if (!labels.isEmpty()) {
        chain =
            choice(caseCondition(kind, labels), returnsTrue(caseFrames(cases, i, at, next)), chain);
      }
    }
    return chain;
  }

  /**
   * What runs when case {@code index} matches: its statements up to a {@code break}, falling
   * through to the next case's when a colon case completes normally, then what follows the switch.
   */
  private @Nullable Frame<N> caseFrames(
      List<? extends N> cases, int index, Map<Object, Integer> at, @Nullable Frame<N> next) {
    N entry = cases.get(index);
    List<? extends N> statements = view.caseStatements(entry);
    List<N> own = new ArrayList<>();
    boolean stopped = false;
    for (N statement : statements) {
      if (view.statementKind(statement) == StatementKind.BREAK) {
        stopped = true;
        break;
      }
      own.add(statement);
    }
    Frame<N> after =
        !stopped && !view.isArrowCase(entry) && index + 1 < cases.size()
            ? caseFrames(cases, index + 1, at, next)
            : next;
    return push(own, at, after);
  }

  /** {@code for (int code : RETRYABLE) body}: the body once for each known value, in order. */
  private Condition unrolledLoop(N loop, Map<Object, Integer> at, @Nullable Frame<N> next) {
    IntSet set = values.valuesOf(view.forEachIterable(loop));
    if (set == null || set.size() > MAX_UNROLLED) {
      return Condition.UNKNOWN;
    }
    Object variable = view.declarationOf(view.forEachVariable(loop));
    int[] each = set.stream().toArray();
    Frame<N> frame = next;
    for (int i = each.length - 1; i >= 0; i--) {
      Map<Object, Integer> withValue = new HashMap<>(at);
      if (variable != null) {
        withValue.put(variable, each[i]);
      }
      frame = new Frame<>(view.loopBody(loop), withValue, frame);
    }
    return returnsTrue(frame);
  }

  /** A switch expression's boolean value: each case's value under its case's condition. */
  private Condition switchValue(N switchExpression) {
    Operands.Kind kind = operands.kindOf(view.selector(switchExpression));
    List<? extends N> cases = view.cases(switchExpression);
    Condition chain = Condition.UNKNOWN;
    for (N entry : cases) {
      if (view.caseLabels(entry).isEmpty()) {
        chain = caseValue(entry);
      }
    }
    for (int i = cases.size() - 1; i >= 0; i--) {
      List<? extends N> labels = view.caseLabels(cases.get(i));
      if (!labels.isEmpty()) {
        chain = choice(caseCondition(kind, labels), caseValue(cases.get(i)), chain);
      }
    }
    return chain;
  }

  private Condition caseValue(N entry) {
    N value = view.caseValue(entry);
    return value == null ? Condition.UNKNOWN : condition(value);
  }
}
