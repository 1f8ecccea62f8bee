package dev.faultline.analysis.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API profiles: the built-in ones (Fatture in Cloud, InvoiceXML) and profile files that users
 * add. A profile is a JSON object with the fields of {@link ApiContract}.
 */
public final class Contracts {
  public static final String FATTURE_IN_CLOUD = "fatture-in-cloud";
  public static final String INVOICEXML = "invoicexml";

  private static final Map<String, ApiContract> BUILT_IN = loadBuiltIn();

  /** Jackson's data binding, set up only when a user's profile file is read. */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private Contracts() {}

  private static Map<String, ApiContract> loadBuiltIn() {
    Map<String, ApiContract> profiles = new TreeMap<>();
    for (String name : List.of(FATTURE_IN_CLOUD, INVOICEXML)) {
      String resource = "/dev/faultline/analysis/contract/" + name + ".json";
      try (InputStream in = Contracts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in profile missing from the jar: " + resource);
        }
        profiles.put(name, ProfileReader.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in profile " + resource, e);
      }
    }
    return profiles;
  }

  public static List<String> builtInNames() {
    return List.copyOf(BUILT_IN.keySet());
  }

  /** Every built-in profile together: the default when a user names none. */
  public static ApiContract defaults() {
    return ApiContract.union(List.copyOf(BUILT_IN.values()));
  }

  /**
   * The contract for a selection of built-in profile names and profile files.
   *
   * @throws IllegalArgumentException naming the unknown profile and the valid ones, or the
   *     unreadable file
   */
  public static ApiContract select(List<String> names, List<Path> files) {
    List<ApiContract> chosen = new ArrayList<>();
    for (String name : names) {
      ApiContract contract = BUILT_IN.get(name.trim().toLowerCase(Locale.ROOT));
      if (contract == null) {
        throw new IllegalArgumentException(
            "unknown API profile '"
                + name
                + "'; built-in profiles are "
                + String.join(", ", builtInNames()));
      }
      chosen.add(contract);
    }
    for (Path file : files) {
      chosen.add(load(file));
    }
    return chosen.isEmpty() ? defaults() : ApiContract.union(chosen);
  }

  /** Reads one profile file. */
  public static ApiContract load(Path file) {
    try {
      return Mapper.MAPPER.readValue(Files.readAllBytes(file), ApiContract.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read API profile " + file + ": " + e.getMessage(), e);
    }
  }
}
