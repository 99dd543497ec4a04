package org.policykg.ingest.clean;

import java.util.regex.Pattern;

/**
 * Drops blocks that are layout, not text: page numbers, figure and table captions, photo credits and
 * numbers left over from charts ("东北地区 1 (10%) 东部地区 3 (30%)").
 */
final class NoiseFilter {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*\\d{1,3}[-—\\s]*$");
    private static final Pattern CAPTION = Pattern.compile("^(?:图\\s*\\d+|图\\s*[：:]|表\\s*\\d+|资料图片$|数据来源[：:]|新华社发$|视频报道请看)");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:新华社发|资料图片|新华社记者\\S{2,4}摄|本报记者\\S{2,4}摄)[）)]?$");
    private static final Pattern CHART_NUMBERS = Pattern.compile("\\d+\\s*[（(]\\d+(?:\\.\\d+)?%[)）]?");

    /** A caption closed by a photo credit (…滨河大道景观。新华社发) ends its paragraph. */
    static boolean endsWithPhotoCredit(CharSequence text) {
        return PHOTO_CREDIT.matcher(text).find();
    }

    /** A whole paragraph that is layout: a line-level leftover, or a photo caption closed by its credit. */
    boolean isNoise(String text) {
        return isNoiseLine(text) || PHOTO_CREDIT.matcher(text.strip()).find();
    }

    /** A single line that is layout whatever surrounds it (a caption may span lines, so its credit is not enough). */
    boolean isNoiseLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches() || CAPTION.matcher(t).find()) {
            return true;
        }
        return CHART_NUMBERS.matcher(t).find() && t.indexOf('。') < 0;
    }
}
