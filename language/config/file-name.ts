/** The config file's name (its own module, so the CLI's cache check reads it without the schema). */
export const CONFIG_FILE_NAME = 'actionplan.config.json';
