package id.saring.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a finding carries of a cell of megabytes: a thousand characters and an ellipsis. */
class ExcerptTest {

    @Test
    void aTextOfAThousandCharactersIsKeptWhole() {
        String text = "a".repeat(1000);

        assertThat(Excerpt.of(text)).isSameAs(text);
        assertThat(Excerpt.of("")).isEmpty();
    }

    @Test
    void aLongerTextIsCutToAThousandCharactersAndAnEllipsis() {
        assertThat(Excerpt.of("b".repeat(1000) + "c".repeat(10_000_000))).isEqualTo("b".repeat(1000) + "…");
    }

    @Test
    void aCharacterOfTwoHalvesIsNotCutInTwo() {
        // U+1F600 is a surrogate pair; the 1,000th character would be its first half
        assertThat(Excerpt.of("d".repeat(999) + "\ud83d\ude00" + "e")).isEqualTo("d".repeat(999) + "…");
    }

    @Test
    void aFindingAndAMessageCarryExcerptsOfTheirTexts() {
        String cell = "f".repeat(10_485_760);

        Finding finding = new Finding(new Location("panjang.csv", "", 2, 1), Category.UNPARSEABLE_VALUE, "number",
                Severity.ERROR, Message.of("number.unreadable", cell, "B2", Message.of("x", cell)), cell, cell);

        assertThat(finding.value()).isEqualTo("f".repeat(1000) + "…");
        assertThat(finding.expected()).isEqualTo("f".repeat(1000) + "…");
        assertThat(finding.message().args()).containsExactly("f".repeat(1000) + "…", "B2",
                Message.of("x", "f".repeat(1000) + "…"));
    }
}
