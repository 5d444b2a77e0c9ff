package io.meterhub.devices.modbus;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterEncoder;
import io.meterhub.protocols.modbus.RegisterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A Modbus TCP meter that serves a device profile at a unit id, for the demo, tests and
 * benchmarks. Registers hold exactly the words a real meter of the model would send (the profile's
 * data type, word order and scale), so a poller cannot tell it from the real thing; addresses the
 * profile does not list answer exception 2 (illegal data address), as real meters do.
 *
 * <p>Values are computed when a request arrives, from the clock: energy counters advance with the
 * configured power between any two reads, and one request always sees one consistent moment.
 */
public final class ModbusMeterSimulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModbusMeterSimulator.class);
    private static final int CONNECTION_THREADS = 8;

    private final DeviceProfile profile;
    private final int unitId;
    private final InetAddress bindAddress;
    private final int requestedPort;
    private final LongSupplier clock;
    private final MeterState state;
    private final Map<String, int[]> overrides = new HashMap<>();
    private final Object lock = new Object();
    private ModbusSlave slave;
    private int port;

    public ModbusMeterSimulator(DeviceProfile profile, int unitId, int port, MeterBehaviour behaviour) {
        this(profile, unitId, InetAddress.getLoopbackAddress(), port, behaviour, System::currentTimeMillis);
    }

    /**
     * @param port  0 to pick a free port at {@link #start()} (read it back with {@link #port()})
     * @param clock epoch milliseconds; tests pass a controllable one
     */
    public ModbusMeterSimulator(DeviceProfile profile, int unitId, InetAddress bindAddress, int port,
                                MeterBehaviour behaviour, LongSupplier clock) {
        if (unitId < 0 || unitId > 247) {
            throw new IllegalArgumentException("unit id " + unitId + " is outside 0..247");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
        this.profile = profile;
        this.unitId = unitId;
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.clock = clock;
        Set<String> obis = new LinkedHashSet<>();
        profile.registers().forEach(register -> obis.add(register.obis()));
        this.state = new MeterState(obis, behaviour, clock.getAsLong());
        this.port = port;
    }

    /** Starts serving; a simulator may be started again after {@link #stop()} on the same port. */
    public synchronized ModbusMeterSimulator start() {
        if (slave != null) {
            return this;
        }
        int chosen = port == 0 ? freePort() : port;
        try {
            ModbusSlave created = ModbusSlaveFactory.createTCPSlave(bindAddress, chosen, CONNECTION_THREADS, false);
            created.addProcessImage(unitId, new MeterImage());
            try {
                created.open();
            } catch (ModbusException e) {
                // The factory caches slaves by port: drop it, or the next start gets this broken one back.
                ModbusSlaveFactory.close(created);
                throw e;
            }
            slave = created;
            port = chosen;
        } catch (ModbusException e) {
            throw new IllegalStateException("cannot serve " + profile.id() + " on " + bindAddress.getHostAddress() + ":" + chosen
                    + ": " + e.getMessage(), e);
        }
        log.info("Simulated {} serving unit {} on {}:{}", profile.id(), unitId, bindAddress.getHostAddress(), port);
        return this;
    }

    /** Stops serving and frees the port; clients connected now see their connection closed. */
    public synchronized void stop() {
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
            slave = null;
            log.info("Simulated {} on port {} stopped", profile.id(), port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return slave != null;
    }

    /** The port served (after {@link #start()} when it was created with port 0; kept across restarts). */
    public synchronized int port() {
        return port;
    }

    public int unitId() {
        return unitId;
    }

    public DeviceProfile profile() {
        return profile;
    }

    /** Changes the load from now on; counters keep what they accumulated. */
    public void behaviour(MeterBehaviour behaviour) {
        synchronized (lock) {
            state.behaviour(behaviour, clock.getAsLong());
        }
    }

    /** The values a read would return now, in the contract's units (overrides included). */
    public Map<String, Double> currentValues() {
        synchronized (lock) {
            return new LinkedHashMap<>(state.valuesAt(clock.getAsLong()));
        }
    }

    /** Serves fixed words for a register, e.g. a NaN, until {@link #clearOverrides()}. */
    public void overrideWords(String obis, int... words) {
        RegisterSpec spec = profile.register(obis)
                .orElseThrow(() -> new IllegalArgumentException("profile " + profile.id() + " has no register " + obis));
        if (words.length != spec.words()) {
            throw new IllegalArgumentException("register " + spec.label() + " has " + spec.words() + " word(s), got " + words.length);
        }
        synchronized (lock) {
            overrides.put(obis, words.clone());
        }
    }

    /** Serves a fixed value for a register, encoded as the meter model would. */
    public void overrideValue(String obis, double value) {
        RegisterSpec spec = profile.register(obis)
                .orElseThrow(() -> new IllegalArgumentException("profile " + profile.id() + " has no register " + obis));
        overrideWords(obis, RegisterEncoder.encode(spec, value));
    }

    public void clearOverrides() {
        synchronized (lock) {
            overrides.clear();
        }
    }

    /** The words of every served address of one function code, at one moment. */
    private Map<Integer, Integer> snapshot(int functionCode) {
        synchronized (lock) {
            Map<String, Double> values = state.valuesAt(clock.getAsLong());
            Map<Integer, Integer> words = new HashMap<>();
            for (RegisterSpec spec : profile.registers()) {
                if (spec.functionCode() != functionCode) {
                    continue;
                }
                int[] encoded = overrides.containsKey(spec.obis()) ? overrides.get(spec.obis())
                        : RegisterEncoder.encode(spec, values.get(spec.obis()));
                for (int i = 0; i < encoded.length; i++) {
                    words.put(spec.address() + i, encoded[i]);
                }
            }
            return words;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free TCP port", e);
        }
    }

    /**
     * Answers range reads from one snapshot, so the two words of a float never come from two
     * different moments; a range touching an address the profile lacks is an illegal address.
     */
    private final class MeterImage extends SimpleProcessImage {
        MeterImage() {
            super(unitId);
        }

        @Override
        public InputRegister[] getInputRegisterRange(int offset, int count) {
            Map<Integer, Integer> words = snapshot(RegisterSpec.READ_INPUT_REGISTERS);
            InputRegister[] range = new InputRegister[count];
            for (int i = 0; i < count; i++) {
                range[i] = new SimpleInputRegister(word(words, offset + i));
            }
            return range;
        }

        @Override
        public Register[] getRegisterRange(int offset, int count) {
            Map<Integer, Integer> words = snapshot(RegisterSpec.READ_HOLDING_REGISTERS);
            Register[] range = new Register[count];
            for (int i = 0; i < count; i++) {
                range[i] = new SimpleRegister(word(words, offset + i));
            }
            return range;
        }

        @Override
        public int getInputRegisterCount() {
            return 65536;
        }

        @Override
        public int getRegisterCount() {
            return 65536;
        }

        private int word(Map<Integer, Integer> words, int address) {
            Integer word = words.get(address);
            if (word == null) {
                throw new IllegalAddressException("address " + address + " is not served by profile " + profile.id());
            }
            return word;
        }
    }
}
