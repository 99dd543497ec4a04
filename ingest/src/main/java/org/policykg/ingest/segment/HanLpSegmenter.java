package org.policykg.ingest.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.policykg.ingest.clean.WordBoundary;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one place that talks to HanLP. Each instance has its own custom dictionary (not HanLP's global one),
 * and forces it, so that domain terms such as 粤港澳大湾区 or 区域板块差异化发展机制 come out as single tokens.
 * Place recognition stays on: it finds places the dictionary does not know.
 */
public final class HanLpSegmenter implements Segmenter, WordBoundary {

    /** Part of speech given to dictionary terms; extraction looks terms up by text, not by this tag. */
    public static final String DOMAIN_TAG = "nz";
    private static final int MAX_PIECES = 4;

    private final Segment segment;
    private final java.util.Set<String> domainTerms;

    static {
        // HanLP warns through java.util.logging that the dictionary cache does not exist yet, then builds it
        com.hankcs.hanlp.utility.Predefine.logger.setLevel(java.util.logging.Level.SEVERE);
    }

    public HanLpSegmenter(Collection<String> domainTerms) {
        this.domainTerms = java.util.Set.copyOf(domainTerms);
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(dictionaryFile(domainTerms));
        this.segment = new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enablePlaceRecognize(true)
                .enableOffset(true);
    }

    /**
     * The custom dictionary holds the domain terms alone, written to a file in HanLP's format: HanLP's bundled
     * custom dictionary has entries that split place names ("苏共" in 与江苏共建); the core dictionary still
     * segments everything else.
     */
    private static String dictionaryFile(Collection<String> terms) {
        try {
            Path file = Files.createTempFile("policykg-hanlp-", ".txt");
            file.toFile().deleteOnExit();
            Path.of(file + ".bin").toFile().deleteOnExit();
            Files.write(file, terms.stream().filter(t -> !t.isBlank() && !t.contains(" "))
                    .map(t -> t + " " + DOMAIN_TAG + " 1000").toList(), java.nio.charset.StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create HanLP's dictionary file", e);
        }
    }

    @Override
    public List<Token> segment(String sentence) {
        List<Term> terms;
        synchronized (segment) { // HanLP segments are not documented as thread-safe
            terms = segment.seg(sentence);
        }
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return joinSplitTerms(tokens);
    }

    /**
     * Forcing does not always hold: in 北部湾城市群规划范围…，陆域面积… the Viterbi path splits 北部湾 + 城市群. A domain term
     * cut into adjacent tokens is joined again, the longest first.
     */
    private List<Token> joinSplitTerms(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int take = 1;
            for (int j = Math.min(tokens.size(), i + MAX_PIECES); j >= i + 2 && take == 1; j--) {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(tokens.get(k).text());
                }
                if (domainTerms.contains(text.toString())) {
                    take = j - i;
                    joined.add(new Token(text.toString(), DOMAIN_TAG, tokens.get(i).start()));
                }
            }
            if (take == 1) {
                joined.add(tokens.get(i));
            }
            i += take - 1;
        }
        return joined;
    }

    /** Segments the last characters of {@code left} with the first of {@code right} and looks for a word across. */
    @Override
    public boolean wordAcross(String left, String right) {
        String tail = left.substring(Math.max(0, left.length() - 4));
        String head = right.substring(0, Math.min(right.length(), 4));
        for (Token token : segment(tail + head)) {
            if (token.start() < tail.length() && token.end() > tail.length()) {
                return true;
            }
        }
        return false;
    }
}
