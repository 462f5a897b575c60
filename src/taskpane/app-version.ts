// The add-in's version: package.json's, put in by the build (webpack's DefinePlugin), so the pane
// carries one number with manifest.xml and the release package without bundling package.json.
declare const __APP_VERSION__: string | undefined;

/** "dev" where no build put the number in (jest runs the sources). */
export const APP_VERSION = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
