package io.meterhub.devices.simulator;

/** Names the independent random streams so that two choices never share a hash by accident. */
enum Purpose {
    PROFILE, TOTAL_ONLY, SCALE, INITIAL, TARIFF_SHARE, NOISE, RESET, EVENT, EVENT_CODE, EVENT_TIME,
    DUPLICATE, SHUFFLE, LATE, NOT_JSON, WRONG_VERSION, BAD_ITEM, BAD_ITEM_KIND, BAD_ITEM_METER, ROLLOVER,
    EPISODE_METERS, EPISODE_START, EPISODE_LENGTH, EPISODE_SIZE, VOLTAGE, GENERATION
}
