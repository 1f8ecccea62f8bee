package dev.faultline.scanner.lowering;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's own types, read by reflection from the platform class loader: whether a {@code java.*} type exists, its
 * supertypes, the return types of its methods and the types of its fields. Only {@code java.} and {@code javax.}
 * names are looked up, so what the scanner knows does not depend on its own class path.
 */
final class JdkTypes {
  private JdkTypes() {}

  private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();

  /** JDK classes whose static final primitive fields are compile-time constants the lowering may need. */
  private static final Set<String> CONSTANT_OWNERS = Set.of(
      "java.net.HttpURLConnection", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Character");

  static Optional<Class<?>> load(String qualified) {
    if (qualified == null || !(qualified.startsWith("java.") || qualified.startsWith("javax."))) {
      return Optional.empty();
    }
    return CLASSES.computeIfAbsent(qualified, JdkTypes::find);
  }

  private static Optional<Class<?>> find(String qualified) {
    // A nested type's binary name uses '$': try java.util.Map.Entry as java.util.Map$Entry, and so on.
    String name = qualified;
    while (true) {
      try {
        return Optional.of(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
      } catch (ClassNotFoundException | LinkageError | SecurityException e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.lastIndexOf('$') > dot) {
          return Optional.empty();
        }
        String outer = name.substring(0, dot);
        if (outer.isEmpty() || !Character.isUpperCase(outer.charAt(outer.lastIndexOf('.') + 1))) {
          return Optional.empty();
        }
        name = outer + "$" + name.substring(dot + 1);
      }
    }
  }

  static boolean exists(String qualified) {
    return load(qualified).isPresent();
  }

  static String nameOf(Class<?> type) {
    String canonical = type.getCanonicalName();
    return canonical != null ? canonical : type.getName();
  }

  /** Direct supertypes: the superclass first, then the interfaces. */
  static List<String> supertypes(String qualified) {
    List<String> result = new ArrayList<>();
    load(qualified).ifPresent(type -> {
      if (type.getSuperclass() != null) {
        result.add(nameOf(type.getSuperclass()));
      } else if (type.isInterface()) {
        result.add("java.lang.Object");
      }
      for (Class<?> implemented : type.getInterfaces()) {
        result.add(nameOf(implemented));
      }
    });
    return result;
  }

  static Optional<String> superclass(String qualified) {
    return load(qualified).map(Class::getSuperclass).map(JdkTypes::nameOf);
  }

  /**
   * The return type of the public methods of that name and arity, when they all agree; empty when a type variable is
   * returned or the overloads differ.
   *
   * @param isStatic true or false to consider only static or instance methods, null for both
   */
  static Optional<String> returnType(String owner, String method, int arity, Boolean isStatic) {
    Optional<Class<?>> type = load(owner);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<String> found = new LinkedHashSet<>();
    try {
      for (Method candidate : type.get().getMethods()) {
        if (!candidate.getName().equals(method) || candidate.isBridge() || !arityMatches(candidate, arity)) {
          continue;
        }
        if (isStatic != null && Modifier.isStatic(candidate.getModifiers()) != isStatic) {
          continue;
        }
        found.add(candidate.getGenericReturnType() instanceof TypeVariable<?> ? "" : nameOf(candidate.getReturnType()));
      }
    } catch (LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return found.size() == 1 && !found.contains("") ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private static boolean arityMatches(Method method, int arity) {
    int count = method.getParameterCount();
    return count == arity || (method.isVarArgs() && arity >= count - 1);
  }

  /** Whether the JDK type has a public static method or field of that name. */
  static boolean hasStaticMember(String owner, String member) {
    Optional<Class<?>> type = load(owner);
    if (type.isEmpty()) {
      return false;
    }
    try {
      for (Method method : type.get().getMethods()) {
        if (method.getName().equals(member) && Modifier.isStatic(method.getModifiers())) {
          return true;
        }
      }
      Field field = type.get().getField(member);
      return Modifier.isStatic(field.getModifiers());
    } catch (NoSuchFieldException | LinkageError | SecurityException e) {
      return false;
    }
  }

  static boolean isStaticMethod(String owner, String member) {
    Optional<Class<?>> type = load(owner);
    if (type.isEmpty()) {
      return false;
    }
    try {
      for (Method method : type.get().getMethods()) {
        if (method.getName().equals(member) && Modifier.isStatic(method.getModifiers())) {
          return true;
        }
      }
    } catch (LinkageError | SecurityException e) {
      return false;
    }
    return false;
  }

  /** The type of a public field, e.g. {@code TimeUnit.SECONDS}. */
  static Optional<String> fieldType(String owner, String field) {
    Optional<Class<?>> type = load(owner);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(nameOf(type.get().getField(field).getType()));
    } catch (NoSuchFieldException | LinkageError | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The value of a compile-time constant of the JDK that the lowering may compare with, e.g. HTTP_UNAVAILABLE. */
  static Optional<Object> constant(String owner, String field) {
    if (!CONSTANT_OWNERS.contains(owner)) {
      return Optional.empty();
    }
    Optional<Class<?>> type = load(owner);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      Field declared = type.get().getField(field);
      int modifiers = declared.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && declared.getType().isPrimitive()) {
        return Optional.ofNullable(declared.get(null));
      }
    } catch (NoSuchFieldException | IllegalAccessException | LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
