package dev.faultline.analysis.values;

import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of code reads the Retry-After header only as a number of seconds. RFC 9110 section
 * 10.2.3 lets a server send either delay-seconds or an HTTP-date; code that only parses a number
 * throws on a date, or silently falls back to a default wait.
 *
 * <p>A read only as a number: {@code Integer.parseInt}, {@code Long.parseLong}, {@code valueOf},
 * {@code Double.parseDouble}, {@code new BigDecimal}, commons-lang / Guava number parsers, {@code
 * Optional.map(Long::parseLong)}, a JSON mapper's conversion to a number class, of the header's
 * text (read directly, through a local, a field, or a same-class helper that returns it);
 * HttpURLConnection's {@code getHeaderFieldInt} / {@code getHeaderFieldLong} and java.net.http's
 * {@code firstValueAsLong} of the header; a same-class helper that does such a parse of the text it
 * is given. Not a read only as a number: any such code in a member that also parses the header's
 * value as a date ({@code DateTimeFormatter}, {@code ZonedDateTime.parse}, {@code
 * SimpleDateFormat}, HttpClient's {@code DateUtils}, Spring's {@code getFirstDate}, a method whose
 * name says it reads a date, a same-class helper that parses a date): that member chooses between
 * the two forms. Headers that are numbers by definition ({@code retry-after-ms}, {@code
 * X-RateLimit-Reset}, ...) are not Retry-After here.
 */
public final class RetryAfterParses<N> {
  private static final int MAX_DEPTH = 6;

  private static final Set<String> NUMBER_TYPES =
      Set.of(
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Double",
          "java.lang.Float",
          "java.lang.Short",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short");

  private static final Set<String> NUMBER_PARSES =
      Set.of(
          "parseInt",
          "parseLong",
          "parseDouble",
          "parseFloat",
          "parseShort",
          "parseUnsignedInt",
          "parseUnsignedLong",
          "valueOf",
          "decode");

  /** commons-lang {@code NumberUtils} and Guava {@code Ints} / {@code Longs} number parsers. */
  private static final Set<String> LIBRARY_NUMBER_PARSES =
      Set.of(
          "toInt",
          "toLong",
          "toDouble",
          "createInteger",
          "createLong",
          "createNumber",
          "createBigDecimal",
          "tryParse");

  private static final Set<String> LIBRARY_NUMBER_OWNERS =
      Set.of(
          "org.apache.commons.lang3.math.NumberUtils",
          "org.apache.commons.lang.math.NumberUtils",
          "com.google.common.primitives.Ints",
          "com.google.common.primitives.Longs",
          "com.google.common.primitives.Doubles",
          "NumberUtils",
          "Ints",
          "Longs",
          "Doubles");

  /** Header reads that give the value as a number already. */
  private static final Set<String> NUMBER_HEADER_READS =
      Set.of("getHeaderFieldInt", "getHeaderFieldLong", "firstValueAsLong", "getIntHeader");

  /** JSON mappers' conversions of a value to a class. */
  private static final Set<String> JSON_CONVERSIONS =
      Set.of("readValue", "convertValue", "fromJson");

  private static final Set<String> NUMBER_CLASSES =
      Set.of(
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Double",
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "int",
          "long",
          "double",
          "Integer",
          "Long",
          "Double",
          "BigDecimal",
          "BigInteger");

  /** Calls on a header's text (or its list / optional) that give the same text. */
  private static final Set<String> TEXT_KEEPING =
      Set.of(
          "trim",
          "strip",
          "get",
          "getFirst",
          "orElse",
          "orElseGet",
          "orElseThrow",
          "getValue",
          "toString",
          "next",
          "iterator",
          "findFirst",
          "stream",
          "toLowerCase",
          "valueOf");

  /** Types a header read gives its text in. */
  private static final Set<String> TEXT_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.CharSequence",
          "java.util.Optional",
          "java.util.List",
          "java.util.Collection",
          "java.lang.String[]",
          "org.apache.hc.core5.http.Header",
          "org.apache.http.Header");

  private final LoweringContext<N> context;
  private final CodeView<N> view;
  private final Operands<N> operands;

  private RetryAfterParses(LoweringContext<N> context, Operands<N> operands) {
    this.context = context;
    this.view = context.view();
    this.operands = operands;
  }

