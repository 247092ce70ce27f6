package id.saring.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyNameTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Pemkab Muara Enim | Pemerintah Kabupaten Muara Enim | true
            Setda Bengkulu Selatan | Sekretariat Daerah Kab. Bengkulu Selatan | true
            Kecamatan Sumber Harta | Kecamatan Sumber Harta Kabupaten Musi Rawas | true
            Kec. Sumber Harta | KECAMATAN SUMBER HARTA | true
            Kabupaten Muara Enim | Pemerintah Kabupaten Muara Enim | true
            Pemerintah Kabupaten | Pemerintah Kabupaten Muara Enim | false
            Kabupaten | Pemerintah Kabupaten | true
            Kecamatan Lubai | Kecamatan Lubai Ulu | false
            Kecamatan Lubai | Kecamatan Lubai Kabupaten Muara Enim | true
            Bappeda Kabupaten Banyuasin | Bappeda Kabupaten Musi Banyuasin | false
            Kabupaten Muara Enim | Satuan Polisi Pamong Praja Kabupaten Muara Enim | false
            Dinas Kesehatan | Dinas Pendidikan | false
            Dinas Kesehatan Kabupaten Bogor | Dinas Kesehatan Kota Bogor | false
            Dinas Kesehatan Lahat | Dinas Kesehatan Provinsi Bengkulu | false
            '' | '' | true
            '' | Dinas Kesehatan | false
            """)
    void namesAreOneAgencyOnlyWhenTheLongerAddsItsRegion(String a, String b, boolean same) {
        AgencyName first = new AgencyName(a);
        AgencyName second = new AgencyName(b);

        assertThat(first.sameAs(second)).isEqualTo(same);
        assertThat(second.sameAs(first)).isEqualTo(same);
        assertThat(first.sameAs(new AgencyName(a))).isTrue();
        // ConflictCheck compares only names of the same key, or without one
        if (same) {
            assertThat(first.key().equals(second.key()) || first.key().isEmpty() || second.key().isEmpty()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pemkab Muara Enim | muara
            Setda Bengkulu Selatan | sekretariat
            Kec. Sumber Harta | kecamatan
            Pemerintah Kabupaten | ''
            '' | ''
            """)
    void theKeyIsTheFirstWordThatIsNoKindOfRegion(String name, String key) {
        assertThat(new AgencyName(name).key()).isEqualTo(key);
    }
}
