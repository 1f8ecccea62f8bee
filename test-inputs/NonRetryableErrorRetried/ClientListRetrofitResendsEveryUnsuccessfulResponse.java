package inputs.nonretryableerrorretried;

import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Pages through the company's clients for the CRM export through a Retrofit service. */
public class ClientListRetrofitResendsEveryUnsuccessfulResponse {

  public interface ClientsService {
    @GET("c/{companyId}/entities/clients")
    Call<String> list(@Path("companyId") int companyId, @Query("page") int page);
  }

  private final ClientsService service;

  public ClientListRetrofitResendsEveryUnsuccessfulResponse(ClientsService service) {
    this.service = service;
  }

  public String page(int companyId, int page) throws IOException, InterruptedException {
    Call<String> call = service.list(companyId, page);
    for (int attempt = 1; attempt <= 3; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      Response<String> response = call.clone().execute();
      if (response.isSuccessful()) {
        return response.body();
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(500L * attempt);
    }
    throw new IOException("clients page " + page + " could not be read");
  }
}
