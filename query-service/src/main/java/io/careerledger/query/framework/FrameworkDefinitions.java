package io.careerledger.query.framework;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.query.api.JsonColumns;

/** Framework documents by version, for read models that judge people against the version a decision was made under. */
@Component
public class FrameworkDefinitions {

    private final FrameworkVersionRepository versions;
    private final JsonColumns json;

    FrameworkDefinitions(FrameworkVersionRepository versions, JsonColumns json) {
        this.versions = versions;
        this.json = json;
    }

    public Optional<FrameworkDefinition> version(String frameworkId, int version) {
        return versions.findById(new FrameworkVersion.Key(frameworkId, version)).map(found -> found.definition(json));
    }

    /** The number of the version in force, for people who have not been judged against any version yet. */
    public Optional<Integer> versionInForce(String frameworkId) {
        return versions.findFirstByFrameworkIdAndStatusOrderByVersionDesc(frameworkId, VersionStatus.PUBLISHED)
                .map(FrameworkVersion::version);
    }

    /** The number of the version that was in force at {@code at}; empty before the framework's first publication. */
    public Optional<Integer> versionInForceAt(String frameworkId, Instant at) {
        return versions.findFirstByFrameworkIdAndPublishedAtLessThanEqualOrderByVersionDesc(frameworkId, at).map(FrameworkVersion::version);
    }
}
