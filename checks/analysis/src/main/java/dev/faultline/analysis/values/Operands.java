package dev.faultline.analysis.values;

import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.OwnHttpWrappers;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.library.RetryHooks;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.DelayGrowth;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the variables of one method hold, as far as error handling is concerned: a status, an API
 * error code, a value derived from the Retry-After header, (part of) an error body.
 * Flow-insensitive: a variable that is ever assigned such a value holds it. Variables are keyed as
 * the view's {@link CodeView#declarationOf} keys them.
 */
public final class Operands<N> {
  /** What kind of value an operand holds. */
  public enum Kind {
    STATUS_INT,
    STATUS_OBJECT,
    /** A status's class, such as Spring's {@code HttpStatus.Series} ({@code SERVER_ERROR}). */
    STATUS_SERIES,
    ERROR_CODE,
    RETRY_AFTER
  }

  /**
   * The same-class helper methods a piece of code may call, as far as its operands ask about them.
   */
  public interface Helpers {
    /** Whether a method (a {@link CodeView#declarationOf} key) is a same-class helper. */
    boolean isHelper(@Nullable Object method);

    /**
     * Whether a method (a {@link CodeView#declarationOf} key) is a same-class helper that returns
     * Retry-After.
     */
    boolean returnsRetryAfter(@Nullable Object method);

    /**
     * The declaration of a same-class helper (a {@link CodeView#declarationOf} key), or null when
     * the method is none.
     */
    @Nullable Object declaration(@Nullable Object method);
  }

  private static final String ERROR_CODE_FIELD = "errorcode";
  private static final int MAX_ROUNDS = 5;

  private final IdentityHashMap<Object, Kind> kinds = small();

  /**
   * Boolean variables assigned once, by their condition: {@code boolean throttled = status ==
   * 429;}.
   */
  private final IdentityHashMap<Object, N> predicates = small();

  private final Set<Object> reassigned = Collections.newSetFromMap(small());

  /** Variables holding (part of) a parsed error body, by JSON path ("" for the root). */
  private final IdentityHashMap<Object, String> jsonPaths = small();

  /**
   * Calls of an SDK's own HTTP layer (a variable's value whose status the code compares with HTTP
   * statuses), with the request each sends.
   */
  private final IdentityHashMap<Object, CallMeaning.Request> ownRequests = small();

  /**
   * Catch parameters holding an SDK's own HTTP failure: their status getter's value is compared
   * with HTTP statuses only.
   */
  private final Set<Object> httpFailures = Collections.newSetFromMap(small());

  /**
   * Functional parameters of a retry helper bound to the work the caller passes (a lambda's or a
   * method reference's steps): invoking one does that work ({@link RetriedWork}).
   */
  private final IdentityHashMap<Object, Step> works = small();

  /** What each variable was first given, for the delays asked of a retry strategy. */
  private final IdentityHashMap<Object, N> delayInitializers = small();

  /** Every value written to a variable (initializer and assignments), in source order. */
  private final IdentityHashMap<Object, List<N>> writtenValues = small();

  /**
   * Variables updated by a compound assignment or an increment: {@code delay *= 2}, {@code
   * attempt++}.
   */
  private final Set<Object> updated = Collections.newSetFromMap(small());

  /** Variables holding the raw error body. */
  private final Set<Object> rawBodies = Collections.newSetFromMap(small());

  private final Helpers helpers;
  private final LoweringContext<N> context;

  private final CodeView<N> view;

  /**
   * A map for the few variables a method's tables hold: operands are made for every method lowered
   * and copied for every helper inlined, and most of their tables stay empty or nearly.
   */
  private static <K, V> IdentityHashMap<K, V> small() {
    return new IdentityHashMap<>(2);
  }

  private Operands(Helpers helpers, LoweringContext<N> context) {
    this.helpers = helpers;
    this.context = context;
    this.view = context.view();
  }

  /** The operands of a method (or any code with variables in it). */
  public static <N> Operands<N> of(N code, Helpers helpers, LoweringContext<N> context) {
    Operands<N> operands = new Operands<>(helpers, context);
    operands.learn(code);
    return operands;
  }

  /**
   * The same operands (a helper's), plus a binding of the helper's parameter to what the argument
   * holds in the caller: the argument is read with the caller's operands, since its variables are
   * the caller's.
   */
  public Operands<N> bind(Object parameter, @Nullable N argument, Operands<N> caller) {
    Operands<N> bound = copy();
    if (argument == null) {
      return bound;
    }
    String path = caller.jsonPath(argument);
    if (path != null) {
      bound.jsonPaths.put(parameter, path);
    }
    if (caller.isRawBody(argument)) {
      bound.rawBodies.add(parameter);
    }
    Kind kind = caller.kindOf(argument);
    if (kind != null) {
      bound.kinds.put(parameter, kind);
    } else if (caller.isRetryAfterDerived(argument)) {
      bound.kinds.put(parameter, Kind.RETRY_AFTER);
    }
    return bound;
  }

