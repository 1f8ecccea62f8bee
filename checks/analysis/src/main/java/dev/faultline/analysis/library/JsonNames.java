package dev.faultline.analysis.library;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the front ends name error-body fields: dotted JSON paths, and the JSON field a DTO getter
 * reads.
 */
public final class JsonNames {
  private JsonNames() {}

  /**
   * The JSON field a getter or record accessor reads when nothing annotates it: {@code
   * getValidationResult} and {@code validationResult} read {@code validation_result}; null for a
   * name that is not a property.
   */
  public static @Nullable String propertyName(String method) {
    String base;
    if (method.startsWith("get")
        && method.length() > 3
        && Character.isUpperCase(method.charAt(3))) {
      base = method.substring(3);
    } else if (method.startsWith("is")
        && method.length() > 2
        && Character.isUpperCase(method.charAt(2))) {
      base = method.substring(2);
    } else if (!method.isEmpty() && Character.isLowerCase(method.charAt(0))) {
      base = method;
    } else {
      return null;
    }
    return snakeCase(base);
  }

  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The path of a field below {@code path} ("" is the body's root). */
  public static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
