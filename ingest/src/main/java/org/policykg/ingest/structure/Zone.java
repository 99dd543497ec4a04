package org.policykg.ingest.structure;

/** Which part of an article a sentence sits in. Only abstract and body sentences produce facts. */
public enum Zone {
    FRONT_MATTER, ABSTRACT, BODY, REFERENCES, ENGLISH;

    public boolean producesFacts() {
        return this == ABSTRACT || this == BODY;
    }
}
