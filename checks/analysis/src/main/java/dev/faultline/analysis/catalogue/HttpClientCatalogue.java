package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.catalogue.CallMeaning.BodySource;
import dev.faultline.analysis.catalogue.CallMeaning.HeaderRead;
import dev.faultline.analysis.catalogue.CallMeaning.Output;
import dev.faultline.analysis.catalogue.CallMeaning.Request;
import dev.faultline.analysis.catalogue.CallMeaning.StatusHandler;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.catalogue.CallMeaning.StatusTest;
import dev.faultline.analysis.catalogue.CallMeaning.Wait;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What calls mean to the analysis, asked of either front end's trees through its {@link CodeView}:
 * requests, status reads and tests, waits, Retry-After header reads, error bodies, logs. The
 * library knowledge is the table of {@link HttpClientMethods}; every question takes any node
 * (answering no for a node that is not a call).
 */
public final class HttpClientCatalogue {
  private HttpClientCatalogue() {}

  /**
   * The request a call sends, or null when it sends none. A request whose client can be told not to
   * throw for HTTP error statuses ({@link Request#throwingSwitch}) and is told so in the method
   * that sends it ({@code request.setThrowExceptionOnExecuteError(false)}) returns every response:
   * it throws only for transport failures.
   */
  public static <N> @Nullable Request request(CodeView<N> view, N node) {
    Request request = HttpClientMethods.TABLE.find(view, node, Request.class);
    if (request == null || request.throwingSwitch() == null || !switchedOff(view, node, request)) {
      return request;
    }
    return new Request(
        request.thrownTypes().stream()
            .filter(type -> !HttpErrorTypes.carriesHttpStatus(type))
            .toList(),
        false);
  }

  /** Whether the method sending the request calls the request's throwing switch with false. */
  private static <N> boolean switchedOff(CodeView<N> view, N call, Request request) {
    for (N other : view.callsInEnclosingMethod(call)) {
      List<? extends N> arguments = view.arguments(other);
      if (view.calledName(other).equals(request.throwingSwitch())
          && arguments.size() == 1
          && Boolean.FALSE.equals(view.constantValue(arguments.get(0)))) {
        return true;
      }
    }
    return false;
  }

  /** How a call returns a response's status, or null when it returns none. */
  public static <N> @Nullable StatusRead statusRead(CodeView<N> view, N node) {
    StatusRead read = HttpClientMethods.TABLE.find(view, node, StatusRead.class);
    return read != null ? read : OwnHttpWrappers.statusRead(view, node);
  }

