package id.saring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
        // AgencyIndex offers a name only those whose core words are the first of its own, or begin with them
        if (same) {
            List<String> firstKeys = first.coreKeys();
            List<String> secondKeys = second.coreKeys();
            assertThat(firstKeys.contains(secondKeys.get(secondKeys.size() - 1))
                    || secondKeys.contains(firstKeys.get(firstKeys.size() - 1))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pemkab Muara Enim | '', 'muara ', 'muara enim '
            Setda Bengkulu Selatan | '', 'sekretariat ', 'sekretariat daerah ', 'sekretariat daerah bengkulu ', 'sekretariat daerah bengkulu selatan '
            Pemerintah Kabupaten | ''
            '' | ''
            """)
    void theCoreKeysAreTheFirstWordsThatAreNoKindOfRegion(String name, String keys) {
        List<String> expected = Arrays.stream(keys.split(", ")).map(k -> k.replace("'", "")).toList();

        assertThat(new AgencyName(name).coreKeys()).containsExactlyElementsOf(expected);
    }
}
