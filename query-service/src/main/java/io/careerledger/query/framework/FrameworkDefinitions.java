package io.careerledger.query.framework;

import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.query.api.JsonColumns;

/** Framework documents by version, for read models that judge people against the version a decision was made under. */
@Component
public class FrameworkDefinitions {

    private final FrameworkVersionRepository versions;
    private final JsonColumns json;
    /** A version's document never changes once proposed, so each replica reads and parses it once (dashboards ask on every call). */
    private final Cache<FrameworkVersion.Key, FrameworkDefinition> documents = Caffeine.newBuilder().maximumSize(1_000).build();

    FrameworkDefinitions(FrameworkVersionRepository versions, JsonColumns json) {
        this.versions = versions;
        this.json = json;
    }

    public Optional<FrameworkDefinition> version(String frameworkId, int version) {
        FrameworkVersion.Key key = new FrameworkVersion.Key(frameworkId, version);
        FrameworkDefinition known = documents.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        // a version not catalogued yet is not remembered as missing: it may arrive with the next event
        Optional<FrameworkDefinition> found = versions.findById(key).map(row -> row.definition(json));
        found.ifPresent(document -> documents.put(key, document));
        return found;
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
