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

    /** Records this refusal on a form's binding result: next to its field, or on the form when it names none. */
    public void rejectOn(org.springframework.validation.Errors errors) {
        if (field != null) {
            errors.rejectValue(field, getMessage(), args, null);
        } else {
            errors.reject(getMessage(), args, null);
        }
    }

    /**
     * A bound form's step: runs {@code step} when {@code errors} holds none yet; a refusal it raises is recorded on
     * {@code errors} ({@link #rejectOn}). Null when it did not run or was refused.
     */
    public static <T> T whenValid(org.springframework.validation.Errors errors, java.util.function.Supplier<T> step) {
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return step.get();
        } catch (BusinessProblem p) {
            p.rejectOn(errors);
            return null;
        }
    }
}
