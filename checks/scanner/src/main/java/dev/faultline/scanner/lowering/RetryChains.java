package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.faultline.analysis.library.RetryConfiguration;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** What the builder-chain recognisers of retry libraries share in the JavaParser front end. */
final class RetryChains {
  private RetryChains() {}

  /** The calls of a builder chain ending with {@code last}, first (the call that made the builder) to last. */
  static List<MethodCallExpr> links(MethodCallExpr last) {
    List<MethodCallExpr> links = new ArrayList<>();
    Expression current = last;
    while (current instanceof MethodCallExpr call) {
      links.add(0, call);
      current = call.getScope().map(JavaParserCodeView::strip).orElse(null);
    }
    return links;
  }

  /** Whether a call is the static method {@code owner.name} for one of the names. */
  static boolean isStatic(MethodCallExpr call, JavaParserLowering lowering, String owner, String... names) {
    if (!List.of(names).contains(call.getNameAsString())) {
      return false;
    }
    Resolver.CallTarget target = lowering.resolver().target(call);
    return target.isStatic() && owner.equals(target.owner());
  }

  /** Whether a call is made on a value of {@code type} (or, when the receiver is a call chain, one it starts). */
  static boolean isOn(MethodCallExpr call, JavaParserLowering lowering, String type, Predicate<MethodCallExpr> root) {
    Optional<Expression> scope = call.getScope().map(JavaParserCodeView::strip);
    if (scope.isEmpty()) {
      return false;
    }
    if (scope.get() instanceof MethodCallExpr receiver) {
      return root.test(links(receiver).get(0));
    }
    return type.equals(lowering.resolver().typeOf(scope.get()));
  }

  /**
   * The exception types that class-literal arguments name ({@code X.class}, also inside {@code List.of(...)}), or
   * null when an argument is anything else.
   */
  static @Nullable List<String> classLiterals(List<Expression> arguments, JavaParserLowering lowering) {
    List<String> types = new ArrayList<>();
    for (Expression argument : arguments) {
      Expression tree = JavaParserCodeView.strip(argument);
      if (tree instanceof MethodCallExpr list) {
        List<String> inner = classLiterals(list.getArguments(), lowering);
        if (inner == null) {
          return null;
        }
        types.addAll(inner);
      } else if (tree instanceof ClassExpr literal) {
        String type = lowering.resolver().resolveType(literal.getType());
        types.add(type == null ? "" : type);
      } else {
        return null;
      }
    }
    return types;
  }

  /**
   * The condition of a predicate argument, or null when it is not a lambda (a method reference, a variable). The
   * lambda's parameters are of the builder's type argument, from the first one on, when {@code typed} says so.
   */
  static @Nullable Condition predicate(
      Expression argument, JavaParserLowering lowering, @Nullable Type typeArgument, int typedParameters) {
    if (!(JavaParserCodeView.strip(argument) instanceof LambdaExpr lambda)) {
      return null;
    }
    if (typeArgument != null) {
      JType type = lowering.resolver().resolveGeneric(typeArgument);
      for (int i = 0; i < Math.min(typedParameters, lambda.getParameters().size()) && type != null; i++) {
        lowering.resolver().assumeType(lambda.getParameters().get(i), type);
      }
    }
    return lowering.lambdaCondition(lambda);
  }

  /** The type argument given to the call that made the builder ({@code RetryPolicy.<Response>builder()}). */
  static @Nullable Type typeArgument(MethodCallExpr root) {
    return root.getTypeArguments().filter(arguments -> arguments.size() == 1).map(NodeList::getFirst)
        .flatMap(first -> first).orElse(null);
  }

  /**
   * The delay a delay function gives: from Retry-After when it reads the header; one of its own otherwise. A function
   * that cannot be read (a method reference, a variable) is taken to honour the header, so as not to report it.
   */
  static Step.RetryDelay delayFunction(Expression argument, JavaParserLowering lowering) {
    if (!(JavaParserCodeView.strip(argument) instanceof LambdaExpr)) {
      return Step.RetryDelay.RETRY_AFTER;
    }
    return lowering.readsRetryAfter(argument) ? Step.RetryDelay.RETRY_AFTER : Step.RetryDelay.OWN;
  }

  /**
   * The HTTP errors of the work that the member being lowered (a method, a field initializer) hands to the library:
   * the requests in the arguments of the calls that {@code runsWork} accepts. Null when there is no such work.
   */
  static @Nullable IntSet work(JavaParserLowering lowering, Predicate<MethodCallExpr> runsWork) {
    Node member = lowering.member();
    IntSet statuses = null;
    for (MethodCallExpr call : member.findAll(MethodCallExpr.class)) {
      if (runsWork.test(call)) {
        for (Expression argument : call.getArguments()) {
          IntSet thrown = lowering.httpErrorsThrownIn(argument);
          if (thrown != null) {
            statuses = statuses == null ? thrown : statuses.union(thrown);
          }
        }
      }
    }
    return statuses;
  }

  /** The configuration's retries, anchored at the call that completes it. */
  static Step steps(RetryConfiguration configuration, MethodCallExpr anchor, @Nullable IntSet work) {
    List<Step> steps = configuration.steps(new NodeAnchor(anchor), work);
    return steps.isEmpty() ? Step.NOTHING : Step.block(steps);
  }
}
