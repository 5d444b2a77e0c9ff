/** {@link io.meterhub.cabinet.aiis.AiisRepository} over JDBC: measuring_point, aiis_80020_file, interval_energy (V24). */
package io.meterhub.storage.cabinet.aiis;
