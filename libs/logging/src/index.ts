export { loggerParams } from './logger-params';
