package dev.faultline.analysis.values;

import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the methods of one class do, so that a call of a same-class helper counts as what the helper
 * does: sends a request, waits, reads Retry-After, refreshes credentials. The facts are those of
 * the methods a class can call as its own: the methods of its outermost enclosing class and of
 * every member class nested in it (a member class calls its outer class's methods, and the other
 * way round); a local or anonymous class has facts of its own. Keeps no tree but the helpers'
 * declarations.
 */
public final class ClassFacts<N> implements Operands.Helpers {
  /** What one helper method does. */
  public static final class Helper<N> {
    private final N method;
    private boolean sends;
    private boolean throwsOnHttpError;
    private final Set<String> thrownTypes = new LinkedHashSet<>();
    private boolean waits;
    private boolean waitsForRetryAfter;
    private boolean returnsRetryAfter;
    private boolean refreshesCredentials;
    private final boolean judgedOnItsOwn;

    /**
     * The calls of other helpers in its body, as its last scan found them, while the facts are
     * computed; empty after.
     */
    private List<HelperCall<N>> calls = new ArrayList<>();

    Helper(N method, boolean judgedOnItsOwn) {
      this.method = method;
      this.judgedOnItsOwn = judgedOnItsOwn;
    }

    /** The helper's declaration. */
    public N method() {
      return method;
    }

    /** Whether it sends an HTTP request (itself or through other helpers). */
    public boolean sends() {
      return sends;
    }

    /** Whether a request it sends throws on an HTTP error status. */
    public boolean throwsOnHttpError() {
      return throwsOnHttpError;
    }

    /** The exception types its requests throw, in the order first seen. */
    public Set<String> thrownTypes() {
      return thrownTypes;
    }

    /** Whether it waits (sleeps, schedules with a delay). */
    public boolean waits() {
      return waits;
    }

    /** Whether it waits for as long as a Retry-After header says. */
    public boolean waitsForRetryAfter() {
      return waitsForRetryAfter;
    }

    /** Whether it returns a value derived from the Retry-After header. */
    public boolean returnsRetryAfter() {
      return returnsRetryAfter;
    }

    /** Whether it refreshes credentials (a token, a session). */
    public boolean refreshesCredentials() {
      return refreshesCredentials;
    }

    /**
     * Whether it is judged on its own: it is handed the failure (a parameter of an HTTP error
     * type), so its own unit judges what it reads from the error body, and a call of it does not
     * report those reads again.
     */
    public boolean judgedOnItsOwn() {
      return judgedOnItsOwn;
    }

    /**
     * The steps of one call of this helper at {@code anchor}, in the order they happen: the
     * credential refresh, the wait, the request it sends, then the error-body reads of {@code body}
     * (the helper's body lowered for this call), which count as made at the call. A helper that
     * sends reads the body of its own response, so its reads come after its request.
     *
     * @param argumentFromRetryAfter whether an argument of the call holds a Retry-After value (a
     *     helper that waits waits that long)
     */
    public Step callSteps(
        Anchor anchor, String callKey, boolean argumentFromRetryAfter, Step body) {
      List<Step> steps = new ArrayList<>();
      if (refreshesCredentials) {
        steps.add(new Step.RefreshCredentials());
      }
      if (waits) {
        steps.add(new Step.Wait(anchor, waitsForRetryAfter || argumentFromRetryAfter));
      }
      if (sends) {
        steps.add(new Step.Request(anchor, callKey, List.copyOf(thrownTypes), throwsOnHttpError));
      }
      steps.addAll(Step.bodyEffectsAt(body, anchor, judgedOnItsOwn));
      return Step.block(steps);
    }

    private String signature() {
      return sends
          + " "
          + throwsOnHttpError
          + thrownTypes
          + waits
          + waitsForRetryAfter
          + returnsRetryAfter
          + refreshesCredentials;
    }
  }

  private static final int MAX_ROUNDS = 6;

  /**
   * A call of another helper in a helper's body, with the arguments and the caller's operands it
   * was found with: what the call adds to the caller's facts depends on the callee's facts, which
   * change from round to round, and on what the arguments hold, which does not as long as no
   * helper's {@link Helper#returnsRetryAfter} changes (the only fact of a helper its callers'
   * values depend on).
   */
  private record HelperCall<N>(
      Helper<N> callee, List<? extends N> arguments, Operands<N> operands) {}

  /** The helpers by their {@link CodeView#declarationOf} key. */
  private final IdentityHashMap<Object, Helper<N>> helpers = new IdentityHashMap<>();

  private ClassFacts() {}

  /**
   * The class whose facts a class uses: its outermost enclosing class when it is a member class,
   * else itself (a local or anonymous class has facts of its own).
   */
  public static <N> N owner(N classDeclaration, CodeView<N> view) {
    N outermost = classDeclaration;
    for (N outer = view.outerClassOf(outermost);
        outer != null;
        outer = view.outerClassOf(outermost)) {
      outermost = outer;
    }
    return outermost;
  }

