package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a symbol solver (given the project's class path) can add to the syntactic resolution. Every
 * method answers null or an empty list when it cannot tell, and never throws.
 */
public interface SolverBridge {

  /** A method a call resolves to. */
  record SolvedMethod(
      String declaringType,
      boolean isStatic,
      List<String> thrownTypes,
      @Nullable Node declaration) {}

  /** Whether this solver can answer anything at all. */
  default boolean isActive() {
    return true;
  }

  /** The static type of an expression, qualified ({@code int} for primitives). */
  @Nullable String typeOf(Expression expression);

  /** The type a type node denotes, qualified. */
  @Nullable String resolveType(Type type);

  @Nullable SolvedMethod solve(MethodCallExpr call);

  /** Every supertype of a type, qualified. */
  List<String> ancestors(String qualifiedType);

  /** The superclass of a class, qualified. */
  @Nullable String superclass(String qualifiedType);

  /** A solver that knows nothing: the syntactic resolution alone. */
  SolverBridge NONE =
      new SolverBridge() {
        @Override
        public boolean isActive() {
          return false;
        }

        @Override
        public @Nullable String typeOf(Expression expression) {
          return null;
        }

        @Override
        public @Nullable String resolveType(Type type) {
          return null;
        }

        @Override
        public @Nullable SolvedMethod solve(MethodCallExpr call) {
          return null;
        }

        @Override
        public List<String> ancestors(String qualifiedType) {
          return List.of();
        }

        @Override
        public @Nullable String superclass(String qualifiedType) {
          return null;
        }
      };
}
