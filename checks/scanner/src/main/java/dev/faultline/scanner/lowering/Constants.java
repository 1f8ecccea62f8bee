package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compile-time constant values, as javac's {@code constValue} gives them: literals, constant
 * variables (final, of a primitive type or String, with a constant initializer; a field access only
 * through a type name), and the operators on them. Library constants come from the {@link
 * LibraryTables} and the JDK.
 */
final class Constants {
  private final Resolver resolver;
  private final Set<Node> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

  Constants(Resolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The constant value (Integer, Long, String, Boolean, Character, ...) of an expression, or null.
   */
  @Nullable Object value(@Nullable Expression expression) {
    if (expression == null) {
      return null;
    }
    try {
      return compute(expression);
    } catch (ArithmeticException | ClassCastException | NumberFormatException e) {
      return null; // a literal javac would reject (an octal 0429) has no value either
    }
  }

  private @Nullable Object compute(Expression expression) {
    if (expression instanceof IntegerLiteralExpr literal) {
      Number number = literal.asNumber();
      return number instanceof Integer ? number : null;
    }
    if (expression instanceof LongLiteralExpr literal) {
      Number number = literal.asNumber();
      return number instanceof Long ? number : null;
    }
    if (expression instanceof StringLiteralExpr literal) {
      return literal.asString();
    }
    if (expression instanceof TextBlockLiteralExpr literal) {
      return literal.asString();
    }
    if (expression instanceof CharLiteralExpr literal) {
      return literal.asChar();
    }
    if (expression instanceof BooleanLiteralExpr literal) {
      return literal.getValue();
    }
    if (expression instanceof DoubleLiteralExpr literal) {
      String text = literal.getValue();
      return text.endsWith("f") || text.endsWith("F")
          ? (Object) (float) literal.asDouble()
          : literal.asDouble();
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return value(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      String type = resolver.resolveType(cast.getType());
      Object operand = value(cast.getExpression());
      return operand == null || type == null ? null : convert(operand, type);
    }
    if (expression instanceof UnaryExpr unary) {
      return unary(unary.getOperator(), value(unary.getExpression()));
    }
    if (expression instanceof BinaryExpr binary) {
      Object left = value(binary.getLeft());
      Object right = value(binary.getRight());
      return left == null || right == null ? null : binary(binary.getOperator(), left, right);
    }
    if (expression instanceof ConditionalExpr conditional) {
      Object condition = value(conditional.getCondition());
      Object then = value(conditional.getThenExpr());
      Object otherwise = value(conditional.getElseExpr());
      if (condition instanceof Boolean test && then != null && otherwise != null) {
        return test ? then : otherwise;
      }
      return null;
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      return variable(expression);
    }
    return null;
  }

  private @Nullable Object variable(Expression expression) {
    Resolver.FieldRef field = resolver.fieldRefAcrossFiles(expression);
    if (field == null || !field.staticReference()) {
      return null;
    }
    Node declaration = field.declaration();
    if (declaration instanceof VariableDeclarator variable) {
      Constants theirs = resolver.foreignConstants(variable);
      return theirs == null ? constantOf(variable) : theirs.constantOf(variable);
    }
    if (declaration != null || field.owner() == null) {
      return null;
    }
    return LibraryTables.constant(field.owner(), field.name())
        .or(() -> JdkTypes.constant(field.owner(), field.name()))
        .orElse(null);
  }

  /** The value of a constant variable of this file (a final primitive or string), or null. */
  private @Nullable Object constantOf(VariableDeclarator variable) {
    if (!Resolver.isFinal(variable)
        || variable.getInitializer().isEmpty()
        || !evaluating.add(variable)) {
      return null;
    }
    try {
      String type = resolver.resolveType(variable.getType());
      if (type == null || !(Resolver.isPrimitive(type) || type.equals("java.lang.String"))) {
        return null;
      }
      Object initial = value(variable.getInitializer().get());
      return initial == null ? null : convert(initial, type);
    } finally {
      evaluating.remove(variable);
    }
  }

  /** Converts a constant to a primitive or String type, as an assignment or cast would. */
  static @Nullable Object convert(Object value, String type) {
    if (type.equals("java.lang.String")) {
      return value instanceof String ? value : null;
    }
    if (type.equals("boolean")) {
      return value instanceof Boolean ? value : null;
    }
    Number number;
    if (value instanceof Character character) {
      number = (int) character;
    } else if (value instanceof Number n) {
      number = n;
    } else {
      return null;
    }
    return switch (type) {
      case "int" -> number.intValue();
      case "long" -> number.longValue();
      case "short" -> number.shortValue();
      case "byte" -> number.byteValue();
      case "char" -> (char) number.intValue();
      case "float" -> number.floatValue();
      case "double" -> number.doubleValue();
      default -> null;
    };
  }

  private static @Nullable Object unary(UnaryExpr.Operator operator, @Nullable Object operand) {
    if (operand == null) {
      return null;
    }
    switch (operator) {
      case LOGICAL_COMPLEMENT -> {
        return operand instanceof Boolean value ? !value : null;
      }
      case PLUS, MINUS, BITWISE_COMPLEMENT -> {
        Object number = promoteUnary(operand);
        boolean minus = operator == UnaryExpr.Operator.MINUS;
        boolean plus = operator == UnaryExpr.Operator.PLUS;
        if (number instanceof Integer value) {
          return plus ? value : minus ? -value : ~value;
        }
        if (number instanceof Long value) {
          return plus ? value : minus ? -value : ~value;
        }
        if (number instanceof Float value
            && !operator.equals(UnaryExpr.Operator.BITWISE_COMPLEMENT)) {
          return plus ? value : -value;
        }
        if (number instanceof Double value
            && !operator.equals(UnaryExpr.Operator.BITWISE_COMPLEMENT)) {
          return plus ? value : -value;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static @Nullable Object promoteUnary(Object operand) {
    if (operand instanceof Character character) {
      return (int) character;
    }
    if (operand instanceof Short || operand instanceof Byte) {
      return ((Number) operand).intValue();
    }
    return operand instanceof Number ? operand : null;
  }

  private static @Nullable Object binary(BinaryExpr.Operator operator, Object left, Object right) {
    if (operator == BinaryExpr.Operator.PLUS
        && (left instanceof String || right instanceof String)) {
      return String.valueOf(left) + right;
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (operator) {
        case AND, BINARY_AND -> a && b;
        case OR, BINARY_OR -> a || b;
        case XOR, NOT_EQUALS -> a ^ b;
        case EQUALS -> a.equals(b);
        default -> null;
      };
    }
    Object x = promoteUnary(left);
    Object y = promoteUnary(right);
    if (x == null || y == null) {
      return null;
    }
    if (operator == BinaryExpr.Operator.LEFT_SHIFT
        || operator == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
        || operator == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) {
      long distance = ((Number) y).longValue();
      if (x instanceof Integer a) {
        int d = (int) distance;
        return switch (operator) {
          case LEFT_SHIFT -> a << d;
          case SIGNED_RIGHT_SHIFT -> a >> d;
          default -> a >>> d;
        };
      }
      if (x instanceof Long a) {
        return switch (operator) {
          case LEFT_SHIFT -> a << distance;
          case SIGNED_RIGHT_SHIFT -> a >> distance;
          default -> a >>> distance;
        };
      }
      return null;
    }
    Number a = (Number) x;
    Number b = (Number) y;
    if (a instanceof Double || b instanceof Double) {
      return floating(operator, a.doubleValue(), b.doubleValue(), false);
    }
    if (a instanceof Float || b instanceof Float) {
      return floating(operator, a.floatValue(), b.floatValue(), true);
    }
    if (a instanceof Long || b instanceof Long) {
      long p = a.longValue();
      long q = b.longValue();
      return switch (operator) {
        case PLUS -> p + q;
        case MINUS -> p - q;
        case MULTIPLY -> p * q;
        case DIVIDE -> p / q;
        case REMAINDER -> p % q;
        case BINARY_AND -> p & q;
        case BINARY_OR -> p | q;
        case XOR -> p ^ q;
        case EQUALS -> p == q;
        case NOT_EQUALS -> p != q;
        case LESS -> p < q;
        case LESS_EQUALS -> p <= q;
        case GREATER -> p > q;
        case GREATER_EQUALS -> p >= q;
        default -> null;
      };
    }
    int p = a.intValue();
    int q = b.intValue();
    return switch (operator) {
      case PLUS -> p + q;
      case MINUS -> p - q;
      case MULTIPLY -> p * q;
      case DIVIDE -> p / q;
      case REMAINDER -> p % q;
      case BINARY_AND -> p & q;
      case BINARY_OR -> p | q;
      case XOR -> p ^ q;
      case EQUALS -> p == q;
      case NOT_EQUALS -> p != q;
      case LESS -> p < q;
      case LESS_EQUALS -> p <= q;
      case GREATER -> p > q;
      case GREATER_EQUALS -> p >= q;
      default -> null;
    };
  }

  private static @Nullable Object floating(
      BinaryExpr.Operator operator, double p, double q, boolean asFloat) {
    Object result =
        switch (operator) {
          case PLUS -> p + q;
          case MINUS -> p - q;
          case MULTIPLY -> p * q;
          case DIVIDE -> p / q;
          case REMAINDER -> p % q;
          case EQUALS -> p == q;
          case NOT_EQUALS -> p != q;
          case LESS -> p < q;
          case LESS_EQUALS -> p <= q;
          case GREATER -> p > q;
          case GREATER_EQUALS -> p >= q;
          default -> null;
        };
    return asFloat && result instanceof Double value ? (Object) value.floatValue() : result;
  }
}
