package inputs.retryafterignored.inheritedstatuses;

/** The HTTP statuses the archive client tells apart. */
interface HttpStatusCodes {
  int OK = 200;
  int NOT_MODIFIED = 304;
  int BAD_REQUEST = 400;
  int NOT_FOUND = 404;
  int INTERNAL_SERVER_ERROR = 500;
}