  /** How a call tests a response's status, or null when it tests none. */
  public static <N> @Nullable StatusTest statusTest(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, StatusTest.class);
  }

  /** How a call waits, or null when it does not. */
  public static <N> @Nullable Wait waitOf(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, Wait.class);
  }

  /**
   * Whether a call of code out of sight waits, as its name says ({@link HttpNames#namesWait}): a
   * back-off object's {@code waitBackoff()}, a utility's {@code sleepQuietly(ms)}. The caller asks
   * only of calls that are no same-class helper (a helper's body tells what it does). Waits of the
   * library table are {@link #waitOf}; the JDK's other waits (a monitor, a latch, a process) and a
   * call whose value is used (a builder's {@code backoff(..)}) are none; a static call waits only
   * by a name of sleeping or pausing.
   */
  public static <N> boolean waitsByName(CodeView<N> view, N node) {
    if (!view.isCall(node)
        || waitOf(view, node) != null
        || !HttpNames.namesWait(view.calledName(node))) {
      return false;
    }
    String owner = view.calledOwner(node);
    String returned = view.calledReturnType(node);
    String name = view.calledName(node).toLowerCase(java.util.Locale.ROOT);
    return (owner == null || !owner.startsWith("java."))
        && (returned == null || returned.equals("void"))
        && (!view.isStaticCall(node) || name.startsWith("sleep") || name.startsWith("pause"));
  }

  /**
   * Whether a source text may hold a call that {@link #waitOf} or {@link #waitsByName} counts as a
   * wait: false only when no identifier in it starts with the name of a wait of the library table
   * or with {@code sleep}, {@code pause} or {@code wait} (compared case-insensitively), and it
   * holds no {@code backoff} ({@link HttpNames#namesWait}). Lets a front end that reads other files
   * as text tell that none of their methods waits without parsing them.
   */
  public static boolean mayHoldWait(CharSequence text) {
    return WAIT_TEXT == null || WAIT_TEXT.matcher(text).find();
  }

  /**
   * The text of a wait's name at the start of an identifier, or {@code backoff} anywhere; null when
   * a wait of the table may have any name.
   */
  private static final @Nullable Pattern WAIT_TEXT = waitText();

  private static @Nullable Pattern waitText() {
    Set<String> tableNames = HttpClientMethods.TABLE.namesOf(Wait.class);
    if (tableNames == null) {
      return null;
    }
    Set<String> starts = new TreeSet<>(List.of("sleep", "pause", "wait"));
    tableNames.forEach(name -> starts.add(name.toLowerCase(Locale.ROOT)));
    return Pattern.compile(
        "(?<!\\p{javaJavaIdentifierPart})(?:"
            + String.join("|", starts.stream().map(Pattern::quote).toList())
            + ")|backoff",
        Pattern.CASE_INSENSITIVE);
  }

  /** Whether a node calls a wait of this kind. */
  public static <N> boolean waits(CodeView<N> view, N node, Wait kind) {
    return waitOf(view, node) == kind;
  }

  /** Whether a call registers a client's status handler ({@code onStatus(predicate, handler)}). */
  public static <N> boolean isStatusHandler(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, StatusHandler.class) == StatusHandler.ON_STATUS;
  }

  /**
   * Whether a call hands its function the response of any status ({@code exchange((request,
   * response) -> ...)}, {@code exchangeToMono(response -> ...)}).
   */
  public static <N> boolean isExchange(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, StatusHandler.class) == StatusHandler.EXCHANGE;
  }

  /**
   * Whether a call returns a publisher of a response's body ({@code
   * clientResponse.bodyToMono(ErrorBody.class)}): the functions chained on it are handed the body.
   */
  public static <N> boolean readsReactiveBody(CodeView<N> view, N node) {
    String returned = view.calledReturnType(node);
    return bodySource(view, node) != null
        && returned != null
        && returned.startsWith("reactor.core.publisher.");
  }

  /** Whether a call logs or prints its arguments. */
  public static <N> boolean logsOrPrints(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, Output.class) != null;
  }

  /** Whether a call returns the raw error body, or the body parsed, or null for neither. */
  public static <N> @Nullable BodySource bodySource(CodeView<N> view, N node) {
    return HttpClientMethods.TABLE.find(view, node, BodySource.class);
  }

  /**
   * Whether an expression names the Retry-After header, or another header in which servers say how
   * long to wait ({@link HttpNames#SERVER_WAIT_HEADERS}): a string constant or a well-known
   * constant field.
   */
  public static <N> boolean namesRetryAfter(CodeView<N> view, N expression) {
    if (view.constantValue(expression) instanceof String text) {
      return HttpNames.isServerWaitName(text) || namesProfileWaitHeader(view, text);
    }
    String field = view.referencedField(expression);
    return field != null && HttpNames.RETRY_AFTER_CONSTANTS.contains(field);
  }

  /** Whether a header name is one the API profiles add to the server's wait headers. */
  public static <N> boolean namesProfileWaitHeader(CodeView<N> view, String headerName) {
    return view.profileServerWaitHeaders().contains(headerName.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a call reads the Retry-After header (any accessor given the header's name, a retryAfter
   * getter, or a library's getter of the time the header asks for).
   */
  public static <N> boolean readsRetryAfter(CodeView<N> view, N call) {
    for (N argument : view.arguments(call)) {
      if (namesRetryAfter(view, argument)) {
        return true;
      }
    }
    String name = view.calledName(call);
    return name.equals("retryAfter")
        || name.equals("getRetryAfter")
        || HttpClientMethods.TABLE.find(view, call, HeaderRead.class) != null;
  }
}
