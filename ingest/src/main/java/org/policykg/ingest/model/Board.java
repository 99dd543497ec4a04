package org.policykg.ingest.model;

/**
 * The four regional boards (区域板块) of the 国家统计局 division, in the order policy texts and tables list them.
 * The gazetteer names the same four in the same order (a test keeps the two equal); the service answers and the
 * explorer page take this order from here instead of repeating it.
 */
public enum Board {
    EAST("东部地区"), CENTRAL("中部地区"), WEST("西部地区"), NORTHEAST("东北地区");

    private final String regionName;

    Board(String regionName) {
        this.regionName = regionName;
    }

    /** The canonical name of the board's Region node. */
    public String regionName() {
        return regionName;
    }

    /** The board's entity id, as every document writes it. */
    public String entityId() {
        return EntityId.of(EntityType.Region, regionName);
    }

    /** The position of the board named {@code regionName}, or {@code values().length} for any other name. */
    public static int order(String regionName) {
        for (Board b : values()) {
            if (b.regionName.equals(regionName)) {
                return b.ordinal();
            }
        }
        return values().length;
    }
}
