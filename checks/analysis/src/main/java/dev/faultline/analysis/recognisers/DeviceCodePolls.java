package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 device-code token polls (RFC 8628 section 3.5) that ignore {@code slow_down}: a token
 * request with the grant type {@code urn:ietf:params:oauth:grant-type:device_code} (written as the
 * value or a constant holding it, or the Fatture in Cloud SDK's {@code
 * OAuth2DeviceCodeManager.fetchToken}) repeated by a loop or by the method calling itself, which
 * goes on after {@code slow_down} without lengthening the interval it waits, or does not wait at
 * all.
 *
 * <p>What a poll does on {@code slow_down} is read from the code that tests the error's value
 * ({@code "slow_down".equals(error)}, a case label, a constant or an enum constant of that name):
 * the branch lengthens the interval when it adds to it or multiplies it ({@code interval += 5},
 * {@code delay = delay * 2}, {@code interval = serverInterval + 5}) in a variable that outlives the
 * poll (declared outside the loop, a field, or handed to the next call), or re-polls with a longer
 * delay ({@code poll(code, interval + 5)}, {@code schedule(task, interval + 5, SECONDS)}). A branch
 * that stops polling (throw, return, break) is left alone: that is a different mistake.
 */
public final class DeviceCodePolls {
  static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
  private static final String DEVICE_CODE_GRANT_ENCODED = "grant-type%3Adevice_code";
  static final String SLOW_DOWN = "slow_down";
  static final String PENDING = "authorization_pending";

