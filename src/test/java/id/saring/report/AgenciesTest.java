package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgenciesTest {

    @Test
    void namesOfOneAgencyAreOneByItsLongestName() {
        // seed 000 titles its tables Pemkab Muara Enim and Pemerintah Kabupaten Muara Enim; seed 004 Setda and
        // Sekretariat Daerah Kab.
        Agencies agencies = new Agencies(List.of("Pemkab Muara Enim", "Pemerintah Kabupaten Muara Enim",
                "Setda Bengkulu Selatan", "Sekretariat Daerah Kab. Bengkulu Selatan", "Pemkab Muara Enim"));

        assertThat(agencies.all()).containsExactly("Pemerintah Kabupaten Muara Enim",
                "Sekretariat Daerah Kab. Bengkulu Selatan");
        assertThat(agencies.of("Pemkab Muara Enim")).isEqualTo("Pemerintah Kabupaten Muara Enim");
        assertThat(agencies.of("Setda Bengkulu Selatan")).isEqualTo("Sekretariat Daerah Kab. Bengkulu Selatan");
    }

    @Test
    void aShortNameDoesNotJoinTwoAgenciesThatAreNotTheSame() {
        // Kabupaten Muara Enim is within both names, which are two agencies: it joins the first only
        Agencies agencies = new Agencies(List.of("Pemerintah Kabupaten Muara Enim",
                "Satuan Polisi Pamong Praja Kabupaten Muara Enim", "Kabupaten Muara Enim"));

        assertThat(agencies.all()).containsExactly("Pemerintah Kabupaten Muara Enim",
                "Satuan Polisi Pamong Praja Kabupaten Muara Enim");
        assertThat(agencies.of("Kabupaten Muara Enim")).isEqualTo("Pemerintah Kabupaten Muara Enim");
    }

    @Test
    void aNameWithOtherWordsAddedIsAnotherAgency() {
        // Lubai and Lubai Ulu are two kecamatan of Muara Enim; Banyuasin and Musi Banyuasin two kabupaten of
        // Sumatera Selatan, each with its own Bappeda
        Agencies agencies = new Agencies(List.of("Kecamatan Lubai", "Kecamatan Lubai Ulu",
                "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuasin",
                "Badan Perencanaan Pembangunan Daerah Kabupaten Musi Banyuasin",
                "Kecamatan Lubai Kabupaten Muara Enim"));

        assertThat(agencies.all()).containsExactly("Kecamatan Lubai Kabupaten Muara Enim", "Kecamatan Lubai Ulu",
                "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuasin",
                "Badan Perencanaan Pembangunan Daerah Kabupaten Musi Banyuasin");
    }
}
