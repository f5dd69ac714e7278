package id.merit.shared;

/** A refusal by a business rule, shown as a message (HTTP 422 on the API). */
public class BusinessProblem extends RuntimeException {
    private final transient Object[] args;
    private final String field;

    public BusinessProblem(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
