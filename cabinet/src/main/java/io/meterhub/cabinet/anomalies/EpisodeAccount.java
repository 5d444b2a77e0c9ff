package io.meterhub.cabinet.anomalies;

/**
 * The customer's account the anomalous meter is installed on, as an operator of the organization sees it.
 *
 * @param holder the holder's name masked where it is a person's ("Иванов И. И.")
 */
public record EpisodeAccount(long accountId, String number, String holder, String address, long accountMeterId, String serial, String model) {
}
