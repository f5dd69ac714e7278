package id.merit.shared;

/** A record that does not exist (HTTP 404). {@code messageKey} is shown to users; {@code args} fill it in. */
public class NotFoundProblem extends RuntimeException {
    private final transient Object[] args;

    public NotFoundProblem(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
