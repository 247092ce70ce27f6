package id.saring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyIndexTest {

    private static final List<String> NAMES = List.of(
            "Kecamatan Sumber Harta Kabupaten Musi Rawas", // 0
            "Kecamatan Lubai", // 1
            "Dinas Kesehatan Kabupaten Banyuasin", // 2
            "Kec. Sumber Harta", // 3
            "Kecamatan Lubai Ulu", // 4
            "Pemerintah Kabupaten", // 5
            "Kecamatan Lubai Kabupaten Muara Enim", // 6
            "", // 7
            "Dinas Kesehatan Kabupaten Lahat", // 8
            "Pemkab Muara Enim", // 9
            "Kabupaten Muara Enim", // 10
            "KECAMATAN SUMBER HARTA", // 11
            "Setda Bengkulu Selatan", // 12
            "Sekretariat Daerah Kab. Bengkulu Selatan"); // 13

    private final AgencyIndex index = new AgencyIndex();

    AgencyIndexTest() {
        for (int i = 0; i < NAMES.size(); i++) {
            index.add(i, new AgencyName(NAMES.get(i)));
        }
    }

    @Test
    void aNameIsOfferedThoseWhoseCoreWordsBeginItsOwnOrBeginWithThem() {
        // "kecamatan lubai": itself, and the names that begin with it; not "Kecamatan Sumber Harta"
        assertThat(index.mayBeSameAs(new AgencyName("Kecamatan Lubai"))).containsExactly(1, 4, 5, 6, 7);
        assertThat(index.mayBeSameAs(new AgencyName("Dinas Kesehatan Kabupaten Lahat"))).containsExactly(5, 7, 8);
        // a name with no core words may be the same as any
        assertThat(index.mayBeSameAs(new AgencyName("Pemerintah Kabupaten"))).hasSize(NAMES.size());
    }

    @Test
    void everyNameTheSameAgencyIsOffered() {
        for (String a : NAMES) {
            List<Integer> offered = index.mayBeSameAs(new AgencyName(a));
            for (int i = 0; i < NAMES.size(); i++) {
                if (new AgencyName(a).sameAs(new AgencyName(NAMES.get(i)))) {
                    assertThat(offered).as("%s / %s", a, NAMES.get(i)).contains(i);
                }
            }
            assertThat(offered).isSorted().doesNotHaveDuplicates();
        }
    }
}