  /** The error values after which a poll is expected to stop (RFC 8628, RFC 6749 section 5.2). */
  private static final Set<String> STOPPING_ERRORS =
      Set.of(
          "access_denied",
          "expired_token",
          "invalid_grant",
          "invalid_request",
          "invalid_client",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope");

  private static final String FIC_DEVICE_CODE_MANAGER =
      "it.fattureincloud.sdk.auth.OAuth2DeviceCodeManager";

  private DeviceCodePolls() {}

  /** The device-code polls of a method that ignore slow_down, one step for each. */
  public static <N> List<Step> ofMethod(N method, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N body = view.methodBody(method);
    if (body == null) {
      return List.of();
    }
    Reader<N> reader = new Reader<>(context, method, body);
    List<N> polls = reader.pollsIn(body);
    if (polls.isEmpty()) {
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    List<N> judged = new ArrayList<>();
    for (N loop : reader.loopsIn(body)) {
      List<N> inLoop = reader.pollsIn(loop);
      if (!inLoop.isEmpty() && judged.stream().noneMatch(outer -> reader.contains(outer, loop))) {
        judged.add(loop);
        Step step = reader.judge(loop, view.loopBody(loop), inLoop.get(0), null);
        if (step != null) {
          steps.add(step);
        }
      }
    }
    Object self = view.declarationOf(method);
    if (self != null && judged.isEmpty()) {
      for (N call : view.callsIn(body)) {
        if (self.equals(view.declarationOf(call))) {
          Step step = reader.judge(body, body, polls.get(0), call);
          if (step != null) {
            steps.add(step);
          }
          break;
        }
      }
    }
    return steps;
  }

  private static final class Reader<N> {
    private final LoweringContext<N> context;
    private final CodeView<N> view;
    private final N method;
    private final N methodBody;

    Reader(LoweringContext<N> context, N method, N methodBody) {
      this.context = context;
      this.view = context.view();
      this.method = method;
      this.methodBody = methodBody;
    }

    // ---- What is polled

    List<N> pollsIn(N code) {
      List<N> polls = new ArrayList<>();
      for (N call : view.callsIn(code)) {
        if (isFicFetchToken(call)
            || (context.requestThrownTypes(call) != null && namesGrant(methodBody))
            || helperPolls(call)) {
          polls.add(call);
        }
      }
      return polls;
    }

    private boolean isFicFetchToken(N call) {
      return "fetchToken".equals(view.calledName(call))
          && view.isSubtype(view.calledOwner(call), FIC_DEVICE_CODE_MANAGER);
    }

    /**
     * Whether a call of a same-class helper that sends polls: the helper, or a helper it calls (one
     * that builds the request), names the device-code grant.
     */
    private boolean helperPolls(N call) {
      ClassFacts.Helper<N> helper = context.helperCalled(call);
      if (helper == null || !helper.sends() || Objects.equals(helper.method(), method)) {
        return false;
      }
      N helperBody = view.methodBody(helper.method());
      if (helperBody == null) {
        return false;
      }
      if (namesGrant(helperBody)) {
        return true;
      }
      for (N inner : view.callsIn(helperBody)) {
        ClassFacts.Helper<N> builder = context.helperCalled(inner);
        N builderBody = builder == null ? null : view.methodBody(builder.method());
        if (builderBody != null
            && !Objects.equals(builder.method(), method)
            && namesGrant(builderBody)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a method body names the device-code grant, asked once per body. */
    private boolean namesGrant(N body) {
      Boolean known = grantNamed.get(body);
      if (known == null) {
        known = mentions(body, this::isDeviceCodeGrant);
        grantNamed.put(body, known);
      }
      return known;
    }

    private final IdentityHashMap<N, Boolean> grantNamed = new IdentityHashMap<>();

    private boolean isDeviceCodeGrant(N node) {
      String text = stringValue(node);
      return text != null
          && (text.contains(DEVICE_CODE_GRANT) || text.contains(DEVICE_CODE_GRANT_ENCODED));
    }

    // ---- Judging one repetition: a loop, or the method calling itself

    /**
     * Judges the polls repeated by {@code repeat} (a loop, or the method body), whose repeated code
     * is {@code region}; {@code selfCall} is the call that repeats the method, or null for a loop.
     */
    @Nullable Step judge(N repeat, N region, N poll, @Nullable N selfCall) {
      if (!mentions(region, n -> isErrorValue(n, SLOW_DOWN) || isErrorValue(n, PENDING))) {
        return null; // not a poll that knows the device flow's errors: a retry of another kind
      }
      List<N> waits = waitsIn(repeat);
      if (waits.isEmpty()) {
        return new Step.SlowDownIgnored(
            view.anchor(selfCall != null ? selfCall : poll), "polls again without waiting at all");
      }
      N anchor = selfCall != null ? selfCall : waits.get(0);
      List<N> slowDownBranches = new ArrayList<>();
      List<Boolean> sharedWithPending = new ArrayList<>();
      collectSlowDownBranches(region, slowDownBranches, sharedWithPending);
      List<N> ifBranches = new ArrayList<>();
      for (N node : descendants(region)) {
        if (view.statementKind(node) == StatementKind.IF) {
          ifBranches.add(view.thenPart(node));
        }
      }
      if (slowDownBranches.isEmpty()) {
        return continuesOnAnyError(region)
            ? new Step.SlowDownIgnored(
                view.anchor(anchor),
                "tests authorization_pending but not slow_down, and goes on polling after any other"
                    + " error at the same interval")
            : null;
      }
      for (int i = 0; i < slowDownBranches.size(); i++) {
        N branch = slowDownBranches.get(i);
        if (stops(branch, ifBranches.contains(branch), selfCall)
            || lengthens(branch, region, selfCall)) {
          continue;
        }
        String problem;
        if (sharedWithPending.get(i)) {
          problem =
              "handles slow_down like authorization_pending and polls again at the same interval";
        } else if (mentions(branch, n -> isReset(n, region))) {
          problem = "sets its interval afresh on slow_down instead of lengthening it";
        } else {
          problem = "goes on polling after slow_down without lengthening its interval";
        }
        List<N> waitsInBranch = waitsIn(branch);
        N at = selfCall == null && !waitsInBranch.isEmpty() ? waitsInBranch.get(0) : anchor;
        return new Step.SlowDownIgnored(view.anchor(at), problem);
      }
      return null;
    }

    private List<N> waitsIn(N code) {
      List<N> waits = new ArrayList<>();
      for (N call : view.callsIn(code)) {
        ClassFacts.Helper<N> helper = context.helperCalled(call);
        if (context.isWaitCall(call) || (helper != null && helper.waits())) {
          waits.add(call);
        }
      }
      return waits;
    }

    /**
     * The code run on slow_down: the then part of an if whose condition tests for it, the
     * statements of a case labelled with it (or of the case it falls through to).
     */
    private void collectSlowDownBranches(N node, List<N> branches, List<Boolean> shared) {
      StatementKind kind = view.statementKind(node);
      if (kind == StatementKind.IF) {
        N condition = view.condition(node);
        if (mentions(condition, n -> isErrorValue(n, SLOW_DOWN))) {
          branches.add(view.thenPart(node));
          shared.add(mentions(condition, n -> isErrorValue(n, PENDING)));
          N otherwise = view.elsePart(node);
          if (otherwise != null) {
            collectSlowDownBranches(otherwise, branches, shared);
          }
          return;
        }
      } else if (kind == StatementKind.SWITCH || view.isSwitchExpression(node)) {
        List<? extends N> cases = view.cases(node);
        for (int i = 0; i < cases.size(); i++) {
          List<? extends N> labels = view.caseLabels(cases.get(i));
          boolean slowDown =
              labels.stream().anyMatch(label -> mentions(label, n -> isErrorValue(n, SLOW_DOWN)));
          if (!slowDown) {
            continue;
          }
          boolean pending =
              labels.stream().anyMatch(label -> mentions(label, n -> isErrorValue(n, PENDING)));
          // The cases before that fall through to it share its code.
          for (int before = i - 1;
              before >= 0
                  && !view.isArrowCase(cases.get(before))
                  && view.caseStatements(cases.get(before)).isEmpty();
              before--) {
            pending |=
                view.caseLabels(cases.get(before)).stream()
                    .anyMatch(label -> mentions(label, n -> isErrorValue(n, PENDING)));
          }
          int at = i;
          while (at < cases.size()
              && !view.isArrowCase(cases.get(at))
              && view.caseStatements(cases.get(at)).isEmpty()) {
            at++;
            if (at < cases.size()) {
              pending |=
                  view.caseLabels(cases.get(at)).stream()
                      .anyMatch(label -> mentions(label, n -> isErrorValue(n, PENDING)));
            }
          }
          if (at < cases.size()) {
            N chosen = cases.get(at);
            N value = view.caseValue(chosen);
            branches.add(value != null ? value : chosen);
            shared.add(pending);
          }
        }
      }
      for (N child : view.childrenOf(node)) {
        collectSlowDownBranches(child, branches, shared);
      }
    }

    // ---- What a slow_down branch does

    /**
     * Whether code stops polling: a throw or a return; a break too in the then part of an if (in a
     * case, it only leaves the switch).
     */
    private boolean stops(N branch, boolean ofIf, @Nullable N selfCall) {
      return mentions(
          branch,
          n -> {
            StatementKind kind = view.statementKind(n);
            if (kind == StatementKind.RETURN) {
              // return poll(..): the method calls itself again, it does not stop
              N value = view.statementExpression(n);
              return selfCall == null || value == null || !contains(value, selfCall);
            }
            return kind == StatementKind.THROW || (ofIf && kind == StatementKind.BREAK);
          });
    }

    /**
     * Whether a slow_down branch lengthens the interval of the polls that follow: it adds to or
     * multiplies a variable that outlives one poll, or re-polls with a delay that grows.
     */
    private boolean lengthens(N branch, N region, @Nullable N selfCall) {
      for (N node : descendants(branch)) {
        String update = view.updateOperator(node);
        if (update != null && Set.of("+=", "*=", "<<=", "++").contains(update)) {
          Object variable = view.declarationOf(view.updateOperands(node).get(0));
          if (outlivesPoll(variable, region, selfCall)) {
            return true;
          }
        }
        if (view.isCall(node) && !context.isSleepCall(node)) {
          for (N argument : view.arguments(node)) {
            if (grows(view.strip(argument))) {
              return true;
            }
          }
        }
      }
      for (N write : view.writesIn(branch)) {
        Object variable = view.writtenVariable(write);
        if (view.isAssignment(write)
            && lengthensValue(view.writtenValue(write), variable)
            && outlivesPoll(variable, region, selfCall)) {
          return true;
        }
      }
      return false;
    }

    /**
     * {@code a + b} or {@code a * b} of numbers, or a Duration's {@code plus..}/{@code
     * multipliedBy}.
     */
    private boolean grows(N expression) {
      String operator = view.binaryOperator(expression);
      if ("+".equals(operator) || "*".equals(operator)) {
        return !"java.lang.String".equals(view.typeOf(expression));
      }
      if (view.isCall(expression)) {
        String name = view.calledName(expression);
        return name.startsWith("plus") || name.equals("multipliedBy");
      }
      return false;
    }

    /**
     * Whether a value assigned to {@code variable} makes it longer: it grows the variable itself
     * ({@code interval * 2}, {@code Math.max(interval + 5, serverInterval)}), or adds a positive
     * number to another value ({@code serverInterval + 5}).
     */
    private boolean lengthensValue(N value, @Nullable Object variable) {
      for (N node : descendants(value)) {
        if (!grows(view.strip(node))) {
          continue;
        }
        if (variable != null && mentions(node, n -> variable.equals(view.declarationOf(n)))) {
          return true;
        }
        if ("+".equals(view.binaryOperator(view.strip(node)))) {
          for (N operand : view.binaryOperands(view.strip(node))) {
            if (view.literalValue(view.strip(operand)) instanceof Number number
                && number.doubleValue() > 0) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * Whether a variable keeps its value for the polls that follow: for a loop, it is not declared
     * inside the loop and not set afresh there; for a method calling itself, it is a field or is
     * handed to that call.
     */
    private boolean outlivesPoll(@Nullable Object variable, N region, @Nullable N selfCall) {
      if (variable == null) {
        return false;
      }
      if (selfCall != null) {
        if (view.arguments(selfCall).stream()
            .anyMatch(
                argument -> mentions(argument, n -> variable.equals(view.declarationOf(n))))) {
          return true;
        }
        N declaration = declarationNode(variable);
        return declaration != null && view.isField(declaration);
      }
      for (N write : view.writesIn(region)) {
        if (variable.equals(view.writtenVariable(write))
            && (!view.isAssignment(write) || isReset(write, region))) {
          return false;
        }
      }
      return true;
    }

    private @Nullable N declarationNode(Object variable) {
      for (N node : descendants(methodBody)) {
        if ((view.isName(node) || view.simpleName(node) != null)
            && variable.equals(view.declarationOf(node))) {
          return view.variableDeclaration(node);
        }
      }
      return null;
    }

    /**
     * Whether a write sets a variable afresh from a value that does not depend on it ({@code
     * interval = response.interval()}).
     */
    private boolean isReset(N write, N region) {
      if (!view.writesIn(region).contains(write) || !view.isAssignment(write)) {
        return false;
      }
      Object variable = view.writtenVariable(write);
      N value = view.writtenValue(write);
      return variable != null
          && view.literalValue(view.strip(value)) == null
          && !mentions(value, n -> variable.equals(view.declarationOf(n)))
          && !lengthensValue(value, variable)
          && waitsIn(region).stream()
              .anyMatch(wait -> mentions(wait, n -> readsVariable(n, variable)));
    }

    /** Whether a node reads the variable, or a local set from it in the region. */
    private boolean readsVariable(N node, Object variable) {
      Object read = view.declarationOf(node);
      if (read == null || !(view.isName(node) || view.simpleName(node) != null)) {
        return false;
      }
      if (read.equals(variable)) {
        return true;
      }
      for (N write : view.writesIn(methodBody)) {
        if (read.equals(view.writtenVariable(write))
            && mentions(view.writtenValue(write), n -> variable.equals(view.declarationOf(n)))) {
          return true;
        }
      }
      return false;
    }

    // ---- slow_down not tested: does the poll go on after any error?

    /**
     * Whether a poll that tests authorization_pending but not slow_down goes on after an error it
     * does not know: it never throws outside the branches of named errors, and no return or break
     * stands where any other error leads.
     */
    private boolean continuesOnAnyError(N region) {
      if (!mentions(region, n -> isErrorValue(n, PENDING))) {
        return false;
      }
      return !exitsOnUnknownError(region);
    }

    private boolean exitsOnUnknownError(N statement) {
      StatementKind kind = view.statementKind(statement);
      return switch (kind) {
        case THROW, RETURN, BREAK -> true;
        case BLOCK, TRY ->
            view.statementsOf(statement).stream().anyMatch(this::exitsOnUnknownError);
        case IF -> ifExitsOnUnknownError(statement);
        case SWITCH ->
            view.cases(statement).stream()
                .filter(switchCase -> view.caseLabels(switchCase).isEmpty())
                .flatMap(switchCase -> view.caseStatements(switchCase).stream())
                .anyMatch(
                    inner ->
                        view.statementKind(inner) != StatementKind.BREAK
                            && exitsOnUnknownError(inner));
        default -> false;
      };
    }

    private boolean ifExitsOnUnknownError(N statement) {
      N condition = view.condition(statement);
      boolean named =
          mentions(
              condition,
              n ->
                  isErrorValue(n, PENDING)
                      || STOPPING_ERRORS.stream().anyMatch(e -> isErrorValue(n, e)));
      N otherwise = view.elsePart(statement);
      if (named) {
        // An unknown error takes the branch where the named test fails: the else of a positive
        // test, the then of a negated one.
        N taken = isNegated(condition) ? view.thenPart(statement) : otherwise;
        return taken != null && exitsOnUnknownError(taken);
      }
      // A test of something else: a status test is read for the 400 the device flow's errors come
      // with; otherwise an exit on either side may be the one an unknown error takes.
      Boolean holds = holdsForDeviceError(context.conditionOf(condition));
      boolean thenExits =
          !Boolean.FALSE.equals(holds) && exitsOnUnknownError(view.thenPart(statement));
      boolean elseExits =
          !Boolean.TRUE.equals(holds) && otherwise != null && exitsOnUnknownError(otherwise);
      return thenExits || elseExits;
    }

    /**
     * Whether a condition holds for a device flow's error response (status 400): true, false, or
     * null when it cannot be told.
     */
    private @Nullable Boolean holdsForDeviceError(Condition condition) {
      if (condition instanceof Condition.StatusIn in) {
        return in.statuses().contains(400);
      }
      if (condition instanceof Condition.Constant constant) {
        return constant.value();
      }
      if (condition instanceof Condition.Not not) {
        Boolean operand = holdsForDeviceError(not.operand());
        return operand == null ? null : !operand;
      }
      if (condition instanceof Condition.And and) {
        Boolean left = holdsForDeviceError(and.left());
        Boolean right = holdsForDeviceError(and.right());
        if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
          return false;
        }
        return (left != null && right != null) ? Boolean.TRUE : null;
      }
      if (condition instanceof Condition.Or or) {
        Boolean left = holdsForDeviceError(or.left());
        Boolean right = holdsForDeviceError(or.right());
        if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
          return true;
        }
        return (left != null && right != null) ? Boolean.FALSE : null;
      }
      return null;
    }

    /** Whether a condition is {@code !test} or {@code a != b}. */
    private boolean isNegated(N condition) {
      N stripped = view.strip(condition);
      if ("!=".equals(view.binaryOperator(stripped))) {
        return true;
      }
      // A unary operator: one operand, and none of the other kinds of expression.
      return view.binaryOperator(stripped) == null
          && !view.isCall(stripped)
          && !view.isName(stripped)
          && view.simpleName(stripped) == null
          && view.literalValue(stripped) == null
          && view.childrenOf(stripped).size() == 1;
    }

    // ---- Values

    /**
     * Whether a node is the OAuth error value: the string, a constant holding it, an enum constant.
     */
    private boolean isErrorValue(N node, String value) {
      String text = stringValue(node);
      if (text != null) {
        return text.equals(value);
      }
      String simple = view.isCall(node) ? null : view.simpleName(node);
      // An enum constant (SLOW_DOWN, SlowDown), not a local variable (slowDown).
      return simple != null
          && Character.isUpperCase(simple.charAt(0))
          && simple.toLowerCase(Locale.ROOT).replace("_", "").equals(value.replace("_", ""));
    }

    /** The string a literal holds, or the constant a name refers to holds; null otherwise. */
    private @Nullable String stringValue(N node) {
      N stripped = view.strip(node);
      if (view.literalValue(stripped) instanceof String text) {
        return text;
      }
      if (view.isName(stripped) || (view.simpleName(stripped) != null && !view.isCall(stripped))) {
        N declaration = view.variableDeclaration(stripped);
        N initializer = declaration == null ? null : view.initializerOf(declaration);
        if (initializer != null && view.literalValue(view.strip(initializer)) instanceof String s) {
          return s;
        }
      }
      return null;
    }

    boolean mentions(N root, Predicate<N> test) {
      for (N node : descendants(root)) {
        if (test.test(node)) {
          return true;
        }
      }
      return false;
    }

    boolean contains(N outer, N inner) {
      return descendants(outer).contains(inner);
    }

    List<N> loopsIn(N root) {
      List<N> loops = new ArrayList<>();
      for (N node : descendants(root)) {
        if (view.isLoop(node)) {
          loops.add(node);
        }
      }
      return loops;
    }

    private List<N> descendants(N root) {
      List<N> all = new ArrayList<>();
      List<N> pending = new ArrayList<>();
      pending.add(root);
      while (!pending.isEmpty()) {
        N node = pending.remove(pending.size() - 1);
        all.add(node);
        List<? extends N> children = view.childrenOf(node);
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.add(children.get(i));
        }
      }
      return all;
    }
  }
}
