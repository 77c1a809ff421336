package imapi.runtime;

/** A generated type: written as JSON by {@link #toJson()} (plain maps, lists and scalars). */
public interface JsonValue {
    /** The value as JSON: objects as ordered maps with the spec's wire names. */
    Object toJson();
}
