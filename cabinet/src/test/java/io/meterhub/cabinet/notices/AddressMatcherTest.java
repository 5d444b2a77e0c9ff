package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address matcher over the forms account addresses and staff's lines take. */
class AddressMatcherTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "г. Самара, ул. Молодогвардейская, д. 151, кв. 42|ул|молодогвардейская|151",
            "Самара, Молодогвардейская ул., 151-42|ул|молодогвардейская|151",
            "ул.Молодогвардейская,д.151А,кв.42|ул|молодогвардейская|151а",
            "УЛИЦА МОЛОДОГВАРДЕЙСКАЯ, ДОМ 151 а|ул|молодогвардейская|151а",
            "ул. Молодогвардейская 151-а кв 5|ул|молодогвардейская|151а",
            "ул. Ленина, 12/1|ул|ленина|12/1",
            "ул. Ленина, д. 12 корп. 2, кв. 7|ул|ленина|12к2",
            "ул. Ленина, 12к2|ул|ленина|12к2",
            "ул. Ленина, д. 12 стр. 1|ул|ленина|12с1",
            "ул. Ленина, д. 12 лит. Б|ул|ленина|12б",
            "443001, Самарская обл., г. Самара, ул. Ленина, 12|ул|ленина|12",
            "г. Самара, пр. Кирова, д. 24, пом. 2 (магазин)|пр-т|кирова|24",
            "Самара, проспект Кирова 24|пр-т|кирова|24",
            "г. Самара, ул. Ново - Садовая, д. 3, кв. 7|ул|ново-садовая|3",
            "г. Самара, ул. Гагарина, д. 96, офис 1|ул|гагарина|96",
            "Самара, ул. 22 Партсъезда, д. 10|ул|22 партсъезда|10",
            "Самара, ул. им. Ленина, д. 10|ул|ленина|10",
            "г.Самара, Ленинградская ул, д.5|ул|ленинградская|5",
            "Самара, ул. Ерёмина, 3|ул|еремина|3",
            "пер. Хлебный, д. 2\\1|пер|хлебный|2/1",
            "Самара, Ленина, 12|-|ленина|12",
            "с. Лопатино, ул. Садовая, д. 7|ул|садовая|7",
    })
    void an_account_address_is_read_as_its_street_and_house(String text, String type, String name, String house) {
        AccountAddress address = AccountAddress.parse(text).orElseThrow();
        assertThat(address.street().type()).isEqualTo("-".equals(type) ? null : type);
        assertThat(address.street().name()).isEqualTo(name);
        assertThat(address.house().map(h -> h.number() + h.suffix())).contains(house);
    }

    @Test
    void an_address_without_a_house_keeps_its_street() {
        AccountAddress plot = AccountAddress.parse("Самарская обл., пос. Прибрежный, ул. Луговая").orElseThrow();
        assertThat(plot.street()).isEqualTo(new Street("ул", "луговая"));
        assertThat(plot.house()).isEmpty();
        assertThat(AddressRange.parse("Луговая").covers(plot)).isTrue();
        assertThat(AddressRange.parse("Луговая, 1-99").covers(plot)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ",,,", "кв. 5", "\u0000\u0007\uFFFF", "12", "г. Самара"})
    void text_that_names_no_street_is_no_address_and_never_a_crash(String text) {
        assertThat(AccountAddress.parse(text)).isEmpty();
    }

    @Test
    void any_bytes_never_crash_the_reader() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) random.nextInt(i % 2 == 0 ? 0x500 : 0xFFFF);
            }
            String text = new String(chars);
            AccountAddress.parse(text);
            try {
                AddressRange.parse(text);
            } catch (ValidationException expected) {
                // a clear refusal is the right answer to garbage
            }
        }
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ул. Молодогвардейская|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|true",
            "Молодогвардейская|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|true",
            "улица молодогвардейская, 140-160|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|true",
            "ул. Молодогвардейская, 151|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|true",
            "ул. Молодогвардейская, 152-160|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|false",
            "ул. Молодогвардейская, 140–150|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|false",
            "ул. Молодогвардейская, 101..201, нечётные|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|true",
            "ул. Молодогвардейская, 100-200, чётные|г. Самара, ул. Молодогвардейская, д. 151, кв. 42|false",
            "ул. Молодогвардейская, чётные|г. Самара, ул. Молодогвардейская, д. 150|true",
            "ул. Молодогвардейская, odd|г. Самара, ул. Молодогвардейская, д. 150|false",
            "пр. Молодогвардейский|г. Самара, ул. Молодогвардейская, д. 151|false",
            "пр-т Ленина|Самара, ул. Ленина, 12|false",
            "Ленина|Самара, пр. Ленина, 12|true",
            "ул. Ленина, 10-14|ул. Ленина, 12А|true",
            "ул. Ленина, 10-12|ул. Ленина, 12/1|true",
            "ул. Ленина, 12|ул. Ленина, 12 корп. 2|true",
            "ул. Ленина, 12А|ул. Ленина, 12|false",
            "ул. Ленина, 12А|ул. Ленина, д. 12 а|true",
            "ул. Ленина, 12А|ул. Ленина, 12Б|false",
            "ул. Ленина, 12А-14|ул. Ленина, 12|false",
            "ул. Ленина, 12А-14|ул. Ленина, 12Б|true",
            "ул. Ленина, 12А-14|ул. Ленина, 14В|true",
            "ул. Ленина, 10-12Б|ул. Ленина, 12В|false",
            "ул. Ленина, 10-12|ул. Ленинская, 11|false",
            "ул. Ерёмина|ул. Еремина, 1|true",
            "ул. Ново-Садовая, 1-5|г. Самара, ул. Ново - Садовая, д. 3, кв. 7|true",
    })
    void a_range_covers_the_houses_it_names(String range, String address, boolean covered) {
        assertThat(AddressRange.parse(range).covers(AccountAddress.parse(address).orElseThrow())).isEqualTo(covered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "151", "ул. Ленина, 20-10", "ул. Ленина, двадцать", "ул. Ленина, 1, 2, 3", "ул. Ленина, 1-3, 4"})
    void a_line_that_is_no_range_is_refused_naming_it(String line) {
        assertThatThrownBy(() -> AddressRange.parse(line)).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", AddressRange.INVALID);
    }

    @Test
    void a_range_reads_back_as_it_was_meant() {
        AddressRange range = AddressRange.parse(" ул. Молодогвардейская , 140 - 160 , чётные ");
        assertThat(range.line()).isEqualTo("ул. Молодогвардейская, 140-160, чётные");
        assertThat(range.from()).isEqualTo(new HouseNumber(140, ""));
        assertThat(range.parity()).isEqualTo(Parity.EVEN);
        assertThat(AddressRange.parse("ул. Ленина").wholeStreet()).isTrue();
        assertThat(HouseNumber.of("12 корп. 2")).contains(new HouseNumber(12, "к2"));
        assertThat(HouseNumber.of("улица")).isEqualTo(Optional.empty());
    }
}
