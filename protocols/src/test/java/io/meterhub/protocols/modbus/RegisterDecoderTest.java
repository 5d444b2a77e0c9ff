package io.meterhub.protocols.modbus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterDecoderTest {

    private static RegisterSpec spec(DataType type, WordOrder order, double scale) {
        return new RegisterSpec("1.8.0", 4, 0x0048, type, order, scale, PollPriority.ENERGY, "test");
    }

    @Test
    void float32_high_word_first_decodes_manual_bytes() {
        // 230.5 = 1.80078125 * 2^7: exponent 134 (0x86), mantissa 0x668000 -> 0x43668000
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0x4366, 0x8000}))
                .isEqualTo(230.5);
    }

    @Test
    void float32_low_word_first_decodes_manual_bytes() {
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.LOW_WORD_FIRST, 1), new int[]{0x8000, 0x4366}))
                .isEqualTo(230.5);
    }

    @Test
    void float32_watts_scaled_to_kilowatts() {
        // 1500.0 W = 0x44BB8000
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 0.001), new int[]{0x44BB, 0x8000}))
                .isEqualTo(1.5);
    }

    @Test
    void float32_keeps_the_digits_the_meter_meant() {
        int[] words = RegisterEncoder.encode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), 12345.678);
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), words)).isEqualTo(12345.678);
    }

    @Test
    void int32_low_word_first_with_x10_weight() {
        // 123456 = 0x0001E240, low word first on the wire
        assertThat(RegisterDecoder.decode(spec(DataType.INT32, WordOrder.LOW_WORD_FIRST, 0.1), new int[]{0xE240, 0x0001}))
                .isEqualTo(12345.6);
    }

    @Test
    void int32_negative_high_word_first() {
        // -2 = 0xFFFFFFFE
        assertThat(RegisterDecoder.decode(spec(DataType.INT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0xFFFF, 0xFFFE}))
                .isEqualTo(-2);
    }

    @Test
    void negative_int16_is_sign_extended() {
        // -1234 = 65536 - 1234 = 0xFB2E
        assertThat(RegisterDecoder.decode(spec(DataType.INT16, WordOrder.HIGH_WORD_FIRST, 0.1), new int[]{0xFB2E}))
                .isEqualTo(-123.4);
    }

    @Test
    void uint16_above_32767_stays_positive() {
        assertThat(RegisterDecoder.decode(spec(DataType.UINT16, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0xFB2E}))
                .isEqualTo(64302);
    }

    @Test
    void uint32_above_2_pow_31_stays_positive() {
        // 3 000 000 000 = 0xB2D05E00; as INT32 it would be -1 294 967 296
        assertThat(RegisterDecoder.decode(spec(DataType.UINT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0xB2D0, 0x5E00}))
                .isEqualTo(3_000_000_000.0);
        assertThat(RegisterDecoder.decode(spec(DataType.INT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0xB2D0, 0x5E00}))
                .isEqualTo(-1_294_967_296.0);
    }

    @Test
    void float64_decodes_in_both_word_orders() {
        // 1234.5 = 0b10011010010.1 -> exponent 1033 (0x409), mantissa 0x34A0000000000 -> 0x40934A0000000000
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT64, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0x4093, 0x4A00, 0, 0}))
                .isEqualTo(1234.5);
        assertThat(RegisterDecoder.decode(spec(DataType.FLOAT64, WordOrder.LOW_WORD_FIRST, 1), new int[]{0, 0, 0x4A00, 0x4093}))
                .isEqualTo(1234.5);
    }

    @Test
    void nan_is_not_a_value() {
        assertThatThrownBy(() -> RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0x7FC0, 0x0000}))
                .isInstanceOf(NotAValueException.class)
                .hasMessageContaining("1.8.0").hasMessageContaining("NaN");
    }

    @Test
    void infinity_is_not_a_value() {
        assertThatThrownBy(() -> RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0xFF80, 0x0000}))
                .isInstanceOf(NotAValueException.class)
                .hasMessageContaining("-infinity");
        assertThatThrownBy(() -> RegisterDecoder.decode(spec(DataType.FLOAT64, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0x7FF0, 0, 0, 0}))
                .isInstanceOf(NotAValueException.class)
                .hasMessageContaining("+infinity");
    }

    @Test
    void wrong_word_count_names_the_register() {
        assertThatThrownBy(() -> RegisterDecoder.decode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), new int[]{0x4366}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("register 1.8.0 (FC4 0x0048): expected 2 word(s) for FLOAT32 but got 1");
    }

    @Test
    void encoder_is_the_inverse_for_every_type_and_order() {
        for (DataType type : DataType.values()) {
            for (WordOrder order : WordOrder.values()) {
                double value = type == DataType.UINT16 || type == DataType.UINT32 ? 3210.5 : -3210.5;
                RegisterSpec spec = spec(type, order, type.isInteger() ? 0.1 : 1);
                assertThat(RegisterDecoder.decode(spec, RegisterEncoder.encode(spec, value)))
                        .as("%s %s", type, order).isEqualTo(value);
            }
        }
    }

    @Test
    void encoder_writes_manual_words() {
        assertThat(RegisterEncoder.encode(spec(DataType.FLOAT32, WordOrder.HIGH_WORD_FIRST, 1), 230.5)).containsExactly(0x4366, 0x8000);
        assertThat(RegisterEncoder.encode(spec(DataType.INT32, WordOrder.LOW_WORD_FIRST, 0.1), 12345.6)).containsExactly(0xE240, 0x0001);
        assertThat(RegisterEncoder.encode(spec(DataType.INT16, WordOrder.HIGH_WORD_FIRST, 1), -1234)).containsExactly(0xFB2E);
    }

    @Test
    void encoder_rejects_values_that_do_not_fit() {
        assertThatThrownBy(() -> RegisterEncoder.encode(spec(DataType.INT16, WordOrder.HIGH_WORD_FIRST, 1), 40000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.8.0").hasMessageContaining("does not fit INT16");
    }

    @Test
    void spec_rejects_bad_function_code_and_obis() {
        assertThatThrownBy(() -> new RegisterSpec("1.8.0", 6, 0, DataType.INT16, null, 1, null, null))
                .hasMessageContaining("function code 6");
        assertThatThrownBy(() -> new RegisterSpec("energy", 4, 0, DataType.INT16, null, 1, null, null))
                .hasMessageContaining("'energy'");
        assertThatThrownBy(() -> new RegisterSpec("1.8.0", 4, 0xFFFF, DataType.INT32, null, 1, null, null))
                .hasMessageContaining("outside 0..65535");
    }

    @Test
    void profile_rejects_duplicate_obis() {
        RegisterSpec a = new RegisterSpec("1.8.0", 4, 0, DataType.FLOAT32, null, 1, null, null);
        RegisterSpec b = new RegisterSpec("1.8.0", 4, 2, DataType.FLOAT32, null, 1, null, null);
        assertThatThrownBy(() -> new DeviceProfile("x", "m", "m", "", "", java.util.List.of(a, b)))
                .hasMessageContaining("1.8.0 is listed twice");
    }
}
