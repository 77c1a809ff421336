package imapi.runtime;

import java.util.List;

/**
 * A generated service as the agreement harness sees it: its operations' request decoders and
 * validators, its types' round trips, its envelope and its spec examples.
 */
public interface Service {
    /** The service's wire name ({@code tencent-chat}). */
    String name();

    /**
     * Decodes {@code body} as {@code operation}'s request type and validates it.
     *
     * @throws Json.Error when the body does not decode
     * @throws IllegalArgumentException for an operation the service does not have
     */
    List<Check.Violation> validate(String operation, Object body);

    /** Decodes {@code body} as the operation's request type and writes it back as JSON. */
    Object requestRoundTrip(String operation, Object body);

    /** Decodes a payload as the operation's response type and writes it back as JSON. */
    Object responseRoundTrip(String operation, Object payload);

    /** How an answer is wrapped. */
    Envelope envelope();

    /** Every spec example, each with its request as a typed literal. */
    List<Example> examples();

    /**
     * An answer's envelope: {@code payload} is the field holding the response ({@code Result})
     * or null when the response's fields sit beside {@code fields}; {@code status} and
     * {@code statusOk} the field (a wire path) that says a call succeeded and its value then
     * (null when none); {@code code} the path of the error code, present only on failure when
     * there is no status.
     */
    record Envelope(String payload, List<String> fields, List<String> status, Object statusOk, List<String> code) {}

    /** A spec example: its request as a typed value (null when it has none) and as JSON text,
     * and the whole answer's JSON text (null when none). */
    record Example(String operation, String name, JsonValue request, String requestJson, String responseJson) {}
}
