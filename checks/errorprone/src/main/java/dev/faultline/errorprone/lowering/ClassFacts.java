package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.values.Operands;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What the methods of one class do, so that a call of a same-class helper counts as what the helper does: sends a
 * request, waits, reads Retry-After, refreshes credentials.
 */
final class ClassFacts implements Operands.Helpers {
  /** What one helper method does. */
  static final class Helper {
    final MethodTree tree;
    boolean sends;
    boolean throwsOnHttpError;
    final Set<String> thrownTypes = new LinkedHashSet<>();
    boolean waits;
    boolean waitsForRetryAfter;
    boolean returnsRetryAfter;
    boolean refreshesCredentials;

    Helper(MethodTree tree) {
      this.tree = tree;
    }

    private String signature() {
      return sends + " " + throwsOnHttpError + thrownTypes + waits + waitsForRetryAfter + returnsRetryAfter
          + refreshesCredentials;
    }
  }

  private static final Map<ClassTree, ClassFacts> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
  private static final int MAX_ROUNDS = 6;

  private final Map<MethodSymbol, Helper> helpers = new HashMap<>();

  private ClassFacts() {}

  /**
   * The facts of the methods a class can call as its own: those of its outermost enclosing class and of every member
   * class nested in it (a member class calls its outer class's methods, and the other way round). A local or
   * anonymous class has facts of its own.
   */
  static ClassFacts of(ClassTree classTree, JavacLowering lowering) {
    VisitorState state = lowering.state();
    ClassTree outermost = outermostMemberOwner(classTree, state);
    ClassFacts cached = CACHE.get(outermost);
    if (cached == null) {
      cached = compute(outermost, lowering);
      CACHE.put(outermost, cached);
    }
    return cached;
  }

  private static ClassTree outermostMemberOwner(ClassTree classTree, VisitorState state) {
    ClassSymbol symbol = ASTHelpers.getSymbol(classTree);
    ClassTree outermost = classTree;
    while (symbol != null && symbol.owner instanceof ClassSymbol owner) {
      ClassTree ownerTree = JavacTrees.instance(state.context).getTree(owner);
      if (ownerTree == null) {
        break;
      }
      outermost = ownerTree;
      symbol = owner;
    }
    return outermost;
  }

  /** The methods with a body of a class and of the member classes nested in it, at any depth. */
  private static void collectMethods(ClassTree classTree, java.util.List<MethodTree> methods) {
    for (Tree member : classTree.getMembers()) {
      if (member instanceof MethodTree method && method.getBody() != null) {
        methods.add(method);
      } else if (member instanceof ClassTree nested) {
        collectMethods(nested, methods);
      }
    }
  }

  Helper helper(MethodSymbol symbol) {
    return helpers.get(symbol);
  }

  @Override
  public boolean isHelper(Object method) {
    return method instanceof MethodSymbol symbol && helpers.get(symbol) != null;
  }

  @Override
  public boolean returnsRetryAfter(Object method) {
    Helper helper = method instanceof MethodSymbol symbol ? helpers.get(symbol) : null;
    return helper != null && helper.returnsRetryAfter;
  }

  private static ClassFacts compute(ClassTree classTree, JavacLowering lowering) {
    ClassFacts facts = new ClassFacts();
    java.util.List<MethodTree> methods = new java.util.ArrayList<>();
    collectMethods(classTree, methods);
    for (MethodTree method : methods) {
      facts.helpers.put(ASTHelpers.getSymbol(method), new Helper(method));
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (Helper helper : facts.helpers.values()) {
        String before = helper.signature();
        facts.summarize(helper, lowering);
        changed |= !before.equals(helper.signature());
      }
      if (!changed) {
        break;
      }
    }
    return facts;
  }

  private void summarize(Helper helper, JavacLowering lowering) {
    VisitorState state = lowering.state();
    MethodSymbol self = ASTHelpers.getSymbol(helper.tree);
    if (HttpNames.namesCredentialRefresh(self.getSimpleName().toString())) {
      helper.refreshesCredentials = true;
    }
    Operands<Tree> operands = Operands.of(helper.tree, this, lowering);
    JavacCodeView view = new JavacCodeView(state);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        CallMeaning.Request request = HttpClientCatalogue.request(view, call);
        if (request != null) {
          helper.sends = true;
          helper.throwsOnHttpError |= request.throwsOnHttpError();
          helper.thrownTypes.addAll(request.thrownTypes());
        }
        Helper other = callee == null || callee.equals(self) ? null : helpers.get(callee);
        if (other != null) {
          helper.sends |= other.sends;
          helper.throwsOnHttpError |= other.throwsOnHttpError;
          helper.thrownTypes.addAll(other.thrownTypes);
          helper.refreshesCredentials |= other.refreshesCredentials;
          if (other.waits) {
            helper.waits = true;
            helper.waitsForRetryAfter |= other.waitsForRetryAfter
                || call.getArguments().stream().anyMatch(operands::isRetryAfterDerived);
          }
        }
        if (callee != null && HttpNames.namesCredentialRefresh(callee.getSimpleName().toString())) {
          helper.refreshesCredentials = true;
        }
        if (HttpClientCatalogue.waitOf(view, call) != null) {
          helper.waits = true;
          helper.waitsForRetryAfter |= call.getArguments().stream().anyMatch(operands::isRetryAfterDerived);
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        if (tree.getExpression() != null && operands.isRetryAfterDerived(tree.getExpression())) {
          helper.returnsRetryAfter = true;
        }
        return super.visitReturn(tree, null);
      }
    }.scan(helper.tree.getBody(), null);
  }
}
