package dev.faultline.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.BlockTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.faultline.analysis.rules.CheckInfo;
import javax.lang.model.element.ElementKind;

/**
 * What every Faultline check does in Error Prone: read the shared flags, then judge each method,
 * field initializer and initializer block with its rule. A flag that cannot be used is reported
 * once, on the first method, instead of failing the compiler. Whatever the analysis of a member
 * throws (an exception, a {@link LinkageError} from an Error Prone or JDK version whose API
 * differs, a {@link StackOverflowError}) becomes a diagnostic on that member, never a crashed
 * compiler; only the virtual machine's own failures (out of memory) and thread death go through.
 *
 * <p>The plugin jar is built against the newest supported Error Prone and runs on the oldest one
 * too (2.42.0, the last that runs on JDK 17; docs/compatibility.md): the plugin uses only Error
 * Prone API present, with the same signature, in the whole range. ErrorProneApiRangeTest checks
 * every use against the oldest check API; the consumer builds run both ends of the range.
 */
abstract class FaultlineChecker extends BugChecker
    implements MethodTreeMatcher, VariableTreeMatcher, BlockTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient CheckInfo check;
  private final transient FaultlineFlags.Configuration configuration;
  private boolean configurationErrorReported;

  FaultlineChecker(CheckInfo check, ErrorProneFlags flags) {
    this.check = check;
    this.configuration = FaultlineFlags.configuration(flags);
  }

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    if (configuration.error() != null && !configurationErrorReported) {
      configurationErrorReported = true;
      state.reportMatch(buildDescription(tree).setMessage(configuration.error()).build());
    }
    try {
      return analyse(tree, state);
    } catch (Throwable failure) {
      return FindingReporter.couldNotAnalyse(this, tree, state, failure);
    }
  }

  /** A field's initializer is judged as a unit of its own (enum constants are not). */
  @Override
  public final Description matchVariable(VariableTree tree, VisitorState state) {
    try {
      if (tree.getInitializer() == null
          || !isClassMember(state)
          || !mayAct(tree.getInitializer())
          || ASTHelpers.getSymbol(tree).getKind() == ElementKind.ENUM_CONSTANT) {
        return Description.NO_MATCH;
      }
      return analyse(tree, state);
    } catch (Throwable failure) {
      return FindingReporter.couldNotAnalyse(this, tree, state, failure);
    }
  }

  /**
   * Whether an initializer holds anything a check could judge: a call, an object creation, a
   * lambda, a method reference. A constant or a plain value (most fields of generated models) holds
   * nothing, and is not lowered.
   */
  private static boolean mayAct(ExpressionTree initializer) {
    return Boolean.TRUE.equals(
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitNewClass(NewClassTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitMemberReference(MemberReferenceTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean reduce(Boolean left, Boolean right) {
            return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
          }
        }.scan(initializer, null));
  }

  /** A static or instance initializer block is judged as a unit of its own. */
  @Override
  public final Description matchBlock(BlockTree tree, VisitorState state) {
    try {
      return isClassMember(state) ? analyse(tree, state) : Description.NO_MATCH;
    } catch (Throwable failure) {
      return FindingReporter.couldNotAnalyse(this, tree, state, failure);
    }
  }

  private static boolean isClassMember(VisitorState state) {
    return state.getPath().getParentPath() != null
        && state.getPath().getParentPath().getLeaf() instanceof ClassTree;
  }

  /** Judges one member with this check's rule; anything it throws is handled by the caller. */
  Description analyse(Tree tree, VisitorState state) {
    return FindingReporter.report(this, check, configuration.contract(), tree, state);
  }
}
