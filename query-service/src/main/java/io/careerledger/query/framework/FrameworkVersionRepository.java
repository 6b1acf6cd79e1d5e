package io.careerledger.query.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, FrameworkVersion.Key> {

    List<FrameworkVersion> findByFrameworkIdOrderByVersion(String frameworkId);

    /** The version in force: there is at most one published version per framework, the others are superseded. */
    Optional<FrameworkVersion> findFirstByFrameworkIdAndStatusOrderByVersionDesc(String frameworkId, VersionStatus status);

    /** The latest version published at or before an instant: the one in force then (a later one supersedes it). */
    Optional<FrameworkVersion> findFirstByFrameworkIdAndPublishedAtLessThanEqualOrderByVersionDesc(String frameworkId, Instant at);

    /** Light rows (no documents) of every version, for the catalogue's list. */
    List<VersionHeadline> findAllByOrderByFrameworkIdAscVersionAsc();
}
