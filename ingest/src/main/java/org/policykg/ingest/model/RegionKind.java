package org.policykg.ingest.model;

/** What sort of region a Region node is. Stored as the node's {@code kind} property. */
public enum RegionKind {
    Board, Province, City, CityCluster, EconomicBelt, NewArea, CooperationZone, RiverBasin, SpecialArea, MacroRegion
}
