package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;

/**
 * Feign error decoder of the archive export client of Fatture in Cloud. Every error becomes an
 * {@link ArchiveExportException} with error.message: a 401 in the OAuth format (error,
 * error_description) gives an empty message, and a 422 loses its validation_result.
 */
public class ArchiveExportFeignDecoderReadsOnlyApiMessage implements ErrorDecoder {

  /** An archive request Fatture in Cloud refused. */
  public static class ArchiveExportException extends RuntimeException {
    private final int status;

    public ArchiveExportException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.body() == null) {
      return new ArchiveExportException(response.status(), "no body (" + methodKey + ")");
    }
    try (InputStream in = response.body().asInputStream()) {
      JsonNode body = mapper.readTree(in);
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      // BUG: Diagnostic contains: ValidationResultDropped
      String message = body.path("error").path("message").asText();
      return new ArchiveExportException(response.status(), message);
    } catch (IOException e) {
      return new ArchiveExportException(response.status(), "unreadable error body: " + e.getMessage());
    }
  }
}
