package inputs.unauthorizederrorpartiallyread;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * MicroProfile Rest Client exception mapper of the supplier directory. It handles only 404 (supplier
 * removed) and 409 (duplicate VAT number), whose body is always the API format, and reads
 * error.message; 401 and 422 are left to the other mappers of the client.
 */
public class SupplierDirectoryMapperHandlesOnlyMissingAndConflict
    implements ResponseExceptionMapper<SupplierDirectoryMapperHandlesOnlyMissingAndConflict.SupplierLookupException> {

  /** A supplier that is missing or already registered. */
  public static class SupplierLookupException extends RuntimeException {
    public SupplierLookupException(String message) {
      super(message);
    }
  }

  /** The API error body: {"error": {"message": "...", "code": "..."}}. */
  public record ApiErrorBody(ApiError error) {}

  /** The error object of the API format. */
  public record ApiError(String message, String code) {}

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status == 404 || status == 409;
  }

  @Override
  public SupplierLookupException toThrowable(Response response) {
    ApiErrorBody body = response.readEntity(ApiErrorBody.class);
    return new SupplierLookupException(body.error().message());
  }
}