  private Operands<N> copy() {
    Operands<N> copy = new Operands<>(helpers, context);
    copy.kinds.putAll(kinds);
    copy.predicates.putAll(predicates);
    copy.reassigned.addAll(reassigned);
    copy.jsonPaths.putAll(jsonPaths);
    copy.rawBodies.addAll(rawBodies);
    copy.ownRequests.putAll(ownRequests);
    copy.httpFailures.addAll(httpFailures);
    copy.delayInitializers.putAll(delayInitializers);
    writtenValues.forEach((k, v) -> copy.writtenValues.put(k, new ArrayList<>(v)));
    copy.works.putAll(works);
    copy.updated.addAll(updated);
    return copy;
  }

  /**
   * The same operands, plus a functional parameter bound to the work the caller passes for it
   * ({@link RetriedWork#work}).
   */
  public Operands<N> bindWork(Object parameter, Step work) {
    Operands<N> bound = copy();
    bound.works.put(parameter, work);
    return bound;
  }

  /**
   * The work a call does when it invokes a functional parameter bound by {@link #bindWork} ({@code
   * work.get()}, {@code operation.apply(input)}), or null.
   */
  public @Nullable Step workInvoked(N call) {
    N receiver = view.receiver(call);
    if (works.isEmpty()
        || receiver == null
        || !view.isName(view.strip(receiver))
        || COMPOSING.contains(view.calledName(call))) {
      return null;
    }
    return works.get(view.declarationOf(view.strip(receiver)));
  }

  /**
   * The work a recursive call of the helper does again, when it passes on a functional parameter
   * bound by {@link #bindWork}, or null.
   */
  public @Nullable Step workPassedOn(List<? extends N> arguments) {
    for (N argument : arguments) {
      N stripped = view.strip(argument);
      if (!works.isEmpty() && view.isName(stripped)) {
        Step work = works.get(view.declarationOf(stripped));
        if (work != null) {
          return work;
        }
      }
    }
    return null;
  }

  /** The default methods of the JDK's functional interfaces: they compose, they do not invoke. */
  private static final Set<String> COMPOSING =
      Set.of("andThen", "compose", "negate", "and", "or", "identity", "equals", "hashCode");

  /** The same-class helpers these operands know of. */
  public Helpers helpers() {
    return helpers;
  }

  /**
   * Every value written to a variable (a {@link CodeView#declarationOf} key) in the code, in source
   * order; empty when none is.
   */
  public List<N> valuesWrittenTo(@Nullable Object variable) {
    List<N> values = variable == null ? null : writtenValues.get(variable);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  /** The same operands, plus a parameter known to hold a kind of value. */
  public Operands<N> bindKind(Object parameter, Kind kind) {
    Operands<N> bound = copy();
    bound.kinds.put(parameter, kind);
    return bound;
  }

  /** Adds what the variables in {@code code} hold. */
  public Operands<N> learn(N code) {
    CodeWalk<N> walk = context.walkOf(code);
    List<N> writes = walk.writes();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int before = kinds.size();
      for (N write : writes) {
        Object variable = view.writtenVariable(write);
        if (variable == null) {
          continue;
        }
        N value = view.writtenValue(write);
        record(variable, value);
        if (round == 0 && !view.isAssignment(write)) {
          delayInitializers.putIfAbsent(variable, value);
        }
        if (round == 0) {
          writtenValues.computeIfAbsent(variable, k -> new ArrayList<>()).add(value);
        }
        if (view.isAssignment(write)) {
          reassigned.add(variable);
        } else if (view.declaresBoolean(write)) {
          predicates.put(variable, value);
        }
      }
      if (before == kinds.size()) {
        break;
      }
    }
    if (walk.readsOwnStatus()) {
      learnOwnRequests(code, writes);
    }
    updated.addAll(walk.updated());
    return this;
  }

  /** The values written to a variable of this code (initializer and assignments), in order. */
  List<N> valuesWritten(@Nullable Object variable) {
    List<N> values = variable == null ? null : writtenValues.get(variable);
    return values == null ? List.of() : values;
  }

  /** Whether this code updates a variable by a compound assignment or an increment. */
  boolean isUpdated(@Nullable Object variable) {
    return variable != null && updated.contains(variable);
  }

