package dev.faultline.analysis.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a built-in profile with Jackson's streaming parser into the profile records, through their
 * canonical constructors. The built-in profiles are read when the compiler first loads the checks,
 * in every compilation, and Jackson's data binding costs most of a quarter second of start-up to
 * set up (measured on a cold JVM), which is more than the checks take on many modules; the
 * streaming parser costs a small fraction of it. Profile files that users add are read with the
 * data binding ({@link Contracts#load}), whose messages name what is wrong in a file; the two
 * readers give equal profiles ({@code ContractsTest}).
 *
 * <p>Knows the value types the profile records use: strings, ints, lists of them and of records.
 */
final class ProfileReader {
  private static final JsonFactory JSON = new JsonFactory();

  private ProfileReader() {}

  /** The profile in {@code in}, a JSON object with the fields of {@link ApiContract}. */
  static ApiContract read(InputStream in) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      parser.nextToken();
      return (ApiContract) value(parser, ApiContract.class, ApiContract.class);
    }
  }

  private static Object value(JsonParser parser, Class<?> type, Type generic) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (type == String.class && token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if ((type == int.class || type == Integer.class) && token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getIntValue();
    }
    if (type == List.class
        && token == JsonToken.START_ARRAY
        && generic instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      List<Object> values = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        values.add(value(parser, element, element));
      }
      return values;
    }
    if (type.isRecord() && token == JsonToken.START_OBJECT) {
      return record(parser, type);
    }
    throw new IOException(
        "expected a value of type "
            + generic.getTypeName()
            + " but found "
            + token
            + " at "
            + parser.currentLocation());
  }

  private static Object record(JsonParser parser, Class<?> type) throws IOException {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
      arguments[i] = parameterTypes[i] == int.class ? 0 : null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int index = indexOf(components, name);
      if (index < 0) {
        throw new IOException("unknown field '" + name + "' of " + type.getSimpleName());
      }
      parser.nextToken();
      Object value = value(parser, components[index].getType(), components[index].getGenericType());
      if (value != null) {
        arguments[index] = value;
      }
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(arguments);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IOException("invalid " + type.getSimpleName() + ": " + e.getCause(), e);
    }
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
