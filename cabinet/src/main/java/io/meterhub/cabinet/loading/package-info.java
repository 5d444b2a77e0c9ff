/**
 * Data loading (Загрузка данных): accounts and meters from a utility's own XLSX or CSV files, checked
 * whole before anything is written, applied once per content in the background, with templates.
 */
package io.meterhub.cabinet.loading;
