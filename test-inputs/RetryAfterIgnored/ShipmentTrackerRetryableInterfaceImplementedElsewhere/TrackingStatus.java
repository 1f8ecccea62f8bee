package inputs.retryafterignored.retryableinterface;

/** Where a parcel is, as the carrier reports it. */
public record TrackingStatus(String trackingNumber, String state, String location) {}
