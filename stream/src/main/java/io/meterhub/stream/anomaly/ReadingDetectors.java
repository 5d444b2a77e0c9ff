package io.meterhub.stream.anomaly;

/** The reading detectors of one meter: the keyed state of {@link ReadingAnomalyFunction}. A Flink POJO. */
public class ReadingDetectors {
    public DataGapDetector gap = new DataGapDetector();
    public ReverseEnergyDetector reverse = new ReverseEnergyDetector();
    public RegisterJumpDetector jump = new RegisterJumpDetector();
    public VoltageDetector voltage = new VoltageDetector();
    /** The pending gap check timer, {@link EpisodeTracker#NONE} when there is none. */
    public long gapTimer = EpisodeTracker.NONE;

    public ReadingDetectors() {
    }
}