  /**
   * The reads of Retry-After only as a number in a member's code (outside the classes declared in
   * it, which are members of their own), unless the code also parses the header as a date.
   */
  public static <N> List<Step> numberOnly(
      @Nullable N code, LoweringContext<N> context, Operands<N> operands) {
    if (code == null) {
      return List.of();
    }
    RetryAfterParses<N> parses = new RetryAfterParses<>(context, operands);
    List<N> calls = new ArrayList<>();
    parses.collectCalls(code, calls);
    List<Step> steps = new ArrayList<>();
    for (N call : calls) {
      String what = parses.readAsNumberOnly(call, Set.of(), 0);
      if (what != null) {
        steps.add(new Step.RetryAfterReadAsNumber(context.view().anchor(call), what));
      }
    }
    if (steps.isEmpty() || parses.parsesDate(calls, 0)) {
      return List.of();
    }
    return steps;
  }

  /**
   * A lowered body of some code, after the reads of Retry-After only as a number in that code
   * ({@link #numberOnly}).
   */
  public static <N> Step before(
      Step body, @Nullable N code, LoweringContext<N> context, Operands<N> operands) {
    List<Step> steps = new ArrayList<>(numberOnly(code, context, operands));
    steps.add(body);
    return Step.block(steps);
  }

  /** The calls and object creations in some code, outside anonymous class bodies. */
  private void collectCalls(N node, List<N> calls) {
    if (view.isCall(node) || view.createdType(node) != null || view.isMethodReference(node)) {
      calls.add(node);
    }
    if (view.createsAnonymousClass(node)) {
      for (N argument : view.arguments(node)) {
        collectCalls(argument, calls);
      }
      return;
    }
    for (N child : view.childrenOf(node)) {
      collectCalls(child, calls);
    }
  }

  /**
   * What a call does that reads Retry-After only as a number ({@code "Long.parseLong"}), or null.
   *
   * @param textVariables variables known to hold the header's text (a helper's parameter)
   */
  private @Nullable String readAsNumberOnly(N call, Set<Object> textVariables, int depth) {
    if (view.isMethodReference(call) || !view.isCall(call)) {
      String created = view.createdType(call);
      if (created != null
          && (created.endsWith("BigDecimal") || created.endsWith("BigInteger"))
          && anyText(view.arguments(call), textVariables, depth)) {
        return "new " + created.substring(created.lastIndexOf('.') + 1);
      }
      return null;
    }
    String name = view.calledName(call);
    List<? extends N> arguments = view.arguments(call);
    String owner = view.calledOwner(call);
    if (arguments.isEmpty()) {
      return null;
    }
    if (NUMBER_PARSES.contains(name)
        && (owner == null || NUMBER_TYPES.contains(owner))
        && isText(arguments.get(0), textVariables, depth)
        && (owner != null || receiverNamesNumberType(call))) {
      return simple(owner, call) + "." + name;
    }
    if (LIBRARY_NUMBER_PARSES.contains(name)
        && owner != null
        && LIBRARY_NUMBER_OWNERS.contains(owner)
        && isText(arguments.get(0), textVariables, depth)) {
      return simple(owner, call) + "." + name;
    }
    if (NUMBER_HEADER_READS.contains(name) && namesRetryAfterItself(arguments.get(0))) {
      return name;
    }
    if (JSON_CONVERSIONS.contains(name)
        && arguments.size() == 2
        && NUMBER_CLASSES.contains(String.valueOf(view.classLiteralType(arguments.get(1))))
        && isText(arguments.get(0), textVariables, depth)) {
      return name + "(.., " + view.classLiteralType(arguments.get(1)) + ")";
    }
    if ((name.equals("map") || name.equals("flatMap"))
        && view.receiver(call) != null
        && isText(view.receiver(call), textVariables, depth)) {
      String reference = numberParseReference(arguments.get(0));
      if (reference != null) {
        return name + "(" + reference + ")";
      }
    }
    if (depth == 0) {
      return helperReadsAsNumberOnly(call, textVariables);
    }
    return null;
  }

  /** Without an owner (a front end that cannot tell): {@code Long.parseLong} as written. */
  private boolean receiverNamesNumberType(N call) {
    N receiver = view.receiver(call);
    return receiver != null && NUMBER_TYPES.contains(String.valueOf(view.simpleName(receiver)));
  }

  private String simple(@Nullable String owner, N call) {
    if (owner != null) {
      return owner.substring(owner.lastIndexOf('.') + 1);
    }
    N receiver = view.receiver(call);
    return receiver == null ? "" : String.valueOf(view.simpleName(receiver));
  }

