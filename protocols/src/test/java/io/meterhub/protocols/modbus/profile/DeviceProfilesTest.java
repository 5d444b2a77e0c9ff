package io.meterhub.protocols.modbus.profile;

import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterDecoder;
import io.meterhub.protocols.modbus.RegisterSpec;
import io.meterhub.protocols.modbus.WordOrder;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Each shipped profile against a fake register bank holding the words the manual's data format
 * defines (IEEE 754 float32 high word first for Eastron, INT32 low word first with weights for
 * Carlo Gavazzi), computed independently of our encoder.
 */
class DeviceProfilesTest {
    private final DeviceProfiles profiles = DeviceProfiles.builtIn();

    /** Fake register bank: address to word, per function code 4. */
    private static final class Bank {
        final Map<Integer, Integer> words = new HashMap<>();

        Bank put(int address, int... values) {
            for (int i = 0; i < values.length; i++) {
                words.put(address + i, values[i]);
            }
            return this;
        }

        Map<String, Double> decode(DeviceProfile profile) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (RegisterSpec spec : profile.registers()) {
                int[] read = new int[spec.words()];
                for (int i = 0; i < read.length; i++) {
                    Integer word = words.get(spec.address() + i);
                    assertThat(word).as("bank has address 0x%04X for %s", spec.address() + i, spec.obis()).isNotNull();
                    read[i] = word;
                }
                values.put(spec.obis(), RegisterDecoder.decode(spec, read));
            }
            return values;
        }
    }

    @Test
    void sdm630_decodes_float32_high_word_first_bank() {
        Bank bank = new Bank()
                .put(0x0000, 0x4366, 0x8000)   // 230.5 V
                .put(0x0002, 0x4367, 0x0000)   // 231.0 V
                .put(0x0004, 0x4365, 0x8000)   // 229.5 V
                .put(0x0006, 0x40A8, 0x0000)   // 5.25 A
                .put(0x0008, 0x4120, 0x0000)   // 10.0 A
                .put(0x000A, 0x3F00, 0x0000)   // 0.5 A
                .put(0x0034, 0x4557, 0xA000)   // 3450.0 W
                .put(0x0046, 0x4248, 0x0000)   // 50.0 Hz
                .put(0x0048, 0x4640, 0xE600)   // 12345.5 kWh
                .put(0x004A, 0x4429, 0x9000)   // 678.25 kWh
                .put(0x004C, 0x44BB, 0x8000)   // 1500.0 kvarh
                .put(0x004E, 0x0000, 0x0000);  // 0.0 kvarh
        assertThat(bank.decode(profiles.require("eastron-sdm630"))).containsExactly(
                entry("32.7.0", 230.5), entry("52.7.0", 231.0), entry("72.7.0", 229.5),
                entry("31.7.0", 5.25), entry("51.7.0", 10.0), entry("71.7.0", 0.5),
                entry("1.7.0", 3.45), entry("14.7.0", 50.0),
                entry("1.8.0", 12345.5), entry("2.8.0", 678.25), entry("3.8.0", 1500.0), entry("4.8.0", 0.0));
    }

    @Test
    void sdm120_decodes_float32_high_word_first_bank() {
        Bank bank = new Bank()
                .put(0x0000, 0x4370, 0x0000)   // 240.0 V
                .put(0x0006, 0x40A8, 0x0000)   // 5.25 A
                .put(0x000C, 0x44BB, 0x8000)   // 1500.0 W
                .put(0x0046, 0x4248, 0x0000)   // 50.0 Hz
                .put(0x0048, 0x4640, 0xE600)   // 12345.5 kWh
                .put(0x004A, 0x0000, 0x0000)
                .put(0x004C, 0x4429, 0x9000)   // 678.25 kvarh
                .put(0x004E, 0x0000, 0x0000);
        assertThat(bank.decode(profiles.require("eastron-sdm120"))).containsExactly(
                entry("32.7.0", 240.0), entry("31.7.0", 5.25), entry("1.7.0", 1.5), entry("14.7.0", 50.0),
                entry("1.8.0", 12345.5), entry("2.8.0", 0.0), entry("3.8.0", 678.25), entry("4.8.0", 0.0));
    }

    @Test
    void em340_decodes_int32_low_word_first_weighted_bank() {
        Bank bank = new Bank()
                .put(0x0000, 0x0901, 0x0000)   // 2305 -> 230.5 V
                .put(0x0002, 0x0906, 0x0000)   // 2310 -> 231.0 V
                .put(0x0004, 0x08FC, 0x0000)   // 2300 -> 230.0 V
                .put(0x000C, 0x1482, 0x0000)   // 5250 -> 5.25 A
                .put(0x000E, 0x2710, 0x0000)   // 10000 -> 10.0 A
                .put(0x0010, 0x01F4, 0x0000)   // 500 -> 0.5 A
                .put(0x0028, 0x86C4, 0x0000)   // 34500 -> 3450.0 W -> 3.45 kW (low word has its top bit set)
                .put(0x0033, 0x01F4)           // INT16 500 -> 50.0 Hz
                .put(0x0034, 0xD687, 0x0012)   // 0x0012D687 = 1234567 -> 123456.7 kWh
                .put(0x0036, 0x03E8, 0x0000)   // 1000 -> 100.0 kvarh
                .put(0x004E, 0x0000, 0x0000)
                .put(0x0050, 0x0000, 0x0000);
        assertThat(bank.decode(profiles.require("carlo-gavazzi-em340"))).containsExactly(
                entry("32.7.0", 230.5), entry("52.7.0", 231.0), entry("72.7.0", 230.0),
                entry("31.7.0", 5.25), entry("51.7.0", 10.0), entry("71.7.0", 0.5),
                entry("1.7.0", 3.45), entry("14.7.0", 50.0),
                entry("1.8.0", 123456.7), entry("3.8.0", 100.0), entry("2.8.0", 0.0), entry("4.8.0", 0.0));
    }

    @Test
    void em340_negative_power_is_signed() {
        RegisterSpec power = profiles.require("carlo-gavazzi-em340").register("1.7.0").orElseThrow();
        // -15000 = 0xFFFFC568, low word first -> -1500.0 W -> -1.5 kW (exporting)
        assertThat(RegisterDecoder.decode(power, new int[]{0xC568, 0xFFFF})).isEqualTo(-1.5);
    }

    @Test
    void built_in_profiles_carry_their_manual_and_encoding() {
        assertThat(profiles.ids()).containsExactly("eastron-sdm630", "eastron-sdm120", "carlo-gavazzi-em340");
        DeviceProfile sdm630 = profiles.require("eastron-sdm630");
        assertThat(sdm630.manualReference()).contains("SDM630");
        assertThat(sdm630.registers()).allSatisfy(spec -> {
            assertThat(spec.functionCode()).isEqualTo(4);
            assertThat(spec.dataType()).isEqualTo(DataType.FLOAT32);
            assertThat(spec.wordOrder()).isEqualTo(WordOrder.HIGH_WORD_FIRST);
        });
        assertThat(profiles.require("carlo-gavazzi-em340").register("1.8.0").orElseThrow().wordOrder())
                .isEqualTo(WordOrder.LOW_WORD_FIRST);
        assertThat(sdm630.unit("1.8.0")).isEqualTo("kWh");
    }

    @Test
    void unknown_profile_id_lists_the_known_ones() {
        assertThatThrownBy(() -> profiles.require("eastron-sdm999"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("unknown device profile 'eastron-sdm999'")
                .hasMessageContaining("eastron-sdm630");
    }

    private static final String HEADER = """
            id: broken
            manufacturer: Test
            model: T1
            manual: "none"
            defaults: { functionCode: 4, dataType: FLOAT32 }
            registers:
            """;

    @Test
    void rejects_unknown_data_type() {
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0, address: 0x48, dataType: FLOAT33 }\n", "broken.yaml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("broken.yaml (broken): register #1 (1.8.0): unknown data type 'FLOAT33'")
                .hasMessageContaining("FLOAT32");
    }

    @Test
    void rejects_duplicate_obis() {
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER
                + "  - { obis: 1.8.0, address: 0x48 }\n  - { obis: 1.8.0, address: 0x4A }\n", "broken.yaml"))
                .hasMessage("broken.yaml (broken): register #2 (1.8.0): duplicate OBIS code 1.8.0 (already register #1)");
    }

    @Test
    void rejects_bad_function_code() {
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0, address: 0x48, functionCode: 16 }\n", "broken.yaml"))
                .hasMessageContaining("register #1 (1.8.0): bad function code 16 (expected 3 for holding or 4 for input registers)");
    }

    @Test
    void rejects_missing_address_bad_obis_word_order_and_unknown_fields() {
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0 }\n", "b.yaml"))
                .hasMessageContaining("'address' is missing");
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: import, address: 2 }\n", "b.yaml"))
                .hasMessageContaining("OBIS code 'import'");
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0, address: 2, wordOrder: MIDDLE }\n", "b.yaml"))
                .hasMessageContaining("unknown word order 'MIDDLE'");
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0, address: 2, scal: 0.1 }\n", "b.yaml"))
                .hasMessageContaining("unknown field(s) [scal]");
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  - { obis: 1.8.0, address: 0xZZ }\n", "b.yaml"))
                .hasMessageContaining("address '0xZZ' is not an integer");
    }

    @Test
    void rejects_overlapping_registers_and_empty_lists() {
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER
                + "  - { obis: 1.8.0, address: 0x48 }\n  - { obis: 2.8.0, address: 0x49 }\n", "b.yaml"))
                .hasMessageContaining("registers 1.8.0 (FC4 0x0048) and 2.8.0 (FC4 0x0049) overlap");
        assertThatThrownBy(() -> DeviceProfiles.parse(HEADER + "  []\n", "b.yaml"))
                .hasMessageContaining("'registers' must be a non-empty list");
        assertThatThrownBy(() -> DeviceProfiles.parse("id: [unclosed", "b.yaml"))
                .hasMessageStartingWith("b.yaml: not valid YAML");
    }
}
