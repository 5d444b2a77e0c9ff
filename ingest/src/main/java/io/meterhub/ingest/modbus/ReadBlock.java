package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.RegisterSpec;

import java.util.List;

/** One Modbus read request: {@code count} consecutive words from {@code start}, covering some registers. */
public record ReadBlock(int functionCode, int start, int count, List<RegisterSpec> registers) {
    public ReadBlock {
        registers = List.copyOf(registers);
    }

    /** The words of one register out of the block's words. */
    public int[] wordsOf(RegisterSpec register, int[] blockWords) {
        int[] words = new int[register.words()];
        System.arraycopy(blockWords, register.address() - start, words, 0, words.length);
        return words;
    }
}
