package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.library.JsonNames;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.view.CodeView;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How client code reads an error body it holds: JSON navigation by key ({@link JsonMethods}),
 * value, presence and type-check reads, and DTO getters (named by their {@code @JsonProperty} /
 * {@code @SerializedName}, else in snake case).
 */
public final class ErrorBodyCalls {
  private ErrorBodyCalls() {}

  private static final Set<String> PRIMITIVES =
      Set.of("byte", "short", "char", "int", "long", "float", "double", "boolean");

  /** What a call on a JSON value (or DTO) at some path does: the field it reads and how. */
  public record Access(String field, Step.ReadKind kind) {}

  /**
   * The access a call makes on a receiver that holds the body at {@code receiverPath}, or null.
   *
   * @param receiverPath the receiver's JSON path ("" for the root)
   */
  public static <N> @Nullable Access access(CodeView<N> view, N call, String receiverPath) {
    String name = view.calledName(call);
    if (name.isEmpty() || JsonMethods.NOT_A_READ.contains(name)) {
      return null;
    }
    N receiver = view.receiver(call);
    boolean jsonReceiver = receiver != null && JsonMethods.isJsonType(view, view.typeOf(receiver));
    List<? extends N> arguments = view.arguments(call);
    if (!arguments.isEmpty()) {
      if (!(view.constantValue(arguments.get(0)) instanceof String key)) {
        // errors.get(0), node.get(index): reads into the receiver's array.
        return jsonReceiver ? new Access(receiverPath, Step.ReadKind.NAVIGATE) : null;
      }
      return byKey(name, key, receiverPath);
    }
    if (JsonMethods.TYPE_CHECKS.contains(name)) {
      return new Access(receiverPath, Step.ReadKind.TYPE_CHECK);
    }
    if (jsonReceiver) {
      // asText(), getAsString(), size(), iterator(): the value at the receiver's path.
      return new Access(receiverPath, Step.ReadKind.VALUE);
    }
    return getter(view, call, name, receiverPath);
  }

  private static @Nullable Access byKey(String name, String key, String receiverPath) {
    if (name.equals("at") && key.startsWith("/")) {
      return new Access(
          JsonNames.join(receiverPath, key.substring(1).replace('/', '.')), Step.ReadKind.NAVIGATE);
    }
    if (JsonMethods.PRESENCE_BY_KEY.contains(name)) {
      return new Access(JsonNames.join(receiverPath, key), Step.ReadKind.PRESENCE);
    }
    if (JsonMethods.VALUE_BY_KEY.contains(name)) {
      return new Access(JsonNames.join(receiverPath, key), Step.ReadKind.VALUE);
    }
    if (JsonMethods.NAVIGATE_BY_KEY.contains(name)) {
      return new Access(JsonNames.join(receiverPath, key), Step.ReadKind.NAVIGATE);
    }
    return null;
  }

  /**
   * A DTO getter: a value read when it returns a primitive or a {@code java.lang} type, else a
   * navigation.
   */
  private static <N> @Nullable Access getter(
      CodeView<N> view, N call, String name, String receiverPath) {
    String property = JsonNames.propertyName(name);
    if (property == null) {
      return null;
    }
    String annotated =
        view.annotationValueOnCalledMember(call, fieldName(name), JsonMethods.NAME_ANNOTATIONS);
    if (annotated != null) {
      property = annotated;
    }
    String returned = view.calledReturnType(call);
    boolean value =
        returned != null && (PRIMITIVES.contains(returned) || returned.startsWith("java.lang."));
    return new Access(
        JsonNames.join(receiverPath, property),
        value ? Step.ReadKind.VALUE : Step.ReadKind.NAVIGATE);
  }

  /**
   * The field a getter reads, by the bean convention: {@code getErrorCode} and {@code errorCode}
   * read {@code errorCode}.
   */
  private static String fieldName(String getter) {
    if (getter.startsWith("get") && getter.length() > 3) {
      return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
    if (getter.startsWith("is") && getter.length() > 2) {
      return Character.toLowerCase(getter.charAt(2)) + getter.substring(3);
    }
    return getter;
  }
}
