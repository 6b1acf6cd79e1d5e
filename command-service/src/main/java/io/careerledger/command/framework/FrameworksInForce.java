package io.careerledger.command.framework;

import java.util.Optional;

/** Looks up the version of a framework in force, for rules on a person's career. */
@FunctionalInterface
public interface FrameworksInForce {

    /** @return empty when the framework is unknown or has no published version yet */
    Optional<PublishedFramework> find(String frameworkId);
}
