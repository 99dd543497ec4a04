package org.policykg.ingest.script;

/**
 * Converts Chinese written in traditional characters (standard, Taiwan and Hong Kong forms) to simplified characters
 * and mainland vocabulary. The segmentation package implements it with HanLP's tables, since HanLP stays behind
 * that package.
 */
@FunctionalInterface
public interface Simplifier {

    String simplify(String text);
}
