package inputs.nonretryableerrorretried;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Query;

/**
 * Imports received supplier invoices page by page. A page the server refuses is skipped (the next
 * one is asked for), an expired token is refreshed before the one re-send, and a busy server is
 * asked again after its Retry-After.
 */
public class SupplierInvoicesRetrofitCallbackSkipsFailedPageAndRefreshesToken {

  interface ReceivedDocumentsService {
    @GET("received_documents")
    Call<List<String>> list(@Header("Authorization") String bearer, @Query("page") int page);
  }

  interface TokenStore {
    String accessToken();

    void refreshAccessToken();
  }

  private static final int LAST_PAGE = 50;

  private final ReceivedDocumentsService service;
  private final TokenStore tokens;
  private final ScheduledExecutorService scheduler;

  public SupplierInvoicesRetrofitCallbackSkipsFailedPageAndRefreshesToken(
      ReceivedDocumentsService service, TokenStore tokens, ScheduledExecutorService scheduler) {
    this.service = service;
    this.tokens = tokens;
    this.scheduler = scheduler;
  }

  public void importFrom(int page) {
    service
        .list("Bearer " + tokens.accessToken(), page)
        .enqueue(
            new Callback<List<String>>() {
              @Override
              public void onResponse(Call<List<String>> call, Response<List<String>> response) {
                int code = response.code();
                if (code == 401) {
                  tokens.refreshAccessToken();
                  importFrom(page);
                  return;
                }
                if (code == 503) {
                  String retryAfter = response.headers().get("Retry-After");
                  // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
                  long seconds = retryAfter == null ? 60 : Long.parseLong(retryAfter.trim());
                  scheduler.schedule(() -> call.clone().enqueue(this), seconds, TimeUnit.SECONDS);
                  return;
                }
                if (response.isSuccessful()) {
                  store(response.body());
                }
                if (page < LAST_PAGE) {
                  // a refused page is skipped: the next page is another request
                  importFrom(page + 1);
                }
              }

              @Override
              public void onFailure(Call<List<String>> call, Throwable t) {
                call.clone().enqueue(this);
              }
            });
  }

  private void store(List<String> documents) {
    documents.forEach(System.out::println);
  }
}
