package io.wataomi.core.revision;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugTest {
    @Test
    void vietnameseAccentsAreFoldedAndDBecomesD() {
        assertEquals("them_mo_ta_cho_workspace", Slug.of("thêm mô tả cho workspace"));
        assertEquals("duong_dan_nguoi_dung", Slug.of("Đường dẫn người dùng"));
        assertEquals("cap_nhat_truong_uu_tien", Slug.of("cập nhật trường ưu tiên"));
    }

    @Test
    void otherLatinLettersGetTheirCustomarySpelling() {
        assertEquals("strasse_aerger_oeuvre_ostergaard_lodz", Slug.of("Straße Ærger œuvre Østergaard Łódź"));
        assertEquals("istanbul_isik", Slug.of("İstanbul ışık"));
        assertEquals("file_fin_a1", Slug.of("ﬁle ﬁn Ａ１"));
    }

    /** Decomposed input (as macOS file names and some editors produce) gives the same slug as composed input. */
    @Test
    void decomposedAccentsFoldLikeComposedOnes() {
        assertEquals(Slug.of("th\u00eam m\u00f4 t\u1ea3"), Slug.of("the\u0302m mo\u0302 ta\u0309"));
        assertEquals("q_tilde", Slug.of("q\u0303 tilde"));
    }

    @Test
    void lettersOfOtherScriptsAreKeptWithTheirMarks() {
        assertEquals("добавить_поле_й", Slug.of("Добавить поле «й»"));
        assertEquals("ユーザーが追加", Slug.of("ユーザーが追加"));
        assertEquals("添加_用户表", Slug.of("添加 用户表"));
        assertEquals("नया_स्तंभ", Slug.of("नया स्तंभ!"));
        assertEquals("ελληνικά_πίνακας", Slug.of("Ελληνικά: πίνακας"));
    }

    @Test
    void separatorsAndCharactersFileSystemsForbidAreUnderscores() {
        String slug = Slug.of("a<b>c:d\"e/f\\g|h?i*j\u0000k\tl 🚀 m");
        assertEquals("a_b_c_d_e_f_g_h_i_j_k_l_m", slug);
        assertEquals("add_user_bio_quotes_tags_dashes", Slug.of("add user bio & \"quotes\" <tags> -- dashes"));
    }

    @Test
    void cutAtFortyCharactersWithoutATrailingSeparatorOrHalfACharacter() {
        assertEquals("a_very_long_message_that_goes_on_and_on", Slug.of("a very long message that goes on and on and on and on"));
        String emoji = Slug.of("𝒜".repeat(50));
        assertEquals(Slug.MAX_LENGTH, emoji.codePointCount(0, emoji.length()));
        assertFalse(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1)));
    }

    @Test
    void nothingReadableGivesRevision() {
        assertEquals("revision", Slug.of("!!!"));
        assertEquals("revision", Slug.of("🚀 ✨"));
    }

    @Test
    void everySlugIsAValidFileName() {
        for (String message : new String[] {"thêm mô tả", "Добавить", "ユーザー", "a/b\\c", ".."}) {
            String slug = Slug.of(message);
            assertTrue(slug.matches("[\\p{L}\\p{M}\\p{N}_]+"), slug);
            assertEquals(slug, Path.of(slug).getFileName().toString());
        }
    }
}
