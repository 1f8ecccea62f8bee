package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.StatusValues;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * OpenFeign: an {@code ErrorDecoder} that returns (or throws) a {@code RetryableException} makes
 * Feign re-send the request for the responses it decodes that way, after the Retryer's wait; a
 * {@code Retryer} that sleeps an interval of its own never waits for the Retry-After that Feign's
 * default decoder puts on the exception; a {@code Retryer.Default} whose maximum period is under a
 * minute cuts a rate limit's Retry-After short.
 */
final class FeignRetries implements RetryRecogniser {
  /** The types of RetryableException's retry-after argument. */
  private static final Set<String> RETRY_AFTER_TYPES =
      Set.of("java.lang.Long", "long", "java.util.Date");

  /**
   * {@code builder.retryer(new Retryer.Default(period, maxPeriod, maxAttempts))}: Retryer.Default
   * waits for the Retry-After time but never longer than {@code maxPeriod}, so a constant below a
   * minute cuts a rate limit's Retry-After short. Other calls: NOTHING.
   */
  @Override
  public <N> Step ofCall(N call, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (!view.calledName(call).equals("retryer")) {
      return Step.NOTHING;
    }
    List<? extends N> arguments = view.arguments(call);
    return arguments.size() == 1 ? cappedDefault(arguments.get(0), view) : Step.NOTHING;
  }

