package io.meterhub.api.aiis;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CarryOverRoundingTest {

    @Test
    void the_remainder_is_carried_so_the_sum_stays_within_half_a_unit() {
        CarryOverRounding rounding = new CarryOverRounding();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(rounding.next(new BigDecimal("10.4")));
        }
        assertThat(written).containsExactly(10L, 11L, 10L, 11L);
    }

    @Test
    void a_negative_carry_never_writes_a_negative_value() {
        CarryOverRounding rounding = new CarryOverRounding();
        assertThat(rounding.next(new BigDecimal("0.5"))).isEqualTo(1L);
        assertThat(rounding.next(BigDecimal.ZERO)).isZero();
    }
}
