package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.RegisterSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReadPlanTest {
    private final DeviceProfiles profiles = DeviceProfiles.builtIn();

    @Test
    void sdm630_is_read_in_three_requests() {
        assertThat(ReadPlan.of(profiles.require("eastron-sdm630")))
                .extracting(ReadBlock::functionCode, ReadBlock::start, ReadBlock::count, block -> block.registers().size())
                .containsExactly(tuple(4, 0x0000, 12, 6), tuple(4, 0x0034, 2, 1), tuple(4, 0x0046, 10, 5));
    }

    @Test
    void em340_joins_int16_and_int32_registers_that_touch() {
        assertThat(ReadPlan.of(profiles.require("carlo-gavazzi-em340")))
                .extracting(ReadBlock::start, ReadBlock::count)
                .containsExactly(tuple(0x0000, 6), tuple(0x000C, 6), tuple(0x0028, 2), tuple(0x0033, 5), tuple(0x004E, 4));
    }

    @Test
    void requests_never_exceed_125_words_and_function_codes_never_mix() {
        List<RegisterSpec> registers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            registers.add(new RegisterSpec("1.8." + i, 4, i * 2, DataType.FLOAT32, null, 1, null, null));
        }
        registers.add(new RegisterSpec("2.8.0", 3, 0, DataType.FLOAT32, null, 1, null, null));
        List<ReadBlock> plan = ReadPlan.of(registers, ReadPlan.MAX_WORDS);
        assertThat(plan).extracting(ReadBlock::functionCode, ReadBlock::start, ReadBlock::count)
                .containsExactly(tuple(3, 0, 2), tuple(4, 0, 124), tuple(4, 124, 76));
    }

    @Test
    void words_of_a_register_are_cut_from_its_block() {
        ReadBlock block = ReadPlan.of(profiles.require("eastron-sdm630")).get(2);
        RegisterSpec imported = profiles.require("eastron-sdm630").register("1.8.0").orElseThrow();
        int[] words = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(block.wordsOf(imported, words)).containsExactly(2, 3);
    }
}
