package imapi.runtime;

/** A generated type that checks itself against the spec's limits. */
public interface Validated extends JsonValue {
    /** Reports each violation of this value, which is at {@code path} ("" for a request). */
    void validate(Check check, String path);
}
