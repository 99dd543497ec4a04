package org.policykg.ingest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.model.Board;
import org.policykg.ingest.model.EntityId;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;

/** The gazetteer's boards (data) and the {@link Board} enum (what the service and the page order by) agree. */
class GazetteerBoardsTest {

    @Test
    void theGazetteerListsExactlyTheBoardsOfTheEnumInItsOrder() {
        assertThat(Gazetteer.load().entries().stream().filter(e -> e.kind() == RegionKind.Board).map(GazetteerEntry::name))
                .containsExactly(Arrays.stream(Board.values()).map(Board::regionName).toArray(String[]::new));
        assertThat(Board.WEST.entityId()).isEqualTo(EntityId.of(EntityType.Region, "西部地区"));
        assertThat(Board.order("东北地区")).isEqualTo(3);
        assertThat(Board.order("京津冀")).isEqualTo(4);
    }
}
