package parityinputs;

import com.google.common.util.concurrent.Uninterruptibles;
import feign.FeignException;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.ApiResponse;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.GetIssuedDocumentResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpStatus;

/** OkHttp Call.clone().execute(), LockSupport, Apache HttpClient 5 with HttpStatus.SC_*, Guava Uninterruptibles, FIC *WithHttpInfo, Feign exceptions. */
public class Libraries {
  private final OkHttpClient ok = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(3)).build();
  private final CloseableHttpClient apache = HttpClients.createDefault();
  private final IssuedDocumentsApi documents = new IssuedDocumentsApi(new ApiClient());

  public String okhttp(Request request) throws IOException {
    Call call = ok.newCall(request);
    for (int i = 0; i < 3; i++) {
      try (Response response = call.clone().execute()) {
        if (response.code() == 503) {
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          LockSupport.parkNanos(1_000_000L);
          continue;
        }
        return response.body().string();
      }
    }
    return null;
  }

  @SuppressWarnings("deprecation")
  public int apacheClient() throws IOException {
    for (int i = 0; i < 3; i++) {
      try (CloseableHttpResponse response = apache.execute(new HttpGet("http://x"))) {
        if (response.getCode() == HttpStatus.SC_TOO_MANY_REQUESTS) {
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          Uninterruptibles.sleepUninterruptibly(1, TimeUnit.SECONDS);
          continue;
        }
        return response.getCode();
      }
    }
    return -1;
  }

  public GetIssuedDocumentResponse withHttpInfo(int id) throws ApiException {
    while (true) {
      ApiResponse<GetIssuedDocumentResponse> response = documents.getIssuedDocumentWithHttpInfo(1, id, null, null);
      if (response.getStatusCode() == 200) {
        return response.getData();
      }
    }
  }

  public void feign(Runnable remote) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      try {
        remote.run();
        return;
      } catch (FeignException.TooManyRequests e) {
        Thread.sleep(100);
      } catch (FeignException e) {
        if (e.status() == 503) {
          Thread.sleep(100);
        }
      }
    }
  }
}