  @Override
  public <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    String name = view.methodName(method);
    N body = name == null ? null : view.methodBody(method);
    if (body == null) {
      return List.of();
    }
    List<Step> bean = beanRetryer(method, body, view);
    if (!bean.isEmpty()) {
      return bean;
    }
    if (name.equals("decode")
        && view.parameters(method).size() == 2
        && view.declaredInSubtypeOf(method, RetryHooks.FEIGN_ERROR_DECODER)) {
      return decoderRetries(body, context);
    }
    if (name.equals("continueOrPropagate")
        && view.parameters(method).size() == 1
        && view.declaredInSubtypeOf(method, RetryHooks.FEIGN_RETRYER)) {
      return retryerWait(method, body, context);
    }
    return List.of();
  }

  /** A @Bean method that returns a capped Retryer.Default. */
  private static <N> List<Step> beanRetryer(N method, N body, CodeView<N> view) {
    if (view.annotation(method, RetryHooks.SPRING_BEAN) == null) {
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    for (N statement : view.statementsOf(body)) {
      N returned =
          view.statementKind(statement) == StatementKind.RETURN
              ? view.statementExpression(statement)
              : null;
      if (returned != null) {
        Step capped = cappedDefault(returned, view);
        if (!capped.equals(Step.NOTHING)) {
          steps.add(capped);
        }
      }
    }
    return steps;
  }

  /**
   * {@code new Retryer.Default(period, maxPeriod, maxAttempts)}: a re-send of a rate-limited
   * response after at most {@code maxPeriod} (RetryAfterIgnored when that is under a minute), and
   * of every transport failure (an {@code IOException} is a {@code RetryableException}) after a
   * wait that grows by half from {@code period} up to {@code maxPeriod}: the same every time when
   * the two are equal.
   */
  private static <N> Step cappedDefault(N expression, CodeView<N> view) {
    N creation = view.strip(expression);
    if (!RetryHooks.FEIGN_RETRYER_DEFAULT.equals(view.createdType(creation))) {
      return Step.NOTHING;
    }
    List<? extends N> arguments = view.arguments(creation);
    Long period = arguments.size() == 3 ? millis(arguments.get(0), view) : null;
    Long maxPeriod = arguments.size() == 3 ? millis(arguments.get(1), view) : null;
    List<Step> steps = new ArrayList<>();
    if (maxPeriod != null && maxPeriod < RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS) {
      steps.add(
          new Step.LibraryRetry(
              view.anchor(creation),
              RetryLibrary.FEIGN,
              RetryHooks.FEIGN_RATE_LIMITED,
              new Condition.RetryAfterPresent(),
              Step.RetryDelay.OWN,
              false));
    }
    if (period != null && period.equals(maxPeriod)) {
      steps.add(
          new Step.LibraryRetry(
              view.anchor(creation),
              RetryLibrary.FEIGN,
              HttpErrorTypes.TRANSPORT,
              Condition.TRUE,
              Step.RetryDelay.FIXED,
              false));
    }
    return steps.isEmpty() ? Step.NOTHING : Step.block(steps);
  }

  /**
   * One library retry per RetryableException the decoder returns, created in place, held in a local
   * that is returned, or created by a method of the same class that the decoder returns the result
   * of, under the condition that it is the result. The retry waits for the Retry-After time when
   * the exception's retry-after argument reads it, on the Retryer's own schedule when it has none
   * or a {@code null} one; a retry-after given by a variable read from elsewhere is not judged.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: this very creation is the result
  private static <N> List<Step> decoderRetries(N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<Step> steps = new ArrayList<>();
    for (N exception : createdExceptions(body, view)) {
      Function<N, Condition> isIt = value -> value == exception ? Condition.TRUE : Condition.FALSE;
      Condition resent =
          ReturnConditions.followingHelpers(
              body, context, context::conditionOf, isIt, isIt, Condition.FALSE, false);
      if (resent.equals(Condition.FALSE)) {
        continue;
      }
      Step.RetryDelay delay = retryAfterArgument(exception, context);
      if (delay == null) {
        continue;
      }
      steps.add(
          new Step.LibraryRetry(
              view.anchor(exception),
              RetryLibrary.FEIGN,
              RetryHooks.FEIGN_DECODED_STATUSES,
              resent,
              delay,
              false));
    }
    return steps;
  }

  /**
   * The RetryableExceptions created in the decoder's body and in the bodies of the methods of its
   * class that it calls without a receiver.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: the decoder's own body is no helper
  private static <N> List<N> createdExceptions(N body, CodeView<N> view) {
    List<N> code = new ArrayList<>(List.of(body));
    N owner = view.enclosingClass(body);
    for (N call : view.callsIn(body)) {
      N helper =
          owner == null || view.receiver(call) != null || view.isSuperCall(call)
              ? null
              : view.declaredMethod(owner, view.calledName(call));
      N helperBody = helper == null ? null : view.methodBody(helper);
      if (helperBody != null && helperBody != body && !code.contains(helperBody)) {
        code.add(helperBody);
      }
    }
    List<N> exceptions = new ArrayList<>();
    for (N piece : code) {
      for (N creation : view.creationsIn(piece)) {
        if (view.isSubtype(view.createdType(creation), RetryHooks.FEIGN_RETRYABLE_EXCEPTION)) {
          exceptions.add(creation);
        }
      }
    }
    return exceptions;
  }

  /**
   * How the retry of an exception waits: RETRY_AFTER when an argument reads the header, OWN when
   * the retry-after argument is absent, {@code null} or a value of the code's own, null (not
   * judged) when it is a variable whose value is not read here.
   */
  private static <N> Step.@Nullable RetryDelay retryAfterArgument(
      N exception, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<? extends N> arguments = view.arguments(exception);
    if (arguments.stream().anyMatch(context::readsRetryAfter)) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    for (N argument : arguments) {
      N value = view.strip(argument);
      if (view.isName(value) && RETRY_AFTER_TYPES.contains(view.typeOf(value))) {
        return null;
      }
    }
    return Step.RetryDelay.OWN;
  }

  /**
   * A Retryer that sleeps without asking the exception for its Retry-After time, or that asks for
   * it but cuts the wait at a maximum of under a minute ({@link #cutsRetryAfterShort}).
   */
  private static <N> List<Step> retryerWait(N method, N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    boolean sleeps = false;
    boolean readsRetryAfter = false;
    for (N call : view.callsIn(body)) {
      readsRetryAfter |=
          context.readsRetryAfterCall(call)
              || view.arguments(call).stream().anyMatch(context::readsRetryAfter);
      sleeps |= context.isSleepCall(call);
    }
    if (!sleeps || (readsRetryAfter && !cutsRetryAfterShort(body, context))) {
      return List.of();
    }
    return List.of(
        new Step.LibraryRetry(
            view.nameAnchor(method),
            RetryLibrary.FEIGN,
            RetryHooks.FEIGN_RATE_LIMITED,
            new Condition.RetryAfterPresent(),
            Step.RetryDelay.OWN,
            false));
  }

  /**
   * Whether a Retryer caps the wait it takes from the exception's Retry-After time (in
   * milliseconds, as Feign's Retryer API has it) at a maximum of under a minute: {@code if (wait >
   * max) wait = max;} or {@code Math.min(wait, max)}, where the maximum is a constant, or a field
   * whose initializer or default (a constructor's {@code this(..)} argument) is one.
   */
  private static <N> boolean cutsRetryAfterShort(N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    Set<Object> fromRetryAfter = retryAfterLocals(body, context);
    for (N call : view.callsIn(body)) {
      List<? extends N> arguments = view.arguments(call);
      if (view.calledName(call).equals("min")
          && "java.lang.Math".equals(view.calledOwner(call))
          && arguments.size() == 2) {
        for (int i = 0; i < 2; i++) {
          if (holdsRetryAfter(arguments.get(i), fromRetryAfter, context)
              && isShortCap(arguments.get(1 - i), view)) {
            return true;
          }
        }
      }
    }
    return cappedInIf(view.statementsOf(body), fromRetryAfter, context);
  }

  /** {@code if (wait > max) wait = max;} (or {@code max < wait}) in the statements, nested too. */
  private static <N> boolean cappedInIf(
      List<? extends N> statements, Set<Object> fromRetryAfter, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    for (N statement : statements) {
      switch (view.statementKind(statement)) {
        case BLOCK, TRY -> {
          if (cappedInIf(view.statementsOf(statement), fromRetryAfter, context)) {
            return true;
          }
        }
        case IF -> {
          if (capsIf(statement, fromRetryAfter, context)) {
            return true;
          }
          N elsePart = view.elsePart(statement);
          List<N> branches = new ArrayList<>(List.of(view.thenPart(statement)));
          if (elsePart != null) {
            branches.add(elsePart);
          }
          if (cappedInIf(branches, fromRetryAfter, context)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static <N> boolean capsIf(
      N ifStatement, Set<Object> fromRetryAfter, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N test = view.strip(view.condition(ifStatement));
    String operator = view.binaryOperator(test);
    if (operator == null) {
      return false;
    }
    List<? extends N> operands = view.binaryOperands(test);
    N waited;
    N cap;
    if (operator.equals(">") || operator.equals(">=")) {
      waited = view.strip(operands.get(0));
      cap = view.strip(operands.get(1));
    } else if (operator.equals("<") || operator.equals("<=")) {
      waited = view.strip(operands.get(1));
      cap = view.strip(operands.get(0));
    } else {
      return false;
    }
    Object variable = view.isName(waited) ? view.declarationOf(waited) : null;
    if (variable == null || !fromRetryAfter.contains(variable) || !isShortCap(cap, view)) {
      return false;
    }
    List<N> writes = view.writesIn(view.thenPart(ifStatement));
    if (writes.size() != 1 || !variable.equals(view.writtenVariable(writes.get(0)))) {
      return false;
    }
    N assigned = view.strip(view.writtenValue(writes.get(0)));
    Object capKey = view.isName(cap) ? view.declarationOf(cap) : null;
    return capKey != null
        ? capKey.equals(view.isName(assigned) ? view.declarationOf(assigned) : null)
        : Objects.equals(view.constantValue(cap), view.constantValue(assigned));
  }

  /** The locals of a Retryer's body whose value is taken from the exception's Retry-After time. */
  private static <N> Set<Object> retryAfterLocals(N body, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    Set<Object> locals = new HashSet<>();
    List<N> writes = view.writesIn(body);
    for (int round = 0; round < 3; round++) {
      for (N write : writes) {
        Object variable = view.writtenVariable(write);
        if (variable != null && holdsRetryAfter(view.writtenValue(write), locals, context)) {
          locals.add(variable);
        }
      }
    }
    return locals;
  }

  private static <N> boolean holdsRetryAfter(
      N value, Set<Object> fromRetryAfter, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N tree = view.strip(value);
    if (view.isName(tree)) {
      return fromRetryAfter.contains(view.declarationOf(tree));
    }
    if (view.isCall(tree) && context.readsRetryAfterCall(tree)) {
      return true;
    }
    for (N child : view.childrenOf(tree)) {
      if (holdsRetryAfter(child, fromRetryAfter, context)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a maximum wait is under a minute: a constant, or a field whose initializer, or whose
   * value given by a constructor's {@code this(..)} call (the default), is one; every value known
   * must be under a minute, and one must be known.
   */
  private static <N> boolean isShortCap(N cap, CodeView<N> view) {
    Long millis = millis(cap, view);
    if (millis != null) {
      return millis < RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS;
    }
    N field = view.isName(cap) ? view.variableDeclaration(cap) : null;
    N owner = field == null || !view.isField(field) ? null : view.enclosingClass(field);
    if (owner == null) {
      return false;
    }
    List<Long> known = new ArrayList<>();
    N initializer = view.initializerOf(field);
    if (initializer != null) {
      known.add(millis(initializer, view));
    }
    Object key = view.declarationOf(field);
    for (N method : view.methodsOf(owner)) {
      for (N write : view.writesIn(method)) {
        if (!view.isAssignment(write) || !Objects.equals(key, view.writtenVariable(write))) {
          continue;
        }
        if (!"<init>".equals(view.methodName(method))) {
          return false;
        }
        N value = view.strip(view.writtenValue(write));
        int parameter = StatusValues.parameterIndex(view, method, value);
        if (parameter < 0) {
          known.add(millis(value, view));
        } else {
          known.addAll(defaults(method, parameter, owner, view));
        }
      }
    }
    return !known.isEmpty()
        && known.stream()
            .allMatch(
                value ->
                    value != null && value < RetryHooks.FEIGN_MAX_PERIOD_THAT_WAITS_OUT_LIMITS);
  }

  /** What the {@code this(..)} calls of a class's other constructors pass for a parameter. */
  private static <N> List<Long> defaults(N constructor, int parameter, N owner, CodeView<N> view) {
    Object constructorKey = view.declarationOf(constructor);
    List<Long> given = new ArrayList<>();
    for (N other : view.methodsOf(owner)) {
      N body = "<init>".equals(view.methodName(other)) ? view.methodBody(other) : null;
      List<? extends N> statements = body == null ? List.of() : view.statementsOf(body);
      N first = statements.isEmpty() ? null : statements.get(0);
      N call =
          first == null || view.isConstructorCallStatement(first)
              ? first
              : view.statementExpression(first);
      if (call == null
          || !(view.isConstructorCallStatement(call) || view.isCall(call))
          || !Objects.equals(view.declarationOf(call), constructorKey)) {
        continue;
      }
      List<? extends N> arguments = view.arguments(call);
      given.add(parameter < arguments.size() ? millis(arguments.get(parameter), view) : null);
    }
    return given;
  }

  /**
   * The milliseconds a value holds: a constant, or {@code TimeUnit.X.toMillis(constant)}; null
   * otherwise.
   */
  private static <N> @Nullable Long millis(N value, CodeView<N> view) {
    N tree = view.strip(value);
    if (view.constantValue(tree) instanceof Number number) {
      return number.longValue();
    }
    if (!view.isCall(tree)
        || !view.calledName(tree).equals("toMillis")
        || view.arguments(tree).size() != 1) {
      return null;
    }
    N receiver = view.receiver(tree);
    String unit = receiver == null ? null : view.simpleName(view.strip(receiver));
    if (!(view.constantValue(view.strip(view.arguments(tree).get(0))) instanceof Number amount)
        || unit == null) {
      return null;
    }
    return switch (unit) {
      case "MILLISECONDS" -> amount.longValue();
      case "SECONDS" -> amount.longValue() * 1_000L;
      case "MINUTES" -> amount.longValue() * 60_000L;
      case "HOURS" -> amount.longValue() * 3_600_000L;
      default -> null;
    };
  }
}
