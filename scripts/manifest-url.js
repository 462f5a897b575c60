// The production URL of the add-in: manifest.xml is written for https://localhost:3000/ and the
// production build replaces that prefix with ADDIN_URL (and the AppDomain with its origin).
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function checkAddinUrl(url) {
  if (!/^https:\/\/[^/\s]+(\/\S*)?\/$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https URL ending with "/", got "${url}"`);
  }
  return url;
}

function rewriteManifestUrls(manifest, url) {
  const origin = new URL(checkAddinUrl(url)).origin;
  return manifest.split(DEV_URL).join(url).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_URL, checkAddinUrl, rewriteManifestUrls };
