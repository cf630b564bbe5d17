export * from './month';
export * from './meter-kind';
export * from './usage';
// Meter readings and CO2: metering's own rules (once in libs/leasing).
export { checkReading, consumption, type MeterConsumption, type MeterReplacement } from './meter';
export * from './co2';
