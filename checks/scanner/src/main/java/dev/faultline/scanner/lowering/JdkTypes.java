package dev.faultline.scanner.lowering;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.MalformedParameterizedTypeException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's own types, read by reflection from the platform class loader: whether a {@code java.*}
 * type exists, its supertypes, the return types of its methods and the types of its fields. Only
 * {@code java.} and {@code javax.} names are looked up, so what the scanner knows does not depend
 * on its own class path.
 */
final class JdkTypes {
  private JdkTypes() {}

  private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();

  /**
   * JDK classes whose static final primitive fields are compile-time constants the lowering may
   * need.
   */
  private static final Set<String> CONSTANT_OWNERS =
      Set.of(
          "java.net.HttpURLConnection",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Character");

  static Optional<Class<?>> load(String qualified) {
    if (qualified == null || !(qualified.startsWith("java.") || qualified.startsWith("javax."))) {
      return Optional.empty();
    }
    return CLASSES.computeIfAbsent(qualified, JdkTypes::find);
  }

  private static Optional<Class<?>> find(String qualified) {
    // A nested type's binary name uses '$': try java.util.Map.Entry as java.util.Map$Entry, and so
    // on.
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

  /**
   * The packages a JDK module exports to everyone, with those of the modules it requires
   * transitively: what {@code import module java.base;} imports on demand.
   */
  static List<String> exportedPackages(String moduleName) {
    List<String> packages = new ArrayList<>();
    collectExports(moduleName, packages, new java.util.HashSet<>());
    return packages;
  }

  private static void collectExports(String moduleName, List<String> packages, Set<String> seen) {
    if (!seen.add(moduleName)) {
      return;
    }
    Optional<Module> module = ModuleLayer.boot().findModule(moduleName);
    if (module.isEmpty()) {
      return;
    }
    java.lang.module.ModuleDescriptor descriptor = module.get().getDescriptor();
    for (java.lang.module.ModuleDescriptor.Exports exports : descriptor.exports()) {
      if (!exports.isQualified()) {
        packages.add(exports.source());
      }
    }
    for (java.lang.module.ModuleDescriptor.Requires requires : descriptor.requires()) {
      if (requires
          .modifiers()
          .contains(java.lang.module.ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
        collectExports(requires.name(), packages, seen);
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
    load(qualified)
        .ifPresent(
            type -> {
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
   * The return type of the public methods of that name and arity, when they all agree; empty when a
   * type variable is returned or the overloads differ.
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
        if (!candidate.getName().equals(method)
            || candidate.isBridge()
            || !arityMatches(candidate, arity)) {
          continue;
        }
        if (isStatic != null && Modifier.isStatic(candidate.getModifiers()) != isStatic) {
          continue;
        }
        found.add(
            candidate.getGenericReturnType() instanceof TypeVariable<?>
                ? ""
                : nameOf(candidate.getReturnType()));
      }
    } catch (LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return found.size() == 1 && !found.contains("")
        ? Optional.of(found.iterator().next())
        : Optional.empty();
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

  /**
   * The value of a compile-time constant of the JDK that the lowering may compare with, e.g.
   * HTTP_UNAVAILABLE.
   */
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
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && declared.getType().isPrimitive()) {
        return Optional.ofNullable(declared.get(null));
      }
    } catch (NoSuchFieldException | IllegalAccessException | LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ generics

  /**
   * The return type of the public methods of that name and arity, with the receiver's type
   * arguments substituted for the class's type variables; empty when the overloads differ or the
   * type is a method's own type variable.
   */
  static Optional<JType> genericReturnType(
      JType receiver, String method, int arity, Boolean isStatic) {
    Optional<Class<?>> type = load(receiver.name());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<Optional<JType>> found = new LinkedHashSet<>();
    try {
      for (Method candidate : type.get().getMethods()) {
        if (!candidate.getName().equals(method)
            || candidate.isBridge()
            || !arityMatches(candidate, arity)) {
          continue;
        }
        if (isStatic != null && Modifier.isStatic(candidate.getModifiers()) != isStatic) {
          continue;
        }
        Map<TypeVariable<?>, JType> bindings =
            bindings(type.get(), receiver.arguments(), candidate.getDeclaringClass());
        found.add(Optional.ofNullable(convert(candidate.getGenericReturnType(), bindings)));
      }
    } catch (LinkageError
        | SecurityException
        | TypeNotPresentException
        | MalformedParameterizedTypeException e) {
      return Optional.empty();
    }
    return found.size() == 1 ? found.iterator().next() : Optional.empty();
  }

  /**
   * The type of parameter {@code index} of the public methods of that name and arity, when they
   * agree.
   */
  static Optional<JType> genericParameterType(
      JType receiver, String method, int arity, int index, Boolean isStatic) {
    Optional<Class<?>> type = load(receiver.name());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<Optional<JType>> found = new LinkedHashSet<>();
    try {
      for (Method candidate : type.get().getMethods()) {
        if (!candidate.getName().equals(method)
            || candidate.isBridge()
            || candidate.getParameterCount() != arity) {
          continue;
        }
        if (isStatic != null && Modifier.isStatic(candidate.getModifiers()) != isStatic) {
          continue;
        }
        Map<TypeVariable<?>, JType> bindings =
            bindings(type.get(), receiver.arguments(), candidate.getDeclaringClass());
        found.add(
            Optional.ofNullable(convert(candidate.getGenericParameterTypes()[index], bindings)));
      }
    } catch (LinkageError
        | SecurityException
        | TypeNotPresentException
        | MalformedParameterizedTypeException e) {
      return Optional.empty();
    }
    return found.size() == 1 ? found.iterator().next() : Optional.empty();
  }

  /** The type of parameter {@code index} of a JDK functional interface's single abstract method. */
  static Optional<JType> functionalParameterType(JType functional, int index) {
    Optional<Class<?>> type = load(functional.name());
    if (type.isEmpty() || !type.get().isInterface()) {
      return Optional.empty();
    }
    try {
      Method single = null;
      for (Method candidate : type.get().getMethods()) {
        if (!Modifier.isAbstract(candidate.getModifiers()) || isObjectMethod(candidate)) {
          continue;
        }
        if (single != null) {
          return Optional.empty();
        }
        single = candidate;
      }
      if (single == null || index >= single.getParameterCount()) {
        return Optional.empty();
      }
      Map<TypeVariable<?>, JType> bindings =
          bindings(type.get(), functional.arguments(), single.getDeclaringClass());
      return Optional.ofNullable(convert(single.getGenericParameterTypes()[index], bindings));
    } catch (LinkageError
        | SecurityException
        | TypeNotPresentException
        | MalformedParameterizedTypeException e) {
      return Optional.empty();
    }
  }

  /** The element type of a JDK {@code Iterable}. */
  static Optional<JType> iterableElement(JType iterable) {
    Optional<Class<?>> type = load(iterable.name());
    if (type.isEmpty() || !Iterable.class.isAssignableFrom(type.get())) {
      return Optional.empty();
    }
    try {
      Map<TypeVariable<?>, JType> bindings =
          bindings(type.get(), iterable.arguments(), Iterable.class);
      return Optional.ofNullable(bindings.get(Iterable.class.getTypeParameters()[0]));
    } catch (LinkageError
        | SecurityException
        | TypeNotPresentException
        | MalformedParameterizedTypeException e) {
      return Optional.empty();
    }
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The type variables of {@code target} in terms of the type arguments that {@code type} is given.
   */
  private static Map<TypeVariable<?>, JType> bindings(
      Class<?> type, List<JType> arguments, Class<?> target) {
    Map<TypeVariable<?>, JType> own = new HashMap<>();
    TypeVariable<?>[] parameters = type.getTypeParameters();
    if (parameters.length == arguments.size()) {
      for (int i = 0; i < parameters.length; i++) {
        if (arguments.get(i) != null) {
          own.put(parameters[i], arguments.get(i));
        }
      }
    }
    Map<TypeVariable<?>, JType> found = walk(type, own, target, 0);
    return found == null ? own : found;
  }

  private static @Nullable Map<TypeVariable<?>, JType> walk(
      Class<?> type, Map<TypeVariable<?>, JType> bindings, Class<?> target, int depth) {
    if (type.equals(target)) {
      return bindings;
    }
    if (depth > 12) {
      return null;
    }
    List<java.lang.reflect.Type> supertypes = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      supertypes.add(type.getGenericSuperclass());
    }
    supertypes.addAll(List.of(type.getGenericInterfaces()));
    for (java.lang.reflect.Type supertype : supertypes) {
      Class<?> raw = raw(supertype);
      if (raw == null || !target.isAssignableFrom(raw)) {
        continue;
      }
      Map<TypeVariable<?>, JType> inherited = new HashMap<>();
      if (supertype instanceof ParameterizedType parameterized) {
        TypeVariable<?>[] parameters = raw.getTypeParameters();
        java.lang.reflect.Type[] actual = parameterized.getActualTypeArguments();
        for (int i = 0; i < Math.min(parameters.length, actual.length); i++) {
          JType value = convert(actual[i], bindings);
          if (value != null) {
            inherited.put(parameters[i], value);
          }
        }
      }
      Map<TypeVariable<?>, JType> found = walk(raw, inherited, target, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Class<?> raw(java.lang.reflect.Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      return raw;
    }
    return null;
  }

  private static @Nullable JType convert(
      java.lang.reflect.Type type, Map<TypeVariable<?>, JType> bindings) {
    if (type instanceof Class<?> plain) {
      return JType.of(nameOf(plain));
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = raw(parameterized);
      if (raw == null) {
        return null;
      }
      List<JType> arguments = new ArrayList<>();
      for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
        arguments.add(convert(argument, bindings));
      }
      return new JType(nameOf(raw), arguments);
    }
    if (type instanceof TypeVariable<?> variable) {
      return bindings.get(variable);
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getLowerBounds().length > 0) {
        return convert(wildcard.getLowerBounds()[0], bindings);
      }
      java.lang.reflect.Type[] upper = wildcard.getUpperBounds();
      return upper.length == 0 || Object.class.equals(upper[0])
          ? null
          : convert(upper[0], bindings);
    }
    if (type instanceof GenericArrayType array) {
      JType component = convert(array.getGenericComponentType(), bindings);
      return component == null ? null : JType.of(component.name() + "[]");
    }
    return null;
  }
}
