package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a profile's registers into as few requests as possible: registers of one function code
 * whose addresses follow each other without a gap share a request, up to the protocol's limit of
 * 125 words. Gaps are never bridged: many meters answer exception 2 for a range that touches an
 * address they do not define, which would cost every register of the request.
 */
public final class ReadPlan {
    /** Modbus application protocol v1.1b3, 6.3/6.4: at most 125 registers per read. */
    public static final int MAX_WORDS = 125;

    private ReadPlan() {
    }

    public static List<ReadBlock> of(DeviceProfile profile) {
        return of(profile.registers(), MAX_WORDS);
    }

    public static List<ReadBlock> of(List<RegisterSpec> registers, int maxWords) {
        if (maxWords < 4 || maxWords > MAX_WORDS) {
            throw new IllegalArgumentException("max words per request " + maxWords + " is outside 4.." + MAX_WORDS);
        }
        List<RegisterSpec> sorted = new ArrayList<>(registers);
        sorted.sort(Comparator.comparingInt(RegisterSpec::functionCode).thenComparingInt(RegisterSpec::address));
        List<ReadBlock> blocks = new ArrayList<>();
        List<RegisterSpec> current = new ArrayList<>();
        int start = -1;
        int end = -1;
        int functionCode = -1;
        for (RegisterSpec register : sorted) {
            boolean joins = !current.isEmpty() && register.functionCode() == functionCode
                    && register.address() <= end && Math.max(end, register.endAddress()) - start <= maxWords;
            if (!joins) {
                if (!current.isEmpty()) {
                    blocks.add(new ReadBlock(functionCode, start, end - start, current));
                }
                current = new ArrayList<>();
                functionCode = register.functionCode();
                start = register.address();
                end = register.endAddress();
            }
            current.add(register);
            end = Math.max(end, register.endAddress());
        }
        if (!current.isEmpty()) {
            blocks.add(new ReadBlock(functionCode, start, end - start, current));
        }
        return blocks;
    }
}
