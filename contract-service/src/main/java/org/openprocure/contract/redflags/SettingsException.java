package org.openprocure.contract.redflags;

/** A settings file that cannot be understood; the message names the offending line. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
