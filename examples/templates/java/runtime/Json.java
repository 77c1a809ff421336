package imapi.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * JSON without a library: a strict reader (RFC 8259, UTF-8 only, no lone surrogates) whose
 * objects keep their keys' order ({@link LinkedHashMap}; a repeated key keeps its first place
 * and its last value) and whose numbers stay exact ({@link Long}, else {@link BigInteger} for
 * integers; {@link BigDecimal} for the others), a compact writer, the typed decoders the
 * generated {@code fromJson} methods call, and equality of JSON values.
 */
public final class Json {
    private Json() {}

    /** A JSON text that is not valid, or a value that does not fit the type asked for. */
    public static final class Error extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The error at {@code at} (a wire path, or a position in the text). */
        public Error(String at, String what) {
            super((at.isEmpty() ? "the value" : at) + ": " + what);
        }
    }

    // ---- reading -------------------------------------------------------------------------

    /** Parses UTF-8 bytes, refusing malformed UTF-8. */
    public static Object parse(byte[] utf8) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new Error("", "not UTF-8: " + e.getMessage());
        }
    }

    /** Parses one JSON value, with nothing but whitespace around it. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        r.space();
        Object value = r.value(0);
        r.space();
        if (r.at < text.length()) {
            throw r.error("trailing characters");
        }
        return value;
    }

    private static final class Reader {
        final String s;
        int at;

        Reader(String s) {
            this.s = s;
        }

        Error error(String what) {
            return new Error("offset " + at, what);
        }

        void space() {
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    at++;
                } else {
                    break;
                }
            }
        }

        void expect(String word) {
            if (!s.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
        }

        Object value(int depth) {
            if (depth > 256) {
                throw error("nested too deep");
            }
            if (at >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(at);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    expect("true");
                    return Boolean.TRUE;
                case 'f':
                    expect("false");
                    return Boolean.FALSE;
                case 'n':
                    expect("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected character");
            }
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> out = new LinkedHashMap<>();
            at++;
            space();
            if (at < s.length() && s.charAt(at) == '}') {
                at++;
                return out;
            }
            while (true) {
                space();
                if (at >= s.length() || s.charAt(at) != '"') {
                    throw error("expected a key");
                }
                String key = string();
                space();
                expect(":");
                space();
                out.put(key, value(depth + 1));
                space();
                if (at < s.length() && s.charAt(at) == ',') {
                    at++;
                } else if (at < s.length() && s.charAt(at) == '}') {
                    at++;
                    return out;
                } else {
                    throw error("expected , or }");
                }
            }
        }

        List<Object> array(int depth) {
            List<Object> out = new ArrayList<>();
            at++;
            space();
            if (at < s.length() && s.charAt(at) == ']') {
                at++;
                return out;
            }
            while (true) {
                space();
                out.add(value(depth + 1));
                space();
                if (at < s.length() && s.charAt(at) == ',') {
                    at++;
                } else if (at < s.length() && s.charAt(at) == ']') {
                    at++;
                    return out;
                } else {
                    throw error("expected , or ]");
                }
            }
        }

        int hex4() {
            if (at + 4 > s.length()) {
                throw error("short \\u escape");
            }
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(at + i), 16);
                if (d < 0) {
                    throw error("bad \\u escape");
                }
                v = v * 16 + d;
            }
            at += 4;
            return v;
        }

        String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return out.toString();
                } else if (c < 0x20) {
                    throw error("control character in a string");
                } else if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"': out.append('"'); break;
                    case '\\': out.append('\\'); break;
                    case '/': out.append('/'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'u': {
                        int unit = hex4();
                        if (Character.isHighSurrogate((char) unit)) {
                            if (!s.startsWith("\\u", at)) {
                                throw error("lone leading surrogate");
                            }
                            at += 2;
                            int low = hex4();
                            if (!Character.isLowSurrogate((char) low)) {
                                throw error("lone leading surrogate");
                            }
                            out.append((char) unit).append((char) low);
                        } else if (Character.isLowSurrogate((char) unit)) {
                            throw error("lone trailing surrogate");
                        } else {
                            out.append((char) unit);
                        }
                        break;
                    }
                    default:
                        throw error("bad escape");
                }
            }
        }

        Object number() {
            int start = at;
            if (s.charAt(at) == '-') {
                at++;
            }
            if (at >= s.length()) {
                throw error("bad number");
            }
            if (s.charAt(at) == '0') {
                at++;
            } else if (s.charAt(at) >= '1' && s.charAt(at) <= '9') {
                digits();
            } else {
                throw error("bad number");
            }
            boolean integer = true;
            if (at < s.length() && s.charAt(at) == '.') {
                at++;
                integer = false;
                if (digits() == 0) {
                    throw error("bad fraction");
                }
            }
            if (at < s.length() && (s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
                at++;
                integer = false;
                if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
                    at++;
                }
                if (digits() == 0) {
                    throw error("bad exponent");
                }
            }
            String text = s.substring(start, at);
            if (!integer) {
                return new BigDecimal(text);
            }
            BigInteger big = new BigInteger(text);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        int digits() {
            int n = 0;
            while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                at++;
                n++;
            }
            return n;
        }
    }

    // ---- writing -------------------------------------------------------------------------

    /** Compact JSON text of a value (maps, lists, strings, numbers, booleans, null, records). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        Object v = encode(value);
        if (v == null) {
            out.append("null");
        } else if (v instanceof String) {
            quote(out, (String) v);
        } else if (v instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, (String) e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) v) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else if (v instanceof BigDecimal) {
            out.append(((BigDecimal) v).toString());
        } else {
            out.append(v.toString());
        }
    }

    /** A string as JSON writes it: {@code "}, {@code \} and control characters escaped. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder();
        quote(out, s);
        return out.toString();
    }

    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            escape(out, s.charAt(i));
        }
        out.append('"');
    }

    static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
        }
    }

    /**
     * A value as plain JSON values: a generated type by its {@code toJson()}, lists and maps
     * item by item, anything else as it is.
     */
    public static Object encode(Object value) {
        if (value instanceof JsonValue) {
            return ((JsonValue) value).toJson();
        } else if (value instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) value) {
                out.add(encode(item));
            }
            return out;
        } else if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.put((String) e.getKey(), encode(e.getValue()));
            }
            return out;
        }
        return value;
    }

    /** Puts {@code value} encoded under {@code key} unless it is null (absent). */
    public static void put(Map<String, Object> object, String key, Object value) {
        if (value != null) {
            object.put(key, encode(value));
        }
    }

    // ---- equality ------------------------------------------------------------------------

    /**
     * Whether two JSON values are the same value: numbers by their value (a double against the
     * double nearest the other), objects whatever their keys' order, lists item by item.
     */
    public static boolean same(Object a, Object b) {
        a = encode(a);
        b = encode(b);
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number && b instanceof Number) {
            if (a instanceof Double || b instanceof Double) {
                return ((Number) a).doubleValue() == ((Number) b).doubleValue();
            }
            return decimal((Number) a).compareTo(decimal((Number) b)) == 0;
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A number as a {@link BigDecimal} (a double exactly). */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        } else if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        } else if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    // ---- typed decoding (null stays null: absent) ----------------------------------------

    /** A JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object v, String at) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw new Error(at, "expected an object");
    }

    /** The wire path of a field of the object at {@code at}. */
    public static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    /** {@code value}, which must not be null: a required field. */
    public static <T> T required(T value, String at) {
        if (value == null) {
            throw new Error(at, "missing field");
        }
        return value;
    }

    public static Boolean bool(Object v, String at) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new Error(at, "expected a boolean");
    }

    public static String string(Object v, String at) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new Error(at, "expected a string");
    }

    private static BigInteger integer(Object v, String at) {
        if (v instanceof Long) {
            return BigInteger.valueOf((Long) v);
        } else if (v instanceof BigInteger) {
            return (BigInteger) v;
        }
        throw new Error(at, "expected an integer");
    }

    private static BigInteger ranged(Object v, String at, BigInteger min, BigInteger max) {
        BigInteger n = integer(v, at);
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw new Error(at, "integer out of range: " + n);
        }
        return n;
    }

    private static final BigInteger U32_MAX = BigInteger.valueOf(4294967295L);
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public static Integer i32(Object v, String at) {
        if (v == null) {
            return null;
        }
        return ranged(v, at, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    public static Long i64(Object v, String at) {
        if (v == null) {
            return null;
        }
        return ranged(v, at, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    public static Long u32(Object v, String at) {
        if (v == null) {
            return null;
        }
        return ranged(v, at, BigInteger.ZERO, U32_MAX).longValue();
    }

    public static BigInteger u64(Object v, String at) {
        if (v == null) {
            return null;
        }
        return ranged(v, at, BigInteger.ZERO, U64_MAX);
    }

    public static Double f64(Object v, String at) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal) {
            double d = Double.parseDouble(v.toString());
            if (Double.isInfinite(d)) {
                throw new Error(at, "number out of range");
            }
            return d;
        } else if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        throw new Error(at, "expected a number");
    }

    /** A list, each item decoded by {@code item} (given the item and its path). */
    public static <T> List<T> list(Object v, String at, BiFunction<Object, String, T> item) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List)) {
            throw new Error(at, "expected an array");
        }
        List<?> in = (List<?>) v;
        List<T> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            String path = at + "[" + i + "]";
            out.add(required(item.apply(in.get(i), path), path));
        }
        return Collections.unmodifiableList(out);
    }

    /** A list whose items may be null. */
    public static <T> List<T> nullableList(Object v, String at, BiFunction<Object, String, T> item) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List)) {
            throw new Error(at, "expected an array");
        }
        List<?> in = (List<?>) v;
        List<T> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(item.apply(in.get(i), at + "[" + i + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    /** A map with string keys, in the order they arrived, each value decoded by {@code value}. */
    public static <T> Map<String, T> map(Object v, String at, boolean nullable, BiFunction<Object, String, T> value) {
        if (v == null) {
            return null;
        }
        Map<String, Object> in = object(v, at);
        Map<String, T> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            String path = Check.key(at, e.getKey());
            T decoded = value.apply(e.getValue(), path);
            out.put(e.getKey(), nullable ? decoded : required(decoded, path));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Any JSON value, kept as it is (an unknown union variant's content). */
    public static Object any(Object v, String at) {
        return v;
    }
}
