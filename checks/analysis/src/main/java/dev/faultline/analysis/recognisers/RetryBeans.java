package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A retry template made by a Spring {@code @Bean} method and used in the other classes of its
 * package through an injected field ({@code @Autowired}, or set from a constructor parameter):
 * {@code retryTemplate.execute(context -> client.send(..))} runs its work with the bean's
 * configuration. A use is the bean's when the field's {@code @Qualifier} names it, or when no
 * qualifier is written and the bean is the only one of its kind in the package, or the only one
 * named like the field (or the constructor parameter), as Spring falls back to; otherwise it is no
 * use of this bean.
 */
final class RetryBeans {
  private RetryBeans() {}

  private static final String BEAN = "org.springframework.context.annotation.Bean";
  private static final String QUALIFIER = "org.springframework.beans.factory.annotation.Qualifier";
  private static final String CONSTRUCTOR = "<init>";

  /**
   * The calls named one of {@code names} of the templates {@code operations}, in the classes of the
   * package of the {@code @Bean} method that holds {@code config} (a method returning one of the
   * templates), made on a field injected with that bean; empty when {@code config} is in no such
   * method.
   */
  static <N> List<N> usesOfBean(
      N config, CodeView<N> view, Set<String> operations, String... names) {
    N bean = view.enclosingMethod(config);
    if (bean == null
        || view.annotation(bean, BEAN) == null
        || !returnsTemplate(bean, view, operations)) {
      return List.of();
    }
    List<N> classes = view.classesInPackageOf(bean);
    List<N> beans = new ArrayList<>();
    for (N declared : classes) {
      for (N method : methodsIn(declared, view)) {
        if (view.annotation(method, BEAN) != null && returnsTemplate(method, view, operations)) {
          beans.add(method);
        }
      }
    }
    List<N> uses = new ArrayList<>();
    for (N declared : classes) {
      for (N call : view.callsIn(declared)) {
        if (RetryTemplates.isTemplateCall(call, view, operations, names)
            && isBean(injectedAs(call, view), bean, beans, view)) {
          uses.add(call);
        }
      }
    }
    return uses;
  }

  /**
   * The {@code @Bean} method of the package of {@code node} that makes the bean named {@code name}
   * (by its {@code @Bean} names, else its method name), or null when there is none or more than
   * one.
   */
  static <N> @Nullable N beanNamed(String name, N node, CodeView<N> view) {
    N found = null;
    for (N declared : view.classesInPackageOf(node)) {
      for (N method : methodsIn(declared, view)) {
        if (view.annotation(method, BEAN) != null && beanNames(method, view).contains(name)) {
          if (found != null) {
            return null;
          }
          found = method;
        }
      }
    }
    return found;
  }

  /** The methods of a class and of the classes declared in it. */
  private static <N> List<N> methodsIn(N declared, CodeView<N> view) {
    List<N> methods = new ArrayList<>(view.methodsOf(declared));
    for (N member : view.memberClassesOf(declared)) {
      methods.addAll(methodsIn(member, view));
    }
    return methods;
  }

  private static <N> boolean returnsTemplate(N method, CodeView<N> view, Set<String> operations) {
    String type = view.declaredType(method);
    return type != null
        && operations.stream().anyMatch(t -> t.equals(type) || view.isSubtype(type, t));
  }

  /**
   * How the template a call is made on is injected: the names it may be asked for by (the field's
   * and the constructor parameter's) and the qualifier written on them; null when the receiver is
   * no field of the class, or the field is given any other value (an initializer, a template built
   * in the constructor).
   */
  private static <N> @Nullable Injection injectedAs(N call, CodeView<N> view) {
    N receiver = view.receiver(call);
    N field = receiver == null ? null : view.fieldDeclaration(view.strip(receiver));
    N holder = field == null ? null : view.enclosingClass(field);
    if (holder == null || view.initializerOf(field) != null) {
      return null;
    }
    Object key = view.declarationOf(field);
    List<String> names = new ArrayList<>();
    String simple = view.simpleName(view.strip(receiver));
    if (simple != null) {
      names.add(simple);
    }
    String qualifier = qualifier(field, view);
    List<N> writes = new ArrayList<>();
    for (N method : view.methodsOf(holder)) {
      writes.addAll(view.writesIn(method));
    }
    for (N write : writes) {
      if (key == null || !key.equals(view.writtenVariable(write))) {
        continue;
      }
      N parameter = constructorParameter(view.strip(view.writtenValue(write)), write, view);
      if (parameter == null) {
        return null;
      }
      String name = view.simpleName(view.strip(view.writtenValue(write)));
      if (name != null) {
        names.add(name);
      }
      String written = qualifier(parameter, view);
      if (written != null) {
        if (qualifier != null && !qualifier.equals(written)) {
          return null;
        }
        qualifier = written;
      }
    }
    return new Injection(names, qualifier);
  }

  /** The parameter of the constructor holding a write that a value names, or null. */
  private static <N> @Nullable N constructorParameter(N value, N write, CodeView<N> view) {
    N constructor = view.enclosingMethod(write);
    if (constructor == null || !CONSTRUCTOR.equals(view.methodName(constructor))) {
      return null;
    }
    Object named = view.declarationOf(value);
    for (N parameter : view.parameters(constructor)) {
      if (named != null && named.equals(view.declarationOf(parameter))) {
        return parameter;
      }
    }
    return null;
  }

  private static <N> @Nullable String qualifier(N declaration, CodeView<N> view) {
    N annotation = view.annotation(declaration, QUALIFIER);
    N value = annotation == null ? null : view.attribute(annotation, "value");
    Object text = value == null ? null : view.constantValue(view.strip(value));
    return text instanceof String name ? name : null;
  }

  /** Whether an injection is given {@code bean}, one of the template beans of the package. */
  @SuppressWarnings("ReferenceEquality") // nodes compare by identity: this very bean method
  private static <N> boolean isBean(
      @Nullable Injection injection, N bean, List<N> beans, CodeView<N> view) {
    if (injection == null) {
      return false;
    }
    if (injection.qualifier() != null) {
      return beanNames(bean, view).contains(injection.qualifier());
    }
    if (beans.size() == 1) {
      return true;
    }
    N named = null;
    for (N candidate : beans) {
      if (beanNames(candidate, view).stream().anyMatch(injection.names()::contains)) {
        if (named != null) {
          return false;
        }
        named = candidate;
      }
    }
    return named == bean;
  }

  /** The names of a bean: those its {@code @Bean} gives, or else its method's name. */
  private static <N> List<String> beanNames(N method, CodeView<N> view) {
    N annotation = view.annotation(method, BEAN);
    List<String> names = new ArrayList<>();
    for (String attribute : List.of("value", "name")) {
      N value = annotation == null ? null : view.attribute(annotation, attribute);
      if (value == null) {
        continue;
      }
      List<? extends N> elements = view.arrayElements(view.strip(value));
      for (N element : elements == null ? List.of(value) : elements) {
        if (view.constantValue(view.strip(element)) instanceof String name) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      String name = view.methodName(method);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private record Injection(List<String> names, @Nullable String qualifier) {}
}
