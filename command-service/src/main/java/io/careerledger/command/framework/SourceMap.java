package io.careerledger.command.framework;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the elements of a read document came from: the path of every record the reader built, and the
 * line of every path, so that the validator can point at the YAML a person has to fix.
 */
final class SourceMap {

    private final Map<Object, String> paths = new IdentityHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    void element(Object element, String path) {
        paths.put(element, path);
    }

    void line(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** The path of a record built by the reader; by identity, since equal records may sit in two places. */
    String pathOf(Object element) {
        String path = paths.get(element);
        if (path == null) {
            throw new IllegalArgumentException("not read from this document: " + element);
        }
        return path;
    }

    /** The line of a path, or of its nearest ancestor when the path itself is absent (a missing field). */
    int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = parent(current);
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
