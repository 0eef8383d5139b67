/**
 * HTML files of the check project (written beside Code.js by `npm run build:google-checks`, and
 * given to the emulator by the fidelity runner): what the add-on's parts rely on, read back and
 * evaluated (src/server/part-loader.ts).
 */
export const PROJECT_FILES: Readonly<Record<string, string>> = {
  // Script text with the characters HTML would care about, and a non-ASCII one.
  FidelityPart:
    'var FidelityPart = { answer: function () { return ["<b>", "&amp;", "</script>", "\\u00e9t\\u00e9", 1 + 1].join(" "); } };\n',
};
