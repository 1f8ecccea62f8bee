package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Feign error decoder of the document archive download client. A 401 keeps the whole body as the
 * exception's text, whatever its format; only a 404 (document removed from the archive) is read for
 * its error.message. Everything else goes to Feign's default decoder.
 */
public class ArchiveDownloadFeignDecoderPassesRawUnauthorizedBody implements ErrorDecoder {

  /** The stored token no longer opens the archive. */
  public static class ArchiveSessionExpiredException extends RuntimeException {
    public ArchiveSessionExpiredException(String body) {
      super("Fatture in Cloud refused the token: " + body);
    }
  }

  /** The document is no longer in the archive. */
  public static class ArchivedDocumentMissingException extends RuntimeException {
    public ArchivedDocumentMissingException(String message) {
      super(message);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    if (response.body() != null) {
      try {
        if (status == 401) {
          String body = Util.toString(response.body().asReader(StandardCharsets.UTF_8));
          return new ArchiveSessionExpiredException(body);
        }
        if (status == 404) {
          JsonNode body = mapper.readTree(response.body().asInputStream());
          return new ArchivedDocumentMissingException(body.path("error").path("message").asText());
        }
      } catch (IOException e) {
        return new IllegalStateException("unreadable error body of " + methodKey, e);
      }
    }
    return fallback.decode(methodKey, response);
  }
}
