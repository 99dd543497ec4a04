package org.policykg.ingest.clean;

import java.util.regex.Pattern;

/**
 * Drops blocks that are layout, not text: page numbers, figure and table captions, photo credits and
 * numbers left over from charts ("东北地区 1 (10%) 东部地区 3 (30%)").
 */
final class NoiseFilter {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*\\d{1,3}[-—\\s]*$");
    private static final Pattern CAPTION = Pattern.compile("^(?:图\\s*\\d+|图\\s*[：:]|表\\s*\\d+|资料图片$|数据来源[：:]|新华社发$|视频报道请看)");
    private static final Pattern CHART_NUMBERS = Pattern.compile("\\d+\\s*[（(]\\d+(?:\\.\\d+)?%[)）]?");

    boolean isNoise(String text) {
        String t = text.strip();
        if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches() || CAPTION.matcher(t).find()) {
            return true;
        }
        return CHART_NUMBERS.matcher(t).find() && t.indexOf('。') < 0;
    }
}
