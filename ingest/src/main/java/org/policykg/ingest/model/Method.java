package org.policykg.ingest.model;

/** How a mention or relation was found, with the confidence that method earns. */
public enum Method {
    /** The name is in the gazetteer. */
    GAZETTEER(0.95),
    /** A composite mention (中西部) expanded into its regions. */
    COMPOSITE(0.9),
    /** A new mechanism: a noun phrase ending in 机制. */
    MECHANISM_PHRASE(0.7),
    /** A new region found by its suffix (城市群, 经济带, 合作区, ...). */
    REGION_SUFFIX(0.7),
    /** A place HanLP recognised that the gazetteer does not know. */
    PLACE_RECOGNITION(0.5),
    /** A trigger word (服务, 支持, 带动, 推动...) joins the two within one sentence. */
    TRIGGER(0.75),
    /** An enumeration closed by a category (京津冀、长三角、粤港澳大湾区等三大动力源). */
    ENUMERATION(0.8),
    /** A mechanism or strategy named in a section heading governs the section's body. */
    HEADING_SCOPE(0.7),
    /** The entity's own name contains the region (区域板块差异化发展机制 → the four boards). */
    NAME(0.85),
    /** The lead sentence of an enumerated point (一是…, 二是…) governs the sentences after it. */
    LEAD_SENTENCE(0.65),
    /** Administrative hierarchy or definitional coverage from the gazetteer. */
    HIERARCHY(1.0);

    private final double confidence;

    Method(double confidence) {
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }
}
