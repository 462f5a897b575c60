// npm start is the Excel route; where no desktop Excel can be sideloaded it says so in one line
// and names the two ways that work there: the playground and the release package.
const { sideloadRefusal } = require("../../scripts/start.js");

describe("npm start", () => {
  it("refuses desktop sideloading on Linux in one line naming the playground and the package", () => {
    const line: string = sideloadRefusal("linux", []);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain("npm run playground");
    expect(line).toContain("npm run package -- --url");
  });

  it("sideloads where Office can: Windows, Mac, and Excel on the web from Linux", () => {
    expect(sideloadRefusal("win32", [])).toBeNull();
    expect(sideloadRefusal("darwin", [])).toBeNull();
    expect(sideloadRefusal("linux", ["web"])).toBeNull();
  });
});
