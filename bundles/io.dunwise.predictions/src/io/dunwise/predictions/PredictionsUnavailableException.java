package io.dunwise.predictions;

/** The payment history is too short to learn from, with what it lacks. */
public class PredictionsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PredictionsUnavailableException(String message) {
        super(message);
    }
}