  CodeView<N> view() {
    return view;
  }

  /** How the delay of a wait changes between attempts ({@link DelayGrowths}). */
  public DelayGrowth delayGrowth(@Nullable N delay) {
    return DelayGrowths.of(delay, this);
  }

  /**
   * How the delay of a sleep ({@code Thread.sleep(ms)}, {@code TimeUnit.SECONDS.sleep(n)}) or of a
   * delayed schedule ({@code delayedExecutor(2, SECONDS)}) changes between attempts: fixed only
   * when every delay argument is.
   */
  public DelayGrowth delayGrowth(List<? extends N> delayArguments) {
    return DelayGrowths.ofAll(delayArguments, this);
  }

  /**
   * The calls of an SDK's own HTTP layer in {@code code}: those that give a variable whose status
   * ({@link OwnHttpWrappers#statusRead} or {@link OwnHttpWrappers#readsStatusField}) the code
   * compares with HTTP statuses (100-599) and with nothing else (a job's {@code getStatus() !=
   * DONE} is no HTTP status); and, in a try statement one of whose catch clauses catches an SDK's
   * own exception whose status getter ({@code e.getResponseCode()}) the code compares with HTTP
   * statuses only, the calls of the try that give a {@code ...Response}: they send, and that
   * exception is their HTTP failure.
   */
  private void learnOwnRequests(N code, List<N> writes) {
    List<N> tries = new ArrayList<>();
    IdentityHashMap<Object, String> caught = new IdentityHashMap<>();
    collectTries(code, tries, caught);
    IdentityHashMap<Object, Boolean> httpStatusHolders = new IdentityHashMap<>();
    compareStatuses(
        code, httpStatusHolders, caught.keySet(), new StatusValues<>(view, Map.of()), null);
    if (!httpStatusHolders.containsValue(true)) {
      return;
    }
    for (N write : writes) {
      Object variable = view.writtenVariable(write);
      N value = view.strip(view.writtenValue(write));
      if (variable != null && Boolean.TRUE.equals(httpStatusHolders.get(variable))) {
        CallMeaning.Request request = OwnHttpWrappers.request(view, value);
        if (request != null) {
          ownRequests.put(value, request);
        }
      }
    }
    for (N tryStatement : tries) {
      learnOwnFailures(tryStatement, caught, httpStatusHolders);
    }
  }

  /** The try statements in some code, and their catch parameters of types an SDK may own. */
  private void collectTries(N node, List<N> tries, IdentityHashMap<Object, String> caught) {
    if (view.statementKind(node) == StatementKind.TRY) {
      tries.add(node);
      for (N parameter : view.catchParameters(node)) {
        Object key = view.declarationOf(parameter);
        String type = view.declaredType(parameter);
        if (key != null && OwnHttpWrappers.mayBeOwnHttpError(type)) {
          caught.put(key, type);
        }
      }
    }
    for (N child : view.childrenOf(node)) {
      collectTries(child, tries, caught);
    }
  }

  /**
   * Records the catch parameters of a try that hold an SDK's own HTTP failure, and the calls of the
   * try that give a {@code ...Response} as requests failing with it.
   */
  private void learnOwnFailures(
      N tryStatement,
      IdentityHashMap<Object, String> caught,
      IdentityHashMap<Object, Boolean> httpStatusHolders) {
    List<String> failures = new ArrayList<>();
    for (N parameter : view.catchParameters(tryStatement)) {
      Object key = view.declarationOf(parameter);
      if (key != null
          && caught.containsKey(key)
          && Boolean.TRUE.equals(httpStatusHolders.get(key))) {
        httpFailures.add(key);
        failures.add(erasure(caught.get(key)));
      }
    }
    if (failures.isEmpty()) {
      return;
    }
    for (N part : view.guardedParts(tryStatement)) {
      for (N call : view.callsIn(part)) {
        if (OwnHttpWrappers.givesResponse(view.calledReturnType(call))
            && OwnHttpWrappers.request(view, call) != null) {
          List<String> thrown = new ArrayList<>(failures);
          List<String> declared = view.calledThrownTypes(call);
          if (declared != null) {
            declared.stream().filter(type -> !thrown.contains(type)).forEach(thrown::add);
          }
          ownRequests.putIfAbsent(call, new CallMeaning.Request(thrown, true));
        }
      }
    }
  }

