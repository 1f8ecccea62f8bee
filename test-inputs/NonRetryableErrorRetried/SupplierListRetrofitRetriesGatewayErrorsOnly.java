package inputs.nonretryableerrorretried;

import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Reads the supplier list for the purchase-order form through a Retrofit service. */
public class SupplierListRetrofitRetriesGatewayErrorsOnly {

  public interface SuppliersService {
    @GET("c/{companyId}/entities/suppliers")
    Call<String> list(@Path("companyId") int companyId);
  }

  private final SuppliersService service;

  public SupplierListRetrofitRetriesGatewayErrorsOnly(SuppliersService service) {
    this.service = service;
  }

  public String suppliers(int companyId) throws IOException, InterruptedException {
    Call<String> call = service.list(companyId);
    for (int attempt = 1; ; attempt++) {
      Response<String> response = call.clone().execute();
      if (response.isSuccessful()) {
        return response.body();
      }
      int code = response.code();
      boolean gateway = code == 502 || code == 504;
      if (!gateway || attempt == 3) {
        throw new IOException("suppliers: HTTP " + code + " " + response.errorBody().string());
      }
      Thread.sleep(1_000L * attempt);
    }
  }
}
