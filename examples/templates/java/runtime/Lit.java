package imapi.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What typed literals need beyond the JDK: a map that keeps its entries' order. */
public final class Lit {
    private Lit() {}

    /** One entry of {@link #map}; its value may be null. */
    public static <V> Map.Entry<String, V> e(String key, V value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    /** An unmodifiable map of {@code entries}, in their order. */
    @SafeVarargs
    public static <V> Map<String, V> map(Map.Entry<String, V>... entries) {
        Map<String, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : entries) {
            out.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(out);
    }
}
