package org.chipkg.model;

/** The one unchecked exception type of ChipKG; subsystems throw subclasses of it. */
public class ChipKgException extends RuntimeException {
  public ChipKgException(String message) {
    super(message);
  }

  public ChipKgException(String message, Throwable cause) {
    super(message, cause);
  }
}
