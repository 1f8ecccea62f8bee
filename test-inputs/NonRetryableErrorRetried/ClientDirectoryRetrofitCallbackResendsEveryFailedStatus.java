package inputs.nonretryableerrorretried;

import java.util.List;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Mirrors the customer directory of an invoicing account into the local address book. */
public class ClientDirectoryRetrofitCallbackResendsEveryFailedStatus {

  interface ClientsService {
    @GET("c/{companyId}/entities/clients")
    Call<List<String>> listClients(@Path("companyId") int companyId, @Query("page") int page);
  }

  interface Listener {
    void onClients(List<String> clients);

    void onGiveUp(String reason);
  }

  private static final int MAX_ATTEMPTS = 3;

  private final ClientsService service;
  private final Listener listener;

  public ClientDirectoryRetrofitCallbackResendsEveryFailedStatus(
      ClientsService service, Listener listener) {
    this.service = service;
    this.listener = listener;
  }

  public void load(int companyId, int page, int attempt) {
    service
        .listClients(companyId, page)
        .enqueue(
            new Callback<List<String>>() {
              @Override
              public void onResponse(Call<List<String>> call, Response<List<String>> response) {
                if (response.isSuccessful()) {
                  listener.onClients(response.body());
                } else if (attempt < MAX_ATTEMPTS) {
                  // BUG: Diagnostic contains: NonRetryableErrorRetried
                  // BUG: Diagnostic contains: RetryAfterIgnored
                  // BUG: Diagnostic contains: RetryWithoutBackoff
                  load(companyId, page, attempt + 1);
                } else {
                  listener.onGiveUp("HTTP " + response.code());
                }
              }

              @Override
              public void onFailure(Call<List<String>> call, Throwable t) {
                listener.onGiveUp(t.getMessage());
              }
            });
  }
}
