package org.policykg.ingest.clean;

/**
 * One logical paragraph after cleaning. {@code markdownHeading} is set where the source marked the line with
 * {@code #}; {@code standalone} where it stood alone between blank lines with no closing punctuation
 * (the way unnumbered headings and headlines appear in newspaper and PDF extractions).
 */
public record Block(String text, boolean markdownHeading, boolean standalone) {

    public Block withText(String newText) {
        return new Block(newText, markdownHeading, standalone);
    }
}
