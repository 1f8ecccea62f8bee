package inputs.retryafterignored;

import com.microsoft.azure.storage.OperationContext;
import com.microsoft.azure.storage.ResponseReceivedEvent;
import com.microsoft.azure.storage.RetryContext;
import com.microsoft.azure.storage.RetryInfo;
import com.microsoft.azure.storage.RetryPolicy;
import com.microsoft.azure.storage.StorageEvent;
import java.net.HttpURLConnection;

/**
 * Retry policy of the receipt store on Azure Blob Storage: the RetryContext carries no headers, so
 * a response listener registered on the operation keeps the last Retry-After, and a throttled 429 or
 * 503 (or a 500) is re-sent after that wait, the back-off being used only when the header is
 * absent.
 */
public class ReceiptBlobPolicyWaitsRetryAfterKeptByResponseListener extends RetryPolicy {

  private static final int MAX_ATTEMPTS = 4;
  private static final int BACKOFF_MS = 3_000;

  private volatile int retryAfterMs = -1;

  /** Registers the listener that keeps the Retry-After of each response of the operation. */
  public OperationContext newOperationContext() {
    OperationContext operation = new OperationContext();
    operation
        .getResponseReceivedEventHandler()
        .addListener(
            new StorageEvent<ResponseReceivedEvent>() {
              @Override
              public void eventOccurred(ResponseReceivedEvent event) {
                HttpURLConnection connection = (HttpURLConnection) event.getConnectionObject();
                String header = connection.getHeaderField("Retry-After");
                // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
                retryAfterMs = header == null ? -1 : Integer.parseInt(header.trim()) * 1_000;
              }
            });
    return operation;
  }

  @Override
  public RetryPolicy createInstance(OperationContext opContext) {
    return this;
  }

  @Override
  public RetryInfo evaluate(RetryContext retryContext, OperationContext operationContext) {
    int status = retryContext.getLastRequestResult().getStatusCode();
    boolean retryable = status == 429 || status == 500 || status == 503;
    if (!retryable || retryContext.getCurrentRetryCount() >= MAX_ATTEMPTS) {
      return null;
    }
    int wait = retryAfterMs >= 0 ? retryAfterMs : BACKOFF_MS * (retryContext.getCurrentRetryCount() + 1);
    RetryInfo info = new RetryInfo(retryContext);
    info.setRetryInterval(wait);
    return info;
  }
}
