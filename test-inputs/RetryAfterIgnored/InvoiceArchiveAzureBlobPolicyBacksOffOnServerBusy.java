package inputs.retryafterignored;

import com.microsoft.azure.storage.OperationContext;
import com.microsoft.azure.storage.RetryContext;
import com.microsoft.azure.storage.RetryInfo;
import com.microsoft.azure.storage.RetryPolicy;
import java.net.HttpURLConnection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry policy of the Azure Blob Storage client that archives issued invoices as PDF blobs: a 500 or
 * a 503 ("ServerBusy") is re-sent up to four times after an exponential back-off with jitter that
 * the policy computes itself, while the throttled response's Retry-After asks for its own wait.
 */
public class InvoiceArchiveAzureBlobPolicyBacksOffOnServerBusy extends RetryPolicy {

  private static final int BASE_DELAY_MS = 2_000;
  private static final int MAX_DELAY_MS = 60_000;

  public InvoiceArchiveAzureBlobPolicyBacksOffOnServerBusy() {
    super(BASE_DELAY_MS, 4);
  }

  @Override
  public RetryPolicy createInstance(OperationContext opContext) {
    return new InvoiceArchiveAzureBlobPolicyBacksOffOnServerBusy();
  }

  @Override
  // BUG: Diagnostic contains: RetryAfterIgnored
  public RetryInfo evaluate(RetryContext retryContext, OperationContext operationContext) {
    if (retryContext.getCurrentRetryCount() >= this.maximumAttempts) {
      return null;
    }
    int status = retryContext.getLastRequestResult().getStatusCode();
    if (status != HttpURLConnection.HTTP_INTERNAL_ERROR
        && status != HttpURLConnection.HTTP_UNAVAILABLE) {
      return null;
    }
    long backoff = (long) (this.deltaBackoffIntervalInMs * Math.pow(2, retryContext.getCurrentRetryCount()));
    long jitter = ThreadLocalRandom.current().nextLong(250);
    RetryInfo info = new RetryInfo(retryContext);
    info.setRetryInterval((int) Math.min(backoff + jitter, MAX_DELAY_MS));
    return info;
  }
}
