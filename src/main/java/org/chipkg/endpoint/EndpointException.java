package org.chipkg.endpoint;

import org.chipkg.model.ChipKgException;

/** The SPARQL server could not be configured or started. */
public class EndpointException extends ChipKgException {
  public EndpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
