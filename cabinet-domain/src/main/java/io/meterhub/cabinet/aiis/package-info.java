/**
 * АИИС КУЭ exchange: measuring points of a utility's metering system mapped to meters and registers,
 * the 80020 files taken in, and the stored interval energy a day's 80020 export is written from.
 */
package io.meterhub.cabinet.aiis;
