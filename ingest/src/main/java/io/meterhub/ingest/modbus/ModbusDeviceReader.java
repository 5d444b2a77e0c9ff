package io.meterhub.ingest.modbus;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.NotAValueException;
import io.meterhub.protocols.modbus.RegisterDecoder;
import io.meterhub.protocols.modbus.RegisterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Reads all registers of one device over Modbus TCP, keeping the connection between reads.
 *
 * <p>A device that answers with an exception still answered: the registers concerned get an
 * error and the others keep their values (a block that fails is retried register by register, so
 * one register the firmware lacks does not blank its neighbours). A device that does not answer
 * at all raises {@link DeviceUnreachableException} and the connection is dropped, to be made anew
 * on the next read.
 *
 * <p>A register the device says it does not have (exception 1 or 2) is reported once and then left
 * out of the reads for an hour: the firmware will not grow it between two polls, and reporting it
 * every poll would fill the quarantine with the same complaint.
 */
public final class ModbusDeviceReader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModbusDeviceReader.class);

    private final String host;
    private final int port;
    private final int unitId;
    private final DeviceProfile profile;
    private final int timeoutMs;
    /** How long a register the device lacks is left out before it is tried again. */
    static final long ABSENT_RETRY_MS = 3_600_000;

    private List<ReadBlock> plan;
    private final Map<String, Long> absentUntil = new LinkedHashMap<>();
    private final LongSupplier clock;
    private ModbusTCPMaster master;

    public ModbusDeviceReader(String host, int port, int unitId, DeviceProfile profile, int timeoutMs) {
        this(host, port, unitId, profile, timeoutMs, System::currentTimeMillis);
    }

    public ModbusDeviceReader(String host, int port, int unitId, DeviceProfile profile, int timeoutMs, LongSupplier clock) {
        this.host = host;
        this.port = port;
        this.unitId = unitId;
        this.profile = profile;
        this.timeoutMs = timeoutMs;
        this.plan = ReadPlan.of(profile);
        this.clock = clock;
    }

    public String address() {
        return host + ":" + port + " unit " + unitId;
    }

    public List<ReadBlock> plan() {
        return plan;
    }

    public synchronized DeviceReading read() throws DeviceUnreachableException {
        connect();
        // Stamped once connected, right before the first request: the values are of this moment.
        long timestamp = clock.getAsLong();
        if (absentUntil.values().removeIf(until -> until <= timestamp)) {
            replan();
        }
        int absentBefore = absentUntil.size();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ReadBlock block : plan) {
            try {
                int[] words = readWords(block.functionCode(), block.start(), block.count());
                for (RegisterSpec register : block.registers()) {
                    decode(register, block.wordsOf(register, words), values, errors);
                }
            } catch (ModbusSlaveException e) {
                if (block.registers().size() == 1) {
                    refused(block.registers().get(0), e, timestamp, errors);
                } else {
                    readOneByOne(block, values, errors, timestamp);
                }
            } catch (ModbusException e) {
                disconnect();
                throw unreachable(e);
            }
        }
        if (absentUntil.size() != absentBefore) {
            replan();
        }
        // Keep the profile's order, which is the order people read the manual in.
        Map<String, Double> ordered = new LinkedHashMap<>();
        Map<String, String> orderedErrors = new LinkedHashMap<>();
        for (RegisterSpec register : profile.registers()) {
            if (values.containsKey(register.obis())) {
                ordered.put(register.obis(), values.get(register.obis()));
            } else if (errors.containsKey(register.obis())) {
                orderedErrors.put(register.obis(), errors.get(register.obis()));
            }
        }
        return new DeviceReading(timestamp, ordered, orderedErrors);
    }

    private void readOneByOne(ReadBlock block, Map<String, Double> values, Map<String, String> errors, long timestamp)
            throws DeviceUnreachableException {
        for (RegisterSpec register : block.registers()) {
            try {
                decode(register, readWords(register.functionCode(), register.address(), register.words()), values, errors);
            } catch (ModbusSlaveException e) {
                refused(register, e, timestamp, errors);
            } catch (ModbusException e) {
                disconnect();
                throw unreachable(e);
            }
        }
    }

    private void refused(RegisterSpec register, ModbusSlaveException e, long timestamp, Map<String, String> errors) {
        errors.put(register.obis(), ModbusExceptions.describe(e.getType()));
        if (e.getType() == 1 || e.getType() == 2) {
            absentUntil.put(register.obis(), timestamp + ABSENT_RETRY_MS);
            log.warn("Modbus device {} has no register {} ({}): left out of its reads for an hour", address(), register.obis(),
                    ModbusExceptions.describe(e.getType()));
        }
    }

    private void replan() {
        plan = ReadPlan.of(profile.registers().stream().filter(register -> !absentUntil.containsKey(register.obis())).toList(),
                ReadPlan.MAX_WORDS);
    }

    private static void decode(RegisterSpec register, int[] words, Map<String, Double> values, Map<String, String> errors) {
        try {
            values.put(register.obis(), RegisterDecoder.decode(register, words));
        } catch (NotAValueException e) {
            errors.put(register.obis(), e.getMessage());
        }
    }

    private int[] readWords(int functionCode, int start, int count) throws ModbusException {
        InputRegister[] registers = functionCode == RegisterSpec.READ_INPUT_REGISTERS
                ? master.readInputRegisters(unitId, start, count)
                : master.readMultipleRegisters(unitId, start, count);
        if (registers == null || registers.length != count) {
            throw new ModbusException("device answered " + (registers == null ? 0 : registers.length) + " words for a read of " + count);
        }
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return words;
    }

    private void connect() throws DeviceUnreachableException {
        if (master != null && master.isConnected()) {
            return;
        }
        disconnect();
        ModbusTCPMaster created = new ModbusTCPMaster(host, port, timeoutMs, false);
        // One attempt per read: the poller decides when to try again, with backoff.
        created.setRetries(0);
        try {
            created.connect();
        } catch (Exception e) {
            created.disconnect();
            throw unreachable(e);
        }
        master = created;
        log.debug("Connected to Modbus device {}", address());
    }

    private DeviceUnreachableException unreachable(Exception e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new DeviceUnreachableException("no answer from Modbus device at " + address() + ": " + reason, e);
    }

    private void disconnect() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
