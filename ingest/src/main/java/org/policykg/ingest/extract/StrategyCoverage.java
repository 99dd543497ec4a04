package org.policykg.ingest.extract;

import java.util.Optional;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;

/**
 * Whether a region can be a target of a strategy, given what the strategy's own name covers: a strategy for
 * one board (中部地区崛起) takes no region of another board, and of several strategies in one scope each keeps
 * only the regions inside its coverage.
 */
final class StrategyCoverage {

    private final Gazetteer gazetteer;

    StrategyCoverage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean fits(Entity strategy, Entity region, long strategiesInScope) {
        Optional<GazetteerEntry> entry = gazetteer.byName(strategy.name());
        if (entry.isEmpty() || entry.get().covers().isEmpty()) {
            return strategiesInScope == 1;
        }
        Optional<GazetteerEntry> regionBoard = gazetteer.boardOf(region.name());
        for (String covered : entry.get().covers()) {
            if (covered.equals(region.name()) || gazetteer.ancestors(region.name()).stream().anyMatch(a -> a.name().equals(covered))) {
                return true;
            }
            Optional<GazetteerEntry> coverBoard = gazetteer.boardOf(covered);
            if (strategiesInScope == 1 && (regionBoard.isEmpty() || coverBoard.isEmpty() || regionBoard.equals(coverBoard))) {
                return true;
            }
        }
        return false;
    }

    /** An umbrella strategy that others belong to (区域重大战略) is too broad to govern a scope. */
    boolean isUmbrella(Entity strategy) {
        return gazetteer.entries().stream().anyMatch(e -> e.partOf().contains(strategy.name()));
    }
}