  /** {@code Long::parseLong}, {@code Integer::valueOf} as written, or null. */
  private @Nullable String numberParseReference(N argument) {
    N tree = view.strip(argument);
    if (!view.isMethodReference(tree)) {
      return null;
    }
    String written = view.writtenMethodReference(tree);
    if (written == null) {
      return null;
    }
    int separator = written.indexOf("::");
    if (separator < 0) {
      return null;
    }
    String qualifier = written.substring(0, separator);
    String type = qualifier.substring(qualifier.lastIndexOf('.') + 1);
    String method = written.substring(separator + 2);
    return NUMBER_TYPES.contains(type) && NUMBER_PARSES.contains(method) ? written : null;
  }

  /**
   * A same-class helper given the header's text that reads it only as a number ({@code
   * seconds(response.header("Retry-After"))} with {@code long seconds(String v) { return
   * Long.parseLong(v); }}), as a helper call, or null.
   */
  private @Nullable String helperReadsAsNumberOnly(N call, Set<Object> textVariables) {
    Object method = view.declarationOf(call);
    Operands.Helpers helpers = operands.helpers();
    @SuppressWarnings("unchecked") // a helper's declaration is a node of this view
    N declaration = (N) helpers.declaration(method);
    N body = declaration == null ? null : view.methodBody(declaration);
    if (body == null) {
      return null;
    }
    List<? extends N> arguments = view.arguments(call);
    List<? extends N> parameters = view.parameters(declaration);
    Set<Object> seeded = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < Math.min(arguments.size(), parameters.size()); i++) {
      Object key = view.declarationOf(parameters.get(i));
      if (key != null && isText(arguments.get(i), textVariables, 1)) {
        seeded.add(key);
      }
    }
    if (seeded.isEmpty()) {
      return null;
    }
    List<N> calls = new ArrayList<>();
    collectCalls(body, calls);
    boolean asNumber = false;
    for (N inner : calls) {
      asNumber |= readAsNumberOnly(inner, seeded, 1) != null;
    }
    return asNumber && !parsesDate(calls, 1) ? view.calledName(call) : null;
  }

  private boolean anyText(List<? extends N> values, Set<Object> textVariables, int depth) {
    for (N value : values) {
      if (isText(value, textVariables, depth)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an expression is the Retry-After header's text as sent (or a list or optional of it).
   */
  private boolean isText(@Nullable N expression, Set<Object> textVariables, int depth) {
    if (expression == null || depth > MAX_DEPTH) {
      return false;
    }
    N tree = view.strip(expression);
    List<N> branches = view.conditionalBranches(tree);
    if (!branches.isEmpty()) {
      return isText(branches.get(0), textVariables, depth + 1)
          || isText(branches.get(1), textVariables, depth + 1);
    }
    if (view.isName(tree)) {
      Object key = view.declarationOf(tree);
      if (key != null && textVariables.contains(key)) {
        return true;
      }
      for (N value : operands.valuesWrittenTo(key)) {
        if (isText(value, textVariables, depth + 1)) {
          return true;
        }
      }
      return fieldHoldsText(tree, textVariables, depth);
    }
    if (!view.isCall(tree)) {
      return false;
    }
    if (readsRetryAfterText(tree)) {
      return true;
    }
    String name = view.calledName(tree);
    N receiver = view.receiver(tree);
    if (receiver != null
        && TEXT_KEEPING.contains(name)
        && !(name.equals("valueOf") && receiverNamesNumberType(tree))
        && isText(receiver, textVariables, depth + 1)) {
      return true;
    }
    if (name.equals("valueOf") && "java.lang.String".equals(view.calledOwner(tree))) {
      return anyText(view.arguments(tree), textVariables, depth + 1);
    }
    return helperReturnsText(tree, depth);
  }

  /** A field of the class written somewhere in it with the header's text. */
  private boolean fieldHoldsText(N name, Set<Object> textVariables, int depth) {
    N declaration = view.variableDeclaration(name);
    if (declaration == null || !view.isField(declaration)) {
      return false;
    }
    N initializer = view.initializerOf(declaration);
    if (initializer != null && isText(initializer, textVariables, depth + 1)) {
      return true;
    }
    N owner = view.enclosingClass(declaration);
    if (owner == null) {
      return false;
    }
    Set<Object> field = Collections.newSetFromMap(new IdentityHashMap<>());
    field.add(view.declarationOf(name));
    for (N write : view.writesIn(owner)) {
      Object written = view.writtenVariable(write);
      if (written != null
          && field.contains(written)
          && isTextWritten(view.writtenValue(write), textVariables, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A value written to a field in another method: only a direct read of the header counts. */
  private boolean isTextWritten(N value, Set<Object> textVariables, int depth) {
    N tree = view.strip(value);
    return view.isCall(tree) && isText(tree, textVariables, depth);
  }

  /** A same-class helper whose returns include the header's text. */
  private boolean helperReturnsText(N call, int depth) {
    Operands.Helpers helpers = operands.helpers();
    Object method = view.declarationOf(call);
    if (!helpers.returnsRetryAfter(method) || depth > 2) {
      return false;
    }
    @SuppressWarnings("unchecked") // a helper's declaration is a node of this view
    N declaration = (N) helpers.declaration(method);
    N body = declaration == null ? null : view.methodBody(declaration);
    if (body == null) {
      return false;
    }
    RetryAfterParses<N> inHelper =
        new RetryAfterParses<>(context, Operands.of(body, helpers, context));
    for (N value : inHelper.operands.returnedValues(body)) {
      if (inHelper.isText(value, Set.of(), depth + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call reads the Retry-After header itself (not a header that is a number by
   * definition) and gives its text as sent.
   */
  private boolean readsRetryAfterText(N call) {
    String name = view.calledName(call);
    if (NUMBER_HEADER_READS.contains(name)) {
      return false;
    }
    String type = view.typeOf(call);
    if (type != null && !TEXT_TYPES.contains(type)) {
      return false;
    }
    if (name.equals("getRetryAfter") && view.arguments(call).isEmpty()) {
      return "java.lang.String".equals(type); // Google HttpHeaders: the header as sent
    }
    for (N argument : view.arguments(call)) {
      if (namesRetryAfterItself(argument)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesRetryAfterItself(N expression) {
    if (view.constantValue(expression) instanceof String text) {
      return HttpNames.isRetryAfterName(text);
    }
    String field = view.referencedField(expression);
    return field != null && HttpNames.RETRY_AFTER_CONSTANTS.contains(field);
  }

  /**
   * Whether some calls parse the header as a date: a date parser given a value from Retry-After, a
   * header accessor that reads Retry-After as a date, a method whose name says it reads a date
   * given such a value, a same-class helper given such a value that parses a date. In a helper
   * ({@code depth} 1), any date parse counts.
   */
  private boolean parsesDate(List<N> calls, int depth) {
    for (N call : calls) {
      if (view.isMethodReference(call)) {
        String written = view.writtenMethodReference(call);
        if (written != null && namesDateParse(written.substring(written.indexOf("::") + 2))) {
          return true;
        }
        continue;
      }
      String created = view.createdType(call);
      boolean fromHeader = depth > 0 || anyFromHeader(view.arguments(call));
      if (created != null) {
        if (created.contains("Date") && fromHeader) {
          return true;
        }
        continue;
      }
      String name = view.calledName(call);
      N receiver = view.receiver(call);
      if (!fromHeader && receiver != null && name.startsWith("parse")) {
        fromHeader = operands.isRetryAfterDerived(receiver) && !view.arguments(call).isEmpty();
      }
      if (!fromHeader) {
        continue;
      }
      if (namesDateParse(name) && !NUMBER_PARSES.contains(name)) {
        return true;
      }
      if (depth == 0 && helperParsesDate(call)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyFromHeader(List<? extends N> arguments) {
    for (N argument : arguments) {
      if (operands.isRetryAfterDerived(argument)
          || HttpClientCatalogue.namesRetryAfter(view, argument)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code parse} (java.time, DateFormat), {@code parseBest}, and names that say they read a date
   * or a time ({@code parseStandardDate}, {@code getFirstDate}, {@code getFirstZonedDateTime},
   * {@code parseHttpDate}).
   */
  private static boolean namesDateParse(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.equals("parse")
        || name.equals("parseBest")
        || lower.contains("date")
        || lower.contains("instant");
  }

  private boolean helperParsesDate(N call) {
    Operands.Helpers helpers = operands.helpers();
    @SuppressWarnings("unchecked") // a helper's declaration is a node of this view
    N declaration = (N) helpers.declaration(view.declarationOf(call));
    N body = declaration == null ? null : view.methodBody(declaration);
    if (body == null) {
      return false;
    }
    List<N> calls = new ArrayList<>();
    collectCalls(body, calls);
    return parsesDate(calls, 1);
  }
}
