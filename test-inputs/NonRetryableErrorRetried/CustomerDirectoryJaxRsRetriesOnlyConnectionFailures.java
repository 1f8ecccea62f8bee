package inputs.nonretryableerrorretried;

import java.util.Optional;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;

/** Looks up customers for invoice headers; only a failed connection is tried again. */
public class CustomerDirectoryJaxRsRetriesOnlyConnectionFailures {

  private static final int MAX_ATTEMPTS = 3;

  /** A customer of the directory. */
  public static class Customer {
    public String id;
    public String legalName;
    public String vatNumber;
  }

  private final WebTarget customers;

  public CustomerDirectoryJaxRsRetriesOnlyConnectionFailures(Client client, String baseUrl) {
    this.customers = client.target(baseUrl).path("customers");
  }

  public Optional<Customer> customer(String id) throws InterruptedException {
    ProcessingException lastFailure = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        Customer found =
            customers.path(id).request().accept(MediaType.APPLICATION_JSON).get(Customer.class);
        return Optional.ofNullable(found);
      } catch (NotFoundException e) {
        return Optional.empty();
      } catch (WebApplicationException e) {
        throw new IllegalStateException(
            "customer directory answered " + e.getResponse().getStatus() + " for " + id, e);
      } catch (ProcessingException e) {
        lastFailure = e;
        Thread.sleep(250L * (attempt + 1));
      }
    }
    throw lastFailure;
  }
}
