package io.careerledger.command.framework;

import static io.careerledger.command.framework.FrameworkViolation.INVALID_TEXT;
import static io.careerledger.command.framework.FrameworkViolation.INVALID_VALUE;
import static io.careerledger.command.framework.FrameworkViolation.MISSING_FIELD;
import static io.careerledger.command.framework.FrameworkViolation.UNKNOWN_FIELD;
import static io.careerledger.command.framework.FrameworkViolation.WRONG_TYPE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import io.careerledger.support.input.PlainText;
import io.careerledger.events.Limits;

/**
 * Typed, located access to one YAML mapping of the document. Instead of throwing, every accessor reports
 * a missing field or a wrong type as a violation and returns {@code null} (or an empty list), so that
 * reading goes on and the person sees every problem at once.
 */
final class YamlMapping {

    private final String path;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final SourceMap source;
    private final Violations violations;

    private YamlMapping(MappingNode node, String path, List<String> knownKeys, SourceMap source, Violations violations) {
        this.path = path;
        this.source = source;
        this.violations = violations;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            String keyPath = SourceMap.child(path, String.valueOf(key));
            int line = lineOf(tuple.getKeyNode());
            source.line(keyPath, line);
            if (key == null || fields.containsKey(key)) {
                violations.add(FrameworkViolation.MALFORMED_DOCUMENT, keyPath, line,
                        key == null ? "Keys must be plain names." : "'" + key + "' appears twice.");
            } else if (!knownKeys.isEmpty() && !knownKeys.contains(key)) {
                violations.add(UNKNOWN_FIELD, keyPath, "Unknown field '" + key + "'; expected one of " + String.join(", ", knownKeys) + ".");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
    }

    /**
     * The mapping at {@code node}, or {@code null} (reported) when the node is not a mapping.
     * {@code knownKeys} lists the fields allowed, in the order to suggest them; empty allows any key
     * (a map keyed by ids, like expectations).
     */
    static YamlMapping of(Node node, String path, List<String> knownKeys, SourceMap source, Violations violations) {
        source.line(path, lineOf(node));
        if (node instanceof MappingNode mapping) {
            return new YamlMapping(mapping, path, knownKeys, source, violations);
        }
        violations.add(WRONG_TYPE, path, "Expected a mapping of fields here.");
        return null;
    }

    String path(String key) {
        return SourceMap.child(path, key);
    }

    /** The text at {@code key}: {@link PlainText}, at most {@code maxLength} long (see {@link Limits}). */
    String text(String key, boolean required, int maxLength) {
        ScalarNode scalar = scalar(key, required, "text");
        return scalar == null ? null : checked(path(key), "'" + key + "'", scalar.getValue().strip(), maxLength);
    }

    Integer integer(String key, boolean required) {
        ScalarNode scalar = scalar(key, required, "a whole number");
        if (scalar == null) {
            return null;
        }
        try {
            return Integer.valueOf(scalar.getValue().strip());
        } catch (NumberFormatException e) {
            violations.add(WRONG_TYPE, path(key), "'" + key + "' must be a whole number, not '" + scalar.getValue() + "'.");
            return null;
        }
    }

    boolean flag(String key, boolean absent) {
        ScalarNode scalar = scalar(key, false, "true or false");
        if (scalar == null) {
            return absent;
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase());
        }
        violations.add(WRONG_TYPE, path(key), "'" + key + "' must be true or false, not '" + scalar.getValue() + "'.");
        return absent;
    }

    /** The items of a list of mappings; {@code read} returns {@code null} for an item it could not read. */
    <T> List<T> list(String key, boolean required, List<String> knownKeys, Function<YamlMapping, T> read) {
        List<T> items = new ArrayList<>();
        List<Node> nodes = sequence(key, required);
        for (int i = 0; i < nodes.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            YamlMapping item = of(nodes.get(i), itemPath, knownKeys, source, violations);
            T value = item == null ? null : read.apply(item);
            if (value != null) {
                source.element(value, itemPath);
                items.add(value);
            }
        }
        return items;
    }

    List<String> texts(String key, boolean required, int maxLength) {
        List<String> texts = new ArrayList<>();
        List<Node> nodes = sequence(key, required);
        for (int i = 0; i < nodes.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            source.line(itemPath, lineOf(nodes.get(i)));
            if (nodes.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
                texts.add(checked(itemPath, "Entry " + i + " of '" + key + "'", scalar.getValue().strip(), maxLength));
            } else {
                violations.add(WRONG_TYPE, itemPath, "Expected a name here.");
            }
        }
        return texts;
    }

    /** A mapping of names to whole numbers, e.g. competency → proficiency, in document order. */
    Map<String, Integer> numbersByName(String key, boolean required) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                missing(key);
            }
            return numbers;
        }
        YamlMapping mapping = of(node, path(key), List.of(), source, violations);
        if (mapping != null) {
            mapping.fields.keySet().forEach(name -> {
                checked(mapping.path(name), "The name '" + name + "'", name, Limits.ID);
                Integer number = mapping.integer(name, true);
                if (number != null) {
                    numbers.put(name, number);
                }
            });
        }
        return numbers;
    }

    private List<Node> sequence(String key, boolean required) {
        Node node = fields.get(key);
        if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            source.line(path(key), lineOf(node));
            return sequence.getValue();
        }
        if (node != null && !isNull(node) && !(node instanceof SequenceNode)) {
            violations.add(WRONG_TYPE, path(key), "'" + key + "' must be a list.");
        } else if (required) {
            violations.add(MISSING_FIELD, path(key), "'" + key + "' needs at least one entry.");
        }
        return List.of();
    }

    /** {@code text}, reporting what in it the read models could not hold (it reads on, as everywhere here). */
    private String checked(String at, String what, String text, int maxLength) {
        PlainText.problem(text).ifPresent(problem -> violations.add(INVALID_TEXT, at, what + " " + problem + "."));
        if (text.length() > maxLength) {
            violations.add(INVALID_VALUE, at, what + " must be at most " + maxLength + " characters long; it has " + text.length() + ".");
        }
        return text;
    }

    private ScalarNode scalar(String key, boolean required, String expected) {
        Node node = fields.get(key);
        if (node == null || isNull(node) || node instanceof ScalarNode s && s.getValue().isBlank()) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar;
        }
        violations.add(WRONG_TYPE, path(key), "'" + key + "' must be " + expected + ".");
        return null;
    }

    private void missing(String key) {
        violations.add(MISSING_FIELD, path(key), "'" + key + "' is required.");
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
