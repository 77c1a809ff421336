package imapi.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that the generated Java agrees with the Rust crate (templates/README.md, "Proving a
 * set agrees"): every case of a {@code codegen corpus} file is decoded as its operation's
 * request type and validated, and the violations (path, rule, message, code, order) must be
 * the verdict's; every spec example's typed literal must write the example's JSON, and its
 * request and response JSON must come back unchanged through {@code fromJson} and
 * {@code toJson}. Prints every mismatch; the process exits 1 on any.
 */
public final class Agreement {
    private Agreement() {}

    /** The Rust crate reports at most this many violations of a request. */
    public static final int CAP = 100;

    private final List<String> mismatches = new ArrayList<>();

    /** Runs the corpus at {@code args[0]} (if given) and the examples; exits 1 on a mismatch. */
    public static void main(String[] args, List<Service> services) throws IOException {
        Agreement a = new Agreement();
        Map<String, Service> byName = new LinkedHashMap<>();
        for (Service s : services) {
            byName.put(s.name(), s);
        }
        String corpus = "";
        if (args.length > 0) {
            int cases = a.corpus(Path.of(args[0]), byName);
            corpus = cases + " corpus cases, ";
        }
        int[] examples = a.examples(services);
        for (String m : a.mismatches) {
            System.out.println(m);
        }
        System.out.println(corpus + examples[0] + " example requests and " + examples[1]
                + " example responses checked, " + a.mismatches.size() + " mismatch(es)");
        System.exit(a.mismatches.isEmpty() ? 0 : 1);
    }

    private int corpus(Path file, Map<String, Service> services) throws IOException {
        Map<String, Object> corpus = Json.object(Json.parse(Files.readAllBytes(file)), "the corpus");
        List<?> cases = (List<?>) corpus.get("cases");
        for (Object c : cases) {
            Map<String, Object> one = Json.object(c, "a case");
            String service = (String) one.get("service");
            String operation = (String) one.get("operation");
            String body = (String) one.get("body");
            Map<String, Object> verdict = Json.object(one.get("verdict"), "a verdict");
            String where = service + " " + operation + " " + body;
            Service s = services.get(service);
            if (s == null) {
                mismatches.add("no service " + service + ": " + where);
                continue;
            }
            List<Check.Violation> found;
            try {
                found = s.validate(operation, Json.parse(body));
            } catch (Json.Error e) {
                if (!verdict.containsKey("undecodable")) {
                    mismatches.add("undecodable in Java (" + e.getMessage() + "), decoded by Rust: " + where);
                }
                continue;
            }
            if (verdict.containsKey("undecodable")) {
                mismatches.add("decoded in Java, undecodable in Rust (" + verdict.get("undecodable") + "): " + where);
                continue;
            }
            List<?> expected = (List<?>) verdict.get("violations");
            List<Object> got = new ArrayList<>();
            for (Check.Violation v : found.subList(0, Math.min(CAP, found.size()))) {
                List<Object> row = new ArrayList<>();
                row.add(v.path());
                row.add(v.rule());
                row.add(v.message());
                row.add(v.code());
                got.add(row);
            }
            if (!Json.same(got, expected)) {
                mismatches.add("violations differ on " + where + "\n  Rust: " + Json.write(expected)
                        + "\n  Java: " + Json.write(got));
            }
        }
        return cases.size();
    }

    private int[] examples(List<Service> services) {
        int requests = 0;
        int responses = 0;
        for (Service s : services) {
            for (Service.Example e : s.examples()) {
                String where = s.name() + " " + e.operation() + " example " + e.name();
                if (e.requestJson() != null) {
                    requests++;
                    Object json = Json.parse(e.requestJson());
                    same(where + ": the typed literal", json, e.request().toJson());
                    try {
                        same(where + ": the request through fromJson", json, s.requestRoundTrip(e.operation(), json));
                    } catch (Json.Error err) {
                        mismatches.add(where + ": the request does not decode: " + err.getMessage());
                    }
                }
                if (e.responseJson() != null) {
                    Object payload = payload(s.envelope(), Json.parse(e.responseJson()));
                    if (payload == null) {
                        continue;
                    }
                    responses++;
                    try {
                        same(where + ": the response through fromJson", payload, s.responseRoundTrip(e.operation(), payload));
                    } catch (Json.Error err) {
                        mismatches.add(where + ": the response does not decode: " + err.getMessage());
                    }
                }
            }
        }
        return new int[] {requests, responses};
    }

    /**
     * The response inside a whole answer: the payload field's value, or the answer without
     * the envelope's fields when the response sits beside them; null for a failed call.
     */
    static Object payload(Service.Envelope envelope, Object answer) {
        Map<String, Object> body = Json.object(answer, "the answer");
        if (envelope.status() != null) {
            if (!Json.same(at(body, envelope.status()), envelope.statusOk())) {
                return null;
            }
        } else if (envelope.code() != null && at(body, envelope.code()) != null) {
            return null;
        }
        if (envelope.payload() != null) {
            return body.get(envelope.payload());
        }
        Map<String, Object> out = new LinkedHashMap<>(body);
        for (String f : envelope.fields()) {
            out.remove(f);
        }
        return out;
    }

    private static Object at(Map<String, Object> body, List<String> path) {
        Object v = body;
        for (String name : path) {
            if (!(v instanceof Map)) {
                return null;
            }
            v = ((Map<?, ?>) v).get(name);
        }
        return v;
    }

    private void same(String what, Object expected, Object got) {
        if (!Json.same(expected, got)) {
            mismatches.add(what + " differs:\n  expected: " + Json.write(expected) + "\n  got:      " + Json.write(got));
        }
    }
}
