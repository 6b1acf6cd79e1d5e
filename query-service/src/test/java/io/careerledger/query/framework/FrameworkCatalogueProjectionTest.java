package io.careerledger.query.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.support.Envelopes;

/** The framework-catalogue handlers, called directly. */
class FrameworkCatalogueProjectionTest {

    private static final JsonColumns JSON = new JsonColumns(JsonMapper.builder().build());
    private static final FrameworkDefinition DEFINITION = new FrameworkDefinition("fw", "Framework", null, List.of(), List.of(),
            List.of(), List.of(), List.of(), true);

    private final FrameworkVersionRepository versions = mock(FrameworkVersionRepository.class);
    private final FrameworkCatalogueProjection projection = new FrameworkCatalogueProjection(versions, JSON);

    @Test
    void aPublicationWithoutItsProposalIsStillCataloguedAsPublished() {
        when(versions.findFirstByFrameworkIdAndStatusOrderByVersionDesc(any(), any())).thenReturn(Optional.empty());
        when(versions.findById(new FrameworkVersion.Key("fw", 1))).thenReturn(Optional.empty());
        projection.published(Envelopes.of(new FrameworkVersionPublished("fw", 1, DEFINITION, List.of("council-2"),
                LocalDate.of(2027, 3, 1))));
        ArgumentCaptor<FrameworkVersion> saved = ArgumentCaptor.forClass(FrameworkVersion.class);
        org.mockito.Mockito.verify(versions).save(saved.capture());
        assertThat(saved.getValue().summary(JSON).status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(saved.getValue().summary(JSON).publishedAt()).isEqualTo(Envelopes.AT);
    }

    @Test
    void anApprovalOfAVersionNotCataloguedFailsSoThatItIsParked() {
        when(versions.findById(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> projection.approved(Envelopes.of(new FrameworkVersionApproved("fw", 2, "council-1", "Fine", 1, 2))))
                .hasMessageContaining("has no version 2");
    }
}
