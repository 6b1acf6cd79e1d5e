package io.careerledger.command.framework;

/**
 * One difference between two versions of a framework, for reviewers of a proposed version.
 *
 * @param kind   {@code ADDED}, {@code REMOVED} or {@code CHANGED}
 * @param what   {@code framework}, {@code scale-step}, {@code competency}, {@code track}, {@code level},
 *               {@code expectation}, {@code milestone}, {@code policy} or {@code parity-exception}
 * @param path   by ids, not positions, e.g. {@code tracks.expert.levels.3.expectations.craft}
 * @param before a short rendering of the old element; {@code null} when added
 * @param after  a short rendering of the new element; {@code null} when removed
 */
public record FrameworkChange(String kind, String what, String path, String before, String after) {

    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";
    public static final String CHANGED = "CHANGED";
}
