package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.library.ExceptionStatuses;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.values.ConditionEvaluator;
import dev.faultline.analysis.values.Operands;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The statuses the project's own exception types stand for (and the library types that {@link
 * HttpErrorTypes} does not know, such as LangChain4j's {@code NonRetriableException}), learnt from
 * where they are created, in the analysed file and in the other files of the package that declares
 * the type (an error handler of its own file throwing it, {@link CodeView#creationsInPackageOf}):
 * an exception thrown (or returned, as an error decoder's) only on a path where the status of the
 * response in hand is known stands for those statuses, the union over every place it is created.
 * The response is in hand in an error callback ({@link ErrorCallbacks#handledStatuses}) and after a
 * status test, also one made in a catch block on the caught failure's status. One place where the
 * status is not constrained (no status test, a lambda, a field initializer, a statement not
 * followed) means the type may stand for any failure: nothing is learnt, and the type counts as an
 * unknown one does.
 *
 * <p>A library type keeps the statuses {@link HttpErrorTypes} gives it.
 */
public final class ThrownExceptionStatuses<N> implements ExceptionStatuses {
  private final LoweringContext<N> context;
  private final Map<String, Optional<IntSet>> learnt = new HashMap<>();
  private @Nullable List<N> creations;

  private ThrownExceptionStatuses(LoweringContext<N> context) {
    this.context = context;
  }

  /**
   * The statuses of the library types and of the types created in the file being lowered, learnt
   * when first asked for.
   */
  public static <N> ThrownExceptionStatuses<N> of(LoweringContext<N> context) {
    return new ThrownExceptionStatuses<>(context);
  }

  @Override
  public Optional<IntSet> statuses(String type) {
    Optional<IntSet> known = HttpErrorTypes.statuses(type);
    if (known.isPresent() || type.isEmpty()) {
      return known;
    }
    Optional<IntSet> cached = learnt.get(type);
    if (cached == null) {
      if (creations == null) {
        creations = context.view().creationsInFile();
      }
      List<N> everywhere = new ArrayList<>(creations);
      everywhere.addAll(context.view().creationsInPackageOf(type));
      cached = learn(type, everywhere, context);
      learnt.put(type, cached);
    }
    return cached;
  }

  /**
   * The statuses exceptions of {@code type} stand for, learnt from the creations given (those of a
   * file, or of a class): empty when none creates the type, or when one is made where the status is
   * not constrained.
   */
  public static <N> Optional<IntSet> learn(
      String type, List<? extends N> creations, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    IntSet statuses = null;
    for (N creation : creations) {
      if (!type.equals(view.createdType(creation))) {
        continue;
      }
      IntSet where = statusesWhereCreated(creation, context);
      if (where == null) {
        return Optional.empty();
      }
      statuses = statuses == null ? where : statuses.union(where);
    }
    return Optional.ofNullable(statuses);
  }

  /**
   * The statuses of the response in hand where a method of its class throws or returns the
   * exception created, or null when the creation is not followed or the status is not constrained.
   */
  private static <N> @Nullable IntSet statusesWhereCreated(N creation, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    N owner = view.enclosingClass(creation);
    if (owner == null) {
      return null;
    }
    for (N method : view.methodsOf(owner)) {
      N body = view.methodBody(method);
      if (body == null) {
        continue;
      }
      if (holds(view.creationsIn(body), creation)) {
        return statusesWhereCreated(creation, method, body, owner, context);
      }
      N function = exchangeFunctionCreating(body, creation, context);
      if (function != null) {
        return statusesWhereCreated(creation, method, function, owner, context);
      }
    }
    return null; // in another lambda, a field initializer or an initializer block
  }

  /**
   * The block body of a function given to a call that hands it the response of any status
   * (RestClient's {@code exchange((request, response) -> ...)}) in which the creation is made, or
   * null: the library calls it in place, with the response in hand.
   */
  private static <N> @Nullable N exchangeFunctionCreating(
      N body, N creation, LoweringContext<N> context) {
    CodeView<N> view = context.view();
    for (N call : view.callsIn(body)) {
      if (!HttpClientCatalogue.isExchange(view, call)) {
        continue;
      }
      for (N argument : view.arguments(call)) {
        N function = view.strip(argument);
        N block = view.isLambda(function) ? view.lambdaBlockBody(function) : null;
        if (block != null && holds(view.creationsIn(block), creation)) {
          return block;
        }
      }
    }
    return null;
  }

  @SuppressWarnings("ReferenceEquality") // nodes compare by identity: this very creation
  private static <N> boolean holds(List<N> creations, N creation) {
    for (N each : creations) {
      if (each == creation) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("ReferenceEquality") // nodes compare by identity: this very creation
  private static <N> @Nullable IntSet statusesWhereCreated(
      N creation, N method, N body, N owner, LoweringContext<N> context) {
    ClassFacts<N> facts = context.factsOf(owner);
    ConditionEvaluator<N> evaluator =
        new ConditionEvaluator<>(context, facts, Operands.of(method, facts, context), 0);
    boolean[] reached = {false};
    Function<N, Condition> isIt =
        value -> {
          if (value == creation) {
            reached[0] = true;
            return Condition.TRUE;
          }
          return Condition.FALSE;
        };
    Condition created =
        ReturnConditions.followingHelpers(
            body, context, evaluator::condition, isIt, isIt, Condition.UNKNOWN, true);
    if (!reached[0]) {
      return null;
    }
    IntSet handled = ErrorCallbacks.handledStatuses(method, owner, context);
    if (handled != null) {
      return statusesWhere(created, true, handled);
    }
    IntSet statuses = statusesWhere(created, true, HttpErrorTypes.ANY_HTTP_STATUS);
    return Condition.mentionsStatus(created) && !statuses.equals(HttpErrorTypes.ANY_HTTP_STATUS)
        ? statuses
        : null;
  }

  /**
   * The statuses of {@code universe} where a condition has the outcome given, with negations pushed
   * inside ({@code !(a && b)} is {@code !a || !b}): exact for status tests, every status for a test
   * of anything else.
   */
  static IntSet statusesWhere(Condition condition, boolean outcome, IntSet universe) {
    if (condition instanceof Condition.StatusIn test) {
      return outcome ? universe.intersect(test.statuses()) : universe.minus(test.statuses());
    }
    if (condition instanceof Condition.Constant constant) {
      return constant.value() == outcome ? universe : IntSet.EMPTY;
    }
    if (condition instanceof Condition.Not not) {
      return statusesWhere(not.operand(), !outcome, universe);
    }
    if (condition instanceof Condition.And and) {
      IntSet left = statusesWhere(and.left(), outcome, universe);
      IntSet right = statusesWhere(and.right(), outcome, universe);
      return outcome ? left.intersect(right) : left.union(right);
    }
    if (condition instanceof Condition.Or or) {
      IntSet left = statusesWhere(or.left(), outcome, universe);
      IntSet right = statusesWhere(or.right(), outcome, universe);
      return outcome ? left.union(right) : left.intersect(right);
    }
    return universe;
  }
}
