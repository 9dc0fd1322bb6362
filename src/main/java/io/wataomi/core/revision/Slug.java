package io.wataomi.core.revision;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A revision message as the readable part of a file name: lower case, words joined by underscores, at most
 * {@value #MAX_LENGTH} characters. Latin letters lose their accents ({@code thêm mô tả} gives {@code them_mo_ta}),
 * because the accented forms are the same words to their readers; letters of other scripts stay as they are, since
 * folding them (Cyrillic {@code й}, Japanese {@code が}) would change the word. Everything else (punctuation, spaces,
 * symbols, the characters Windows forbids) separates words, so the result is a safe file name on every system.
 */
public final class Slug {
    static final int MAX_LENGTH = 40;
    private static final String FALLBACK = "revision";
    /** Latin letters that carry no accent to remove but have a customary ASCII spelling. */
    private static final Map<Integer, String> LATIN_SPELLINGS = Map.of(
            (int) 'đ', "d", (int) 'ð', "d", (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe",
            (int) 'ø', "o", (int) 'ł', "l", (int) 'þ', "th", (int) 'ı', "i", (int) 'ħ', "h");

    private Slug() {
    }

    /** The slug of a message; {@value #FALLBACK} when it has no letter or digit. */
    public static String of(String message) {
        String text = Normalizer.normalize(message, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean afterOtherScript = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isFoldable(c)) {
                out.append(folded(c));
                afterOtherScript = false;
            } else if (Character.isLetterOrDigit(c) || isMark(c) && afterOtherScript) {
                out.appendCodePoint(c);
                afterOtherScript = true;
            } else if (!isMark(c)) {
                out.append('_');
                afterOtherScript = false;
            }
        }
        return cut(out.toString().replaceAll("_+", "_").replaceAll("^_|_$", ""));
    }

    /** Latin letters, and digits that belong to no script (ASCII and full-width ones). */
    private static boolean isFoldable(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isLetter(c) && script == Character.UnicodeScript.LATIN
                || Character.isDigit(c) && script == Character.UnicodeScript.COMMON;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** A Latin letter without its accents (compatibility forms such as {@code ﬁ} or full-width letters spelled out), in ASCII where it can be. */
    private static String folded(int c) {
        String spelled = LATIN_SPELLINGS.get(c);
        if (spelled != null) {
            return spelled;
        }
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD).codePoints()
                .filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** At most {@value #MAX_LENGTH} characters, never splitting a character in two or ending on a separator. */
    private static String cut(String slug) {
        if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH)).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }
}
