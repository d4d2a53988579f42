/**
 * {@code @ConfigProperties} records: read and checked at compile time ({@link
 * dev.aerie.processor.config.ConfigRecordReader}), bound in every application of the compilation
 * and read by a generated {@code <Record>_ConfigReader} ({@link dev.aerie.processor.config.ConfigReaderWriter}).
 */
package dev.aerie.processor.config;
