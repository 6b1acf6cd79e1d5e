package io.careerledger.query.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.careerledger.query.api.JsonColumns;

/** Reads the catalogue for the API. */
@Service
@Transactional(readOnly = true)
class FrameworkCatalogue {

    private final FrameworkVersionRepository versions;
    private final JsonColumns json;
    private final Clock clock = Clock.systemUTC();

    FrameworkCatalogue(FrameworkVersionRepository versions, JsonColumns json) {
        this.versions = versions;
        this.json = json;
    }

    List<FrameworkSummary> frameworks() {
        return versions.findAllByOrderByFrameworkIdAscVersionAsc().stream()
                .collect(Collectors.groupingBy(VersionHeadline::frameworkId, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(FrameworkSummary::of)
                .toList();
    }

    Optional<FrameworkInForce> inForce(String frameworkId) {
        return versions.findFirstByFrameworkIdAndStatusOrderByVersionDesc(frameworkId, VersionStatus.PUBLISHED)
                .map(version -> version.inForce(json, LocalDate.now(clock)));
    }

    /** Oldest first; empty for an unknown framework. */
    List<VersionSummary> versions(String frameworkId) {
        return versions.findByFrameworkIdOrderByVersion(frameworkId).stream().map(version -> version.summary(json)).toList();
    }

    Optional<VersionDetail> version(String frameworkId, int version) {
        return versions.findById(new FrameworkVersion.Key(frameworkId, version)).map(found -> found.detail(json));
    }
}
