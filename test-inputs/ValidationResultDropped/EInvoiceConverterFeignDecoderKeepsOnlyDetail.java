package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;

/**
 * Feign error decoder of the InvoiceXML conversion client. A 400 problem is turned into an
 * {@link EInvoiceRejectedException} with its detail only ("The invoice contains 2 validation
 * error(s)."): the findings in errors[] are never read.
 */
public class EInvoiceConverterFeignDecoderKeepsOnlyDetail implements ErrorDecoder {

  /** An invoice InvoiceXML did not convert. */
  public static class EInvoiceRejectedException extends RuntimeException {
    public EInvoiceRejectedException(String message) {
      super(message);
    }
  }

  /** The RFC 7807 problem body of InvoiceXML. */
  public record Problem(String type, String title, int status, String detail, Integer errorCode) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final ErrorDecoder fallback = new ErrorDecoder.Default();

  @Override
  public Exception decode(String methodKey, Response response) {
    if (response.status() == 400 && response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        Problem problem = mapper.readValue(in, Problem.class);
        // BUG: Diagnostic contains: ValidationResultDropped
        return new EInvoiceRejectedException(problem.detail());
      } catch (IOException e) {
        return new EInvoiceRejectedException("unreadable problem body");
      }
    }
    return fallback.decode(methodKey, response);
  }
}