  /**
   * The facts of a class (an {@link #owner}) and of the member classes nested in it, at any depth.
   */
  public static <N> ClassFacts<N> of(N owner, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    ClassFacts<N> facts = new ClassFacts<>();
    List<Helper<N>> order = new ArrayList<>();
    facts.collect(owner, view, order);
    boolean rescan = true;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      boolean returnsChanged = false;
      for (Helper<N> helper : order) {
        String before = helper.signature();
        boolean returnedBefore = helper.returnsRetryAfter;
        if (rescan) {
          facts.summarize(helper, context);
        } else {
          facts.mergeCalls(helper);
        }
        changed |= !before.equals(helper.signature());
        returnsChanged |= returnedBefore != helper.returnsRetryAfter;
      }
      if (!changed) {
        break;
      }
      rescan = returnsChanged;
    }
    for (Helper<N> helper : order) {
      helper.calls = List.of();
    }
    return facts;
  }

  /**
   * Adds the methods with a body of a class and of the member classes nested in it, at any depth.
   */
  private void collect(N classDeclaration, CodeView<N> view, List<Helper<N>> order) {
    for (N method : view.methodsOf(classDeclaration)) {
      Object key = view.declarationOf(method);
      if (key != null && !helpers.containsKey(key)) {
        Helper<N> helper = new Helper<>(method, receivesFailure(method, view));
        helpers.put(key, helper);
        order.add(helper);
      }
    }
    for (N nested : view.memberClassesOf(classDeclaration)) {
      collect(nested, view, order);
    }
  }

  /** Whether a method takes a parameter of an HTTP error type (an exception with a status). */
  private static <N> boolean receivesFailure(N method, CodeView<N> view) {
    for (N parameter : view.parameters(method)) {
      String type = view.declaredType(parameter);
      if (type != null && HttpErrorTypes.carriesHttpStatus(erasure(type))) {
        return true;
      }
    }
    return false;
  }

  private static String erasure(String type) {
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  /**
   * The helper a method (a {@link CodeView#declarationOf} key) is, or null when it is none of this
   * class.
   */
  public @Nullable Helper<N> helper(@Nullable Object method) {
    return method == null ? null : helpers.get(method);
  }

  @Override
  public boolean isHelper(@Nullable Object method) {
    return helper(method) != null;
  }

  @Override
  public @Nullable Object declaration(@Nullable Object method) {
    Helper<N> helper = helper(method);
    return helper == null ? null : helper.method();
  }

  @Override
  public boolean returnsRetryAfter(@Nullable Object method) {
    Helper<N> helper = helper(method);
    return helper != null && helper.returnsRetryAfter;
  }

  /**
   * A round of the facts of a helper whose body was scanned in an earlier round, when no helper's
   * {@link Helper#returnsRetryAfter} changed since: what the body does itself is already in its
   * facts (every fact only ever grows), so only its calls of other helpers can add to them, in the
   * order a scan would meet them.
   */
  private void mergeCalls(Helper<N> helper) {
    for (HelperCall<N> call : helper.calls) {
      merge(helper, call.callee(), call.arguments(), call.operands());
    }
  }

  private void summarize(Helper<N> helper, LoweringContext<N> context) {
    helper.calls.clear();
    CodeView<N> view = context.view();
    if (HttpNames.namesCredentialRefresh(view.methodName(helper.method))) {
      helper.refreshesCredentials = true;
    }
    Operands<N> operands = Operands.of(helper.method, this, context);
    N body = view.methodBody(helper.method);
    if (body != null) {
      scan(body, helper, operands, context);
    }
  }

  private void scan(N node, Helper<N> helper, Operands<N> operands, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    if (view.isCall(node)) {
      visitCall(node, helper, operands, context);
    } else if (view.isConstructorCallStatement(node)) {
      call(helper, helper(view.declarationOf(node)), view.arguments(node), operands);
    }
    N returned = view.returnedValue(node);
    if (returned != null && operands.isRetryAfterDerived(returned)) {
      helper.returnsRetryAfter = true;
    }
    for (N child : view.childrenOf(node)) {
      scan(child, helper, operands, context);
    }
  }

  private void visitCall(
      N call, Helper<N> helper, Operands<N> operands, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    List<String> thrown = context.requestThrownTypes(call);
    if (thrown != null) {
      helper.sends = true;
      helper.throwsOnHttpError |= context.requestThrowsOnHttpError(call);
      helper.thrownTypes.addAll(thrown);
    }
    call(helper, helper(view.declarationOf(call)), view.arguments(call), operands);
    if (HttpNames.namesCredentialRefresh(view.calledName(call))) {
      helper.refreshesCredentials = true;
    }
    if (context.isWaitCall(call)) {
      helper.waits = true;
      helper.waitsForRetryAfter |= anyRetryAfterDerived(view.arguments(call), operands);
    }
  }

  /** A call of {@code other} in the body of {@code helper}: kept, and merged. */
  private void call(
      Helper<N> helper,
      @Nullable Helper<N> other,
      List<? extends N> arguments,
      Operands<N> operands) {
    if (other != null && other != helper) {
      helper.calls.add(new HelperCall<>(other, arguments, operands));
      merge(helper, other, arguments, operands);
    }
  }

  private void merge(
      Helper<N> helper, Helper<N> other, List<? extends N> arguments, Operands<N> operands) {
    helper.sends |= other.sends;
    helper.throwsOnHttpError |= other.throwsOnHttpError;
    helper.thrownTypes.addAll(other.thrownTypes);
    helper.refreshesCredentials |= other.refreshesCredentials;
    if (other.waits) {
      helper.waits = true;
      helper.waitsForRetryAfter |=
          other.waitsForRetryAfter || anyRetryAfterDerived(arguments, operands);
    }
  }

  private static <N> boolean anyRetryAfterDerived(
      List<? extends N> arguments, Operands<N> operands) {
    for (N argument : arguments) {
      if (operands.isRetryAfterDerived(argument)) {
        return true;
      }
    }
    return false;
  }
}
