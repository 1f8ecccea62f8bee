package inputs.nonretryableerrorretried;

import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Error decoder of the Feign client that updates the Fatture in Cloud product catalog: a 422 becomes a validation
 * exception carrying the whole error body (error.validation_result says which field to fix), everything else goes to
 * Feign's default decoder, which retries only responses that carry Retry-After, after that time.
 */
public class ProductCatalogFeignDecoderMapsValidationErrors implements ErrorDecoder {

  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  /** The product was rejected; the body says which fields are wrong. */
  public static class ProductRejectedException extends RuntimeException {
    public ProductRejectedException(String errorBody) {
      super(errorBody);
    }
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.status() == 422 && response.body() != null) {
      try (Reader reader = response.body().asReader(StandardCharsets.UTF_8)) {
        return new ProductRejectedException(Util.toString(reader));
      } catch (IOException unreadable) {
        return fallback.decode(methodKey, response);
      }
    }
    return fallback.decode(methodKey, response);
  }
}