  private static String erasure(String type) {
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  /**
   * Records, for each variable whose status the code reads ({@link #statusHolder}), whether every
   * comparison of that status is with an HTTP status; in a helper's body ({@code parameter} given),
   * the comparisons of that parameter itself.
   */
  private void compareStatuses(
      N node,
      IdentityHashMap<Object, Boolean> holders,
      Set<Object> caught,
      StatusValues<N> values,
      @Nullable Object parameter) {
    String operator = view.binaryOperator(node);
    if (operator != null && !operator.equals("&&") && !operator.equals("||")) {
      List<? extends N> sides = view.binaryOperands(node);
      for (int i = 0; i < 2; i++) {
        N side = view.strip(sides.get(i));
        Object holder =
            parameter == null
                ? statusHolder(side, caught)
                : view.isName(side) && sameDeclaration(view.declarationOf(side), parameter)
                    ? parameter
                    : null;
        Optional<Integer> value = values.statusConstant(sides.get(1 - i));
        if (holder != null && value.isPresent()) {
          boolean http = value.get() >= 100 && value.get() <= 599;
          holders.merge(holder, http, Boolean::logicalAnd);
        }
      }
    }
    if (parameter == null && view.isCall(node)) {
      comparedInHelper(node, holders, caught, values);
    }
    for (N child : view.childrenOf(node)) {
      compareStatuses(child, holders, caught, values, parameter);
    }
  }

  /** Whether two declaration keys are the same declaration (the keys are compared by identity). */
  private static boolean sameDeclaration(@Nullable Object key, Object declaration) {
    IdentityHashMap<Object, Boolean> one = new IdentityHashMap<>();
    one.put(declaration, true);
    return key != null && one.containsKey(key);
  }

  /**
   * A status passed to a same-class helper ({@code isRetryable(e.getResponseCode())}) counts as
   * compared with what the helper compares its parameter with (one level deep).
   */
  @SuppressWarnings("unchecked")
  private void comparedInHelper(
      N call,
      IdentityHashMap<Object, Boolean> holders,
      Set<Object> caught,
      StatusValues<N> values) {
    List<? extends N> arguments = view.arguments(call);
    Object declaration = arguments.isEmpty() ? null : helpers.declaration(view.declarationOf(call));
    if (declaration == null || caught.isEmpty()) {
      return;
    }
    N method = (N) declaration;
    N body = view.methodBody(method);
    List<? extends N> parameters = view.parameters(method);
    for (int i = 0; i < arguments.size() && i < parameters.size() && body != null; i++) {
      Object holder = statusHolder(view.strip(arguments.get(i)), caught);
      Object parameter = view.declarationOf(parameters.get(i));
      if (holder != null && parameter != null) {
        IdentityHashMap<Object, Boolean> inHelper = new IdentityHashMap<>();
        compareStatuses(body, inHelper, caught, values, parameter);
        Boolean http = inHelper.get(parameter);
        if (http != null) {
          holders.merge(holder, http, Boolean::logicalAnd);
        }
      }
    }
  }

  /**
   * The variable whose status a status getter reads: a response of an SDK's own HTTP layer, or a
   * caught exception of a type an SDK may own; null for any other expression.
   */
  private @Nullable Object statusHolder(N side, Set<Object> caught) {
    boolean call = view.isCall(side);
    N receiver =
        call
            ? view.receiver(side)
            : OwnHttpWrappers.readsStatusField(view, side) ? view.fieldReadOn(side) : null;
    if (receiver == null || !view.isName(view.strip(receiver))) {
      return null;
    }
    Object holder = view.declarationOf(view.strip(receiver));
    if (!call || OwnHttpWrappers.statusRead(view, side) != null) {
      return holder;
    }
    return holder != null
            && caught.contains(holder)
            && OwnHttpWrappers.isNumberStatusGetter(view, side)
        ? holder
        : null;
  }

  /**
   * Whether an expression names a caught SDK's own HTTP failure ({@link #learnOwnRequests}): an
   * exception that carries the status of a response.
   */
  public boolean holdsOwnHttpFailure(N expression) {
    N tree = view.strip(expression);
    return !httpFailures.isEmpty()
        && view.isName(tree)
        && httpFailures.contains(view.declarationOf(tree));
  }

  /**
   * Whether a call reads the status of a caught SDK's own HTTP failure ({@link #learnOwnRequests}).
   */
  private boolean readsOwnFailureStatus(N call) {
    N receiver = view.receiver(call);
    return receiver != null
        && holdsOwnHttpFailure(receiver)
        && OwnHttpWrappers.isNumberStatusGetter(view, call);
  }

  private void record(Object variable, N value) {
    if (kinds.containsKey(variable)) {
      return;
    }
    String path = jsonPath(value);
    if (path != null) {
      jsonPaths.putIfAbsent(variable, path);
    }
    if (isRawBody(value)) {
      rawBodies.add(variable);
    }
    Kind kind = kindOf(value);
    if (kind == null && isRetryAfterDerived(value)) {
      kind = Kind.RETRY_AFTER;
    }
    if (kind != null) {
      kinds.put(variable, kind);
    }
  }

  /**
   * The JSON path of the error body an expression holds, or null when it holds no part of a parsed
   * body.
   */
  public @Nullable String jsonPath(@Nullable N expression) {
    if (expression == null) {
      return null;
    }
    N tree = view.strip(expression);
    if (view.isName(tree)) {
      return jsonPaths.get(view.declarationOf(tree));
    }
    String created = view.createdType(tree);
    if (created != null) {
      return created.equals("org.json.JSONObject") && !view.arguments(tree).isEmpty() ? "" : null;
    }
    if (!view.isCall(tree)) {
      return null;
    }
    if (context.parsesBody(tree)) {
      return "";
    }
    N receiver = view.receiver(tree);
    String receiverPath = receiver == null ? null : jsonPath(receiver);
    return receiverPath == null ? null : context.bodyValueRead(tree, receiverPath);
  }

  /**
   * Whether none of a call's arguments holds any part of the error body, parsed or raw: what a
   * same-class helper given such a call reads of the body depends on the helper alone, so its body
   * is lowered once for all such calls.
   */
  public boolean noneCarriesBody(List<? extends N> arguments) {
    for (N argument : arguments) {
      if (jsonPath(argument) != null || isRawBody(argument)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an expression is the raw error body (or a variable holding it). */
  public boolean isRawBody(@Nullable N expression) {
    if (expression == null) {
      return false;
    }
    N tree = view.strip(expression);
    if (view.isName(tree)) {
      return rawBodies.contains(view.declarationOf(tree));
    }
    return context.readsRawBody(tree) || convertsRawBody(tree);
  }

  private static final Set<String> TEXT_TYPES = Set.of("java.lang.String", "byte[]");

  /**
   * Whether an expression turns the raw body into text or bytes: {@code new String(bytes, UTF_8)},
   * {@code StreamUtils.copyToString(response.getBody(), UTF_8)}, Feign's {@code
   * Util.toString(body.asReader(UTF_8))}, {@code stream.readAllBytes()}. A parser or a same-class
   * helper is no conversion.
   */
  private boolean convertsRawBody(N tree) {
    String created = view.createdType(tree);
    if (created != null) {
      return TEXT_TYPES.contains(created)
          && view.arguments(tree).stream().anyMatch(this::isRawBody);
    }
    if (!view.isCall(tree)
        || context.parsesBody(tree)
        || helpers.isHelper(view.declarationOf(tree))
        || !TEXT_TYPES.contains(String.valueOf(view.calledReturnType(tree)))) {
      return false;
    }
    N receiver = view.receiver(tree);
    return (receiver != null && isRawBody(receiver))
        || view.arguments(tree).stream().anyMatch(this::isRawBody);
  }

  /** Whether the raw body occurs in an expression other than as the input of a parser. */
  public boolean passesRawBody(@Nullable N expression) {
    if (expression == null) {
      return false;
    }
    if (isRawBody(expression)) {
      return true;
    }
    // A parser reads the body; a same-class helper's own reads and pass-ons are counted where it is
    // called.
    if (view.isCall(expression)
        && (context.parsesBody(expression) || helpers.isHelper(view.declarationOf(expression)))) {
      return false;
    }
    for (N child : view.childrenOf(expression)) {
      if (passesRawBody(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The request a call sends because it gives a variable declared as an SDK's own response type, or
   * null.
   */
  public CallMeaning.@Nullable Request ownRequest(N call) {
    return ownRequests.get(call);
  }

  /** The condition a boolean variable was initialised with, if it is never assigned again. */
  public @Nullable N predicate(@Nullable Object variable) {
    return variable == null || reassigned.contains(variable) ? null : predicates.get(variable);
  }

  /**
   * The status or error-code kind of an expression, or null. Retry-After taint is {@link
   * #isRetryAfterDerived}.
   */
  public @Nullable Kind kindOf(N expression) {
    N tree = view.strip(expression);
    if (view.isName(tree)) {
      Kind kind = kinds.get(view.declarationOf(tree));
      return kind == Kind.RETRY_AFTER ? null : kind;
    }
    List<N> branches = view.conditionalBranches(tree);
    if (!branches.isEmpty()) {
      // problem.errorCode() == null ? 4000 : problem.errorCode()
      Kind whenTrue = kindOf(branches.get(0));
      return whenTrue != null ? whenTrue : kindOf(branches.get(1));
    }
    if (!view.isCall(tree)) {
      return OwnHttpWrappers.readsStatusField(view, tree) ? Kind.STATUS_INT : null;
    }
    if (context.readsStatusCode(tree) || readsOwnFailureStatus(tree)) {
      return Kind.STATUS_INT;
    }
    Kind exchanged = exchangedStatus(tree);
    if (exchanged != null) {
      return exchanged;
    }
    if (context.readsStatusObject(tree)) {
      return Kind.STATUS_OBJECT;
    }
    if (readsErrorCode(tree)) {
      return Kind.ERROR_CODE;
    }
    // A conversion of an error code or a status (node.path("errorCode").asInt(-1),
    // Integer.parseInt(code), optional.orElse(0)) is that value.
    N receiver = view.receiver(tree);
    List<? extends N> arguments = view.arguments(tree);
    String name = view.calledName(tree);
    Kind received = receiver == null ? null : kindOf(receiver);
    if ((received == Kind.ERROR_CODE || received == Kind.STATUS_INT)
        && (arguments.isEmpty() || (arguments.size() == 1 && CONVERSIONS.contains(name)))) {
      return received == Kind.STATUS_INT && !CONVERSIONS.contains(name) ? null : received;
    }
    if (arguments.size() == 1 && view.isStaticCall(tree)) {
      Kind argument = kindOf(arguments.get(0));
      String owner = view.calledOwner(tree);
      if ((argument == Kind.ERROR_CODE || argument == Kind.STATUS_INT)
          && ("java.lang.Integer".equals(owner) || "java.lang.Long".equals(owner))) {
        return argument;
      }
      // HttpStatus.valueOf(code), HttpStatusCode.valueOf(code), HttpStatus.Series.resolve(code),
      // JAX-RS Response.Status.fromStatusCode(code), Response.Status.Family.familyOf(code)
      if ((argument == Kind.STATUS_INT || argument == Kind.STATUS_OBJECT)
          && (name.equals("valueOf")
              || name.equals("resolve")
              || name.equals("fromStatusCode")
              || name.equals("familyOf"))
          && owner != null) {
        if (owner.endsWith("HttpStatus.Series") || owner.endsWith("Response.Status.Family")) {
          return Kind.STATUS_SERIES;
        }
        if (owner.equals("org.springframework.http.HttpStatus")
            || owner.equals("org.springframework.http.HttpStatusCode")
            || HttpNames.STATUS_ENUMS.contains(owner)) {
          return Kind.STATUS_OBJECT;
        }
      }
    }
    // status.series(), JAX-RS statusInfo.getFamily()
    if ((name.equals("series") || name.equals("getFamily"))
        && arguments.isEmpty()
        && (received == Kind.STATUS_OBJECT || received == Kind.STATUS_INT)) {
      return Kind.STATUS_SERIES;
    }
    return null;
  }

  /**
   * The kind of status a call that hands its function the response returns, when the function gives
   * the response's status ({@code exchange((request, response) -> response.getStatusCode())}), or
   * null.
   */
  private @Nullable Kind exchangedStatus(N call) {
    if (!HttpClientCatalogue.isExchange(view, call)) {
      return null;
    }
    for (N argument : view.arguments(call)) {
      N function = view.strip(argument);
      N given = view.isLambda(function) ? view.lambdaExpressionBody(function) : null;
      Kind kind = given == null ? null : kindOf(given);
      if (kind == Kind.STATUS_INT || kind == Kind.STATUS_OBJECT) {
        return kind;
      }
    }
    return null;
  }

  /** Calls that turn a value into a number, with a default given: the value they convert. */
  private static final Set<String> CONVERSIONS =
      Set.of(
          "asInt",
          "asLong",
          "getAsInt",
          "getAsLong",
          "intValue",
          "longValue",
          "orElse",
          "orElseGet",
          "orElseThrow",
          "get",
          "getAsNumber");

  private boolean readsErrorCode(N call) {
    String name = view.calledName(call).toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return false;
    }
    List<? extends N> arguments = view.arguments(call);
    if (arguments.isEmpty() && (name.equals("geterrorcode") || name.equals(ERROR_CODE_FIELD))) {
      return true;
    }
    for (N argument : arguments) {
      if (view.constantValue(argument) instanceof String text) {
        String field = text.toLowerCase(Locale.ROOT);
        if (field.equals(ERROR_CODE_FIELD) || field.equals("/" + ERROR_CODE_FIELD)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a wait of this delay honours Retry-After, as far as can be told: its value comes from
   * the header, or it is the interval that an injected retry strategy of the client library answers
   * ({@code retryStrategy.getRetryInterval()} of an HttpClient {@code
   * ServiceUnavailableRetryStrategy} or {@code HttpRequestRetryStrategy}): the strategy may read
   * the header, and a delay that cannot be read is taken as honouring it, as for the retry
   * libraries.
   */
  public boolean delayHonoursRetryAfter(@Nullable N delay) {
    return isRetryAfterDerived(delay) || asksStrategyForDelay(delay, 0);
  }

  /**
   * Whether a sleep ({@code Thread.sleep}, {@code TimeUnit.X.sleep}) waits as long as Retry-After
   * asks, as far as can be told: its delay honours the header ({@link #delayHonoursRetryAfter}),
   * and a sleep in milliseconds is not given the header's number of seconds as it is ({@code
   * Thread.sleep(Math.max(retryAfter, backoffMillis))} sleeps a thousandth of the wait).
   */
  public boolean sleepHonoursRetryAfter(N sleep) {
    boolean millis = "java.lang.Thread".equals(view.calledOwner(sleep));
    N receiver = view.receiver(sleep);
    if (receiver != null && "MILLISECONDS".equals(view.simpleName(view.strip(receiver)))) {
      millis = true;
    }
    for (N delay : view.arguments(sleep)) {
      if (delayHonoursRetryAfter(delay)
          && !(millis && isRetryAfterDerived(delay) && takesRetryAfterSecondsAsIs(delay, 0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Calls that keep the unit of the number they are given: parsing it, choosing between it and
   * another, unwrapping it. Any other call (a conversion, a helper of the project) may change it.
   */
  private static final Set<String> UNIT_KEEPING =
      Set.of(
          "parseInt",
          "parseLong",
          "valueOf",
          "decode",
          "trim",
          "strip",
          "orElse",
          "getAsInt",
          "getAsLong",
          "intValue",
          "longValue",
          "max",
          "min",
          "abs");

  /** Header reads whose value is the header's text or number as sent (seconds, or a date). */
  private static final Set<String> RAW_HEADER_TYPES =
      Set.of(
          "java.lang.String",
          "java.util.Optional",
          "java.util.OptionalLong",
          "java.util.OptionalInt",
          "int",
          "long",
          "java.lang.Integer",
          "java.lang.Long");

  /**
   * Whether every part of a value that comes from Retry-After is the header's number of seconds as
   * sent: read, parsed, chosen with {@code Math.max} or added to, but never multiplied by a
   * thousand or converted. False when any such part is converted or cannot be followed (a helper, a
   * function, a parameter).
   */
  private boolean takesRetryAfterSecondsAsIs(N expression, int depth) {
    N tree = view.strip(expression);
    if (depth > MAX_ROUNDS * 4 || !isRetryAfterDerived(tree)) {
      return depth <= MAX_ROUNDS * 4;
    }
    if (view.isName(tree)) {
      List<N> values = writtenValues.get(view.declarationOf(tree));
      if (values == null || values.isEmpty()) {
        return false;
      }
      for (N value : values) {
        if (!takesRetryAfterSecondsAsIs(value, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    String operator = view.binaryOperator(tree);
    if (operator != null) {
      if (operator.equals("/") || operator.equals("%") || operator.equals(">>")) {
        return false;
      }
      if (operator.equals("*")) {
        for (N operand : view.binaryOperands(tree)) {
          if (view.constantValue(view.strip(operand)) instanceof Number factor
              && Math.abs(factor.doubleValue()) >= 1000) {
            return false;
          }
        }
      }
    }
    if (view.isCall(tree)) {
      if (context.readsRetryAfterCall(tree)) {
        for (N argument : view.arguments(tree)) {
          if (view.constantValue(view.strip(argument)) instanceof String name
              && (HttpNames.isMillisecondWaitName(name)
                  || HttpClientCatalogue.namesProfileWaitHeader(view, name))) {
            // retry-after-ms is already milliseconds; a profile's header, in the unit its API says
            return false;
          }
        }
        String type = view.typeOf(tree);
        return type != null && RAW_HEADER_TYPES.contains(type);
      }
      Object method = view.declarationOf(tree);
      if (helpers.returnsRetryAfter(method)) {
        return helperReturnsSecondsAsIs(helpers.declaration(method), depth);
      }
      if (!UNIT_KEEPING.contains(view.calledName(tree))) {
        return false; // a conversion, a function applied to it, code out of sight: not followed
      }
    }
    if (view.isLambda(tree) || view.isMethodReference(tree)) {
      return false;
    }
    for (N child : view.childrenOf(tree)) {
      if (!takesRetryAfterSecondsAsIs(child, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a same-class helper that returns a Retry-After value returns the header's seconds as
   * they are, in every return that comes from the header.
   */
  @SuppressWarnings("unchecked") // a helper's declaration is a node of this view
  private boolean helperReturnsSecondsAsIs(@Nullable Object declaration, int depth) {
    N body = declaration == null ? null : view.methodBody((N) declaration);
    if (body == null) {
      return false;
    }
    Operands<N> inHelper = Operands.of(body, helpers, context);
    boolean fromHeader = false;
    for (N value : returnedValues(body)) {
      if (inHelper.isRetryAfterDerived(value)) {
        fromHeader = true;
        if (!inHelper.takesRetryAfterSecondsAsIs(value, depth + 1)) {
          return false;
        }
      }
    }
    return fromHeader;
  }

  /** The values a method body returns, outside the lambdas in it. */
  public List<N> returnedValues(N body) {
    List<N> returned = new ArrayList<>();
    collectReturns(body, returned);
    return returned;
  }

  private void collectReturns(N node, List<N> returned) {
    N value = view.returnedValue(node);
    if (value != null) {
      returned.add(value);
    }
    if (view.isLambda(node)) {
      return;
    }
    for (N child : view.childrenOf(node)) {
      collectReturns(child, returned);
    }
  }

  private boolean asksStrategyForDelay(@Nullable N expression, int depth) {
    if (expression == null || depth > MAX_ROUNDS) {
      return false;
    }
    N tree = view.strip(expression);
    if (view.isName(tree)) {
      Object variable = view.declarationOf(tree);
      N initializer = variable == null ? null : delayInitializers.get(variable);
      return initializer != null && asksStrategyForDelay(initializer, depth + 1);
    }
    if (view.isCall(tree)) {
      N receiver = view.receiver(tree);
      String type = receiver == null ? null : view.typeOf(view.strip(receiver));
      if (view.calledName(tree).toLowerCase(Locale.ROOT).contains("interval")
          && (view.isSubtype(type, RetryHooks.HC4_STRATEGY)
              || view.isSubtype(type, RetryHooks.HC5_STRATEGY))) {
        return true;
      }
      if (receiver != null && injectedStrategyReadsRetryAfter(tree)) {
        return true;
      }
    }
    for (N child : view.childrenOf(tree)) {
      if (asksStrategyForDelay(child, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A delay asked of a back-off strategy the code was given ({@code backoff.delayMillis(response,
   * attempt)} on a field or parameter: {@link InjectedStrategies#answering}), when something that
   * may answer reads Retry-After: the strategy injected may be that one (wired where the class is
   * created, often in another file), so the wait may be the server's.
   */
  private boolean injectedStrategyReadsRetryAfter(N call) {
    List<N> answers = InjectedStrategies.answering(call, view);
    if (answers == null) {
      return false;
    }
    for (N answer : answers) {
      if (context.classReadsRetryAfter(answer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait a call of code out of sight makes, or null when it makes none: a call named as a wait
   * ({@link HttpClientCatalogue#waitsByName}), or a pause of a strategy the class was given whose
   * every implementation waits ({@link InjectedStrategies#pauseOf}); when they all wait the call's
   * delay, its growth is that delay's.
   */
  public Step.@Nullable Wait waitOutOfSight(N call, Anchor anchor) {
    List<? extends N> arguments = view.arguments(call);
    InjectedStrategies.Pause pause = InjectedStrategies.pauseOf(call, view);
    if (pause == null && !HttpClientCatalogue.waitsByName(view, call)) {
      return null;
    }
    boolean fromRetryAfter = arguments.stream().anyMatch(this::delayHonoursRetryAfter);
    return pause == InjectedStrategies.Pause.WAITS_THE_ARGUMENT
        ? new Step.Wait(anchor, fromRetryAfter, delayGrowth(arguments))
        : new Step.Wait(anchor, fromRetryAfter);
  }

  /** Whether the value of an expression comes, in part, from the Retry-After header. */
  public boolean isRetryAfterDerived(@Nullable N expression) {
    if (expression == null) {
      return false;
    }
    if (view.isName(expression)) {
      return kinds.get(view.declarationOf(expression)) == Kind.RETRY_AFTER;
    }
    if (view.isCall(expression)
        && (context.readsRetryAfterCall(expression)
            || helpers.returnsRetryAfter(view.declarationOf(expression)))) {
      return true;
    }
    for (N child : view.childrenOf(expression)) {
      if (isRetryAfterDerived(child)) {
        return true;
      }
    }
    return false;
  }
}
