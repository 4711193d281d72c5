package io.dunwise.plugins;

/** A plug-in could not be installed or removed; the message says why, and the installation is unchanged. */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
