#!/usr/bin/python3
"""Serves an Eastron SDM630 register map with pymodbus: a Modbus TCP server that is not ours.

Usage: pymodbus_sdm630.py PORT [HOST]

Input registers (function code 04) hold IEEE 754 float32 values, high word first, at the SDM630's
addresses; the words in between read as 0, as on the real meter. Exit code 3 when pymodbus cannot
be imported (Debian: apt-get install -y python3-pymodbus).
"""
import struct
import sys

# Address -> value, as the SDM630 manual lays them out (0-based protocol addresses).
VALUES = {
    0x0000: 230.5,     # phase 1 voltage, V
    0x0002: 231.0,     # phase 2 voltage, V
    0x0004: 229.5,     # phase 3 voltage, V
    0x0006: 5.25,      # phase 1 current, A
    0x0008: 10.0,      # phase 2 current, A
    0x000A: 0.5,       # phase 3 current, A
    0x0034: 3450.0,    # total system power, W
    0x0046: 50.0,      # frequency, Hz
    0x0048: 12345.678, # total import active energy, kWh
    0x004A: 678.25,    # total export active energy, kWh
    0x004C: 1500.0,    # total import reactive energy, kvarh
    0x004E: 0.0,       # total export reactive energy, kvarh
}
WORDS = 0x0050


def words():
    bank = [0] * WORDS
    for address, value in VALUES.items():
        high, low = struct.unpack(">HH", struct.pack(">f", value))
        bank[address] = high
        bank[address + 1] = low
    return bank


def main():
    if len(sys.argv) < 2:
        print("usage: pymodbus_sdm630.py PORT [HOST]", file=sys.stderr)
        return 2
    port = int(sys.argv[1])
    host = sys.argv[2] if len(sys.argv) > 2 else "127.0.0.1"
    try:
        import pymodbus
        from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext
    except ImportError as e:
        print("pymodbus is not importable by %s (%s): apt-get install -y python3-pymodbus" % (sys.executable, e),
              file=sys.stderr)
        return 3
    version = getattr(pymodbus, "__version__", "?")

    # Server API differs by version: 2.5 has pymodbus.server.sync, 3.x pymodbus.server; 3.10 renamed
    # the slave context to a device context.
    try:
        from pymodbus.server import StartTcpServer
    except ImportError:
        from pymodbus.server.sync import StartTcpServer
    try:
        from pymodbus.datastore import ModbusSlaveContext as DeviceContext
        device_kw = "slaves"
    except ImportError:
        from pymodbus.datastore import ModbusDeviceContext as DeviceContext
        device_kw = "devices"

    bank = words()
    try:
        # zero_mode: request address 0 is the block's first word, as on the wire.
        device = DeviceContext(ir=ModbusSequentialDataBlock(0, bank), zero_mode=True)
    except TypeError:
        # Versions without zero_mode add 1 to the request address before the lookup.
        device = DeviceContext(ir=ModbusSequentialDataBlock(1, bank))
    context = ModbusServerContext(**{device_kw: device, "single": True})
    print("pymodbus %s serving SDM630 input registers on %s:%d" % (version, host, port), flush=True)
    StartTcpServer(context=context, address=(host, port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
