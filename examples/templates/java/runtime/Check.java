package imapi.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the generated validators report to, and the wording they share: the validators'
 * contract of templates/README.md (paths, messages, the 64-scalar cut of quoted values, how
 * numbers print, map keys in code point order). The generated {@code validate} methods decide
 * what to check and in which order; this class only words and collects.
 */
public final class Check {
    /** One violation: the wire path ("" for the request itself), the rule, the message and
     * the documented error code (null when none). */
    public record Violation(String path, String rule, String message, String code) {}

    private final List<Violation> found = new ArrayList<>();

    /** The violations reported so far, in order. */
    public List<Violation> violations() {
        return Collections.unmodifiableList(found);
    }

    /** Validates a value of a generated type at the root: its violations, in order. */
    public static List<Violation> run(Validated value) {
        Check c = new Check();
        value.validate(c, "");
        return c.violations();
    }

    /** Reports {@code rule} at {@code path}: "<subject> <words>[, found <found>]". */
    public void add(String path, String rule, String words, String found, String code) {
        String subject = path.isEmpty() ? "the request" : path;
        String message = subject + " " + words + (found == null ? "" : ", found " + found);
        this.found.add(new Violation(path, rule, message, code));
    }

    // ---- paths ---------------------------------------------------------------------------

    /** The path of a field (by wire name) of the value at {@code path}. */
    public static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of a list's item. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The path of a map's entry: {@code .key} for plain ASCII keys, else {@code ["key"]}. */
    public static String key(String path, String key) {
        boolean plain = !key.isEmpty();
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-';
        }
        return plain ? path + "." + key : path + "[" + Json.quote(key) + "]";
    }

    /** A map's keys sorted by their Unicode scalar values (UTF-8 byte order), not UTF-16's. */
    public static List<String> sortedKeys(Map<String, ?> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Check::compareCodePoints);
        return keys;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // ---- values in messages --------------------------------------------------------------

    /** How many Unicode scalar values a quoted value shows before it is cut. */
    public static final int QUOTED = 64;

    /**
     * A value quoted in a message: its JSON text; a string of more than 64 scalar values is
     * quoted up to the 64th and followed by "…" after its closing quote; any other value's
     * JSON text is cut after 64 scalar values the same way.
     */
    public static String quoted(Object value) {
        Object v = Json.encode(value);
        if (v instanceof String) {
            String s = (String) v;
            if (s.codePointCount(0, s.length()) <= QUOTED) {
                return Json.quote(s);
            }
            return Json.quote(s.substring(0, s.offsetByCodePoints(0, QUOTED))) + "…";
        }
        String text = v instanceof Number ? number((Number) v) : Json.write(v);
        if (text.codePointCount(0, text.length()) <= QUOTED) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED)) + "…";
    }

    /**
     * A number as the messages write it: integers in decimal; a double as the shortest text
     * that reads back as it, never with an exponent (Rust's {@code Display}).
     */
    public static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == 0) {
                return (1 / d < 0) ? "-0" : "0";
            }
            BigDecimal exact = new BigDecimal(d);
            for (int digits = 1; digits <= 17; digits++) {
                BigDecimal shorter = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
                if (shorter.doubleValue() == d) {
                    return shorter.stripTrailingZeros().toPlainString();
                }
            }
            return exact.toPlainString();
        }
        if (n instanceof BigDecimal) {
            return ((BigDecimal) n).stripTrailingZeros().toPlainString();
        }
        if (n instanceof BigInteger) {
            return n.toString();
        }
        return Long.toString(n.longValue());
    }

    // ---- limits --------------------------------------------------------------------------

    /**
     * {@code minimum} and {@code maximum} (each null when not set, as their decimal text),
     * with the values {@code alsoAllowed} lets through either way; one violation at most.
     */
    public void range(String path, Number value, String minimum, String maximum, String[] alsoAllowed, String code) {
        BigDecimal v = Json.decimal(value);
        for (String allowed : alsoAllowed) {
            if (v.compareTo(new BigDecimal(allowed)) == 0) {
                return;
            }
        }
        String also = "";
        if (alsoAllowed.length > 0) {
            List<String> texts = new ArrayList<>();
            for (String a : alsoAllowed) {
                texts.add(number(new BigDecimal(a)));
            }
            also = " (or exactly " + String.join(" or ", texts) + ")";
        }
        if (minimum != null && v.compareTo(new BigDecimal(minimum)) < 0) {
            add(path, "minimum", "must be at least " + number(new BigDecimal(minimum)) + also, number(value), code);
        } else if (maximum != null && v.compareTo(new BigDecimal(maximum)) > 0) {
            add(path, "maximum", "must be at most " + number(new BigDecimal(maximum)) + also, number(value), code);
        }
    }

    /** {@code min_length} and {@code max_length} (null when not set), counted in Unicode
     * scalar values, or in UTF-8 bytes when {@code bytes}; one violation at most. */
    public void length(String path, String value, Long min, Long max, boolean bytes, String code) {
        long n = bytes ? value.getBytes(StandardCharsets.UTF_8).length : value.codePointCount(0, value.length());
        String unit = bytes ? "bytes" : "characters";
        if (min != null && n < min) {
            add(path, "min_length", "must be at least " + min + " " + unit + " long", n + " " + unit, code);
        } else if (max != null && n > max) {
            add(path, "max_length", "must be at most " + max + " " + unit + " long", n + " " + unit, code);
        }
    }

    /** {@code min_items} and {@code max_items} (null when not set); one violation at most. */
    public void count(String path, int n, Long min, Long max, String code) {
        if (min != null && n < min) {
            add(path, "min_items", "must have at least " + min + " items", n + " items", code);
        } else if (max != null && n > max) {
            add(path, "max_items", "must have at most " + max + " items", n + " items", code);
        }
    }

    /** {@code unique_items}: each repeat at its own index, naming the first. */
    public void unique(String path, List<?> items, String code) {
        for (int i = 1; i < items.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Json.same(items.get(i), items.get(j))) {
                    add(index(path, i), "unique_items", "must not repeat item [" + j + "]", quoted(items.get(i)), code);
                    break;
                }
            }
        }
    }

    /** The rule {@code enum}: {@code value} is not one of {@code allowed} (already joined). */
    public void notOneOf(String path, Object value, String allowed, String code) {
        add(path, "enum", "must be one of " + allowed, quoted(value), code);
    }

    /** {@code at_least_one_of}: {@code names} (wire names or paths) and whether each is present. */
    public void atLeastOne(String path, String[] names, boolean[] present, String code) {
        for (boolean p : present) {
            if (p) {
                return;
            }
        }
        add(path, "at_least_one_of", "must have at least one of " + String.join(", ", names), null, code);
    }

    /** {@code mutually_exclusive}: more than one of {@code names} present. */
    public void atMostOne(String path, String[] names, boolean[] present, String code) {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (present[i]) {
                sent.add(names[i]);
            }
        }
        if (sent.size() > 1) {
            add(path, "mutually_exclusive", "must have at most one of " + String.join(", ", names),
                    String.join(" and ", sent), code);
        }
    }

    /** {@code required_when}: {@code field} absent while {@code condition} holds. */
    public void requiredWhen(String path, String field, String condition, boolean holds, boolean present, String code) {
        if (holds && !present) {
            add(path, "required_when", "must have " + field + " when " + condition, null, code);
        }
    }

    /** {@code forbidden_when}: {@code field} sent while {@code condition} holds. */
    public void forbiddenWhen(String path, String field, String condition, boolean holds, boolean present, String code) {
        if (holds && present) {
            add(path, "forbidden_when", "must not have " + field + " when " + condition, null, code);
        }
    }

    /** {@code required} (a field required in requests only): absent or null. */
    public void required(String path, Object value) {
        if (value == null) {
            add(path, "required", "must be present", null, null);
        }
    }

    /** Whether {@code value} is one of {@code values} (as JSON values). */
    public static boolean isOneOf(Object value, Object[] values) {
        for (Object v : values) {
            if (Json.same(value, v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a condition with a value holds: the value at the path is present and equals it. */
    public static boolean equalsAt(Object value, Object expected) {
        return value != null && Json.same(value, expected);
    }
}
