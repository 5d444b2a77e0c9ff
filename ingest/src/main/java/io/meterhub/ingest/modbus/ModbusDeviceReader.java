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
 */
public final class ModbusDeviceReader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModbusDeviceReader.class);

    private final String host;
    private final int port;
    private final int unitId;
    private final DeviceProfile profile;
    private final int timeoutMs;
    private final List<ReadBlock> plan;
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
        long timestamp = clock.getAsLong();
        connect();
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
                    errors.put(block.registers().get(0).obis(), ModbusExceptions.describe(e.getType()));
                } else {
                    readOneByOne(block, values, errors);
                }
            } catch (ModbusException e) {
                disconnect();
                throw unreachable(e);
            }
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

    private void readOneByOne(ReadBlock block, Map<String, Double> values, Map<String, String> errors)
            throws DeviceUnreachableException {
        for (RegisterSpec register : block.registers()) {
            try {
                decode(register, readWords(register.functionCode(), register.address(), register.words()), values, errors);
            } catch (ModbusSlaveException e) {
                errors.put(register.obis(), ModbusExceptions.describe(e.getType()));
            } catch (ModbusException e) {
                disconnect();
                throw unreachable(e);
            }
        }
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
