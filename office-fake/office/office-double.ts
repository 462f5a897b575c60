// A stand-in for office.js around the strict fake Excel: Office.onReady, requirement sets by
// host profile, getFileAsync, the dialog API, and the function-command runtime. The browser test
// bed serves it where the pane asks for Microsoft's CDN; jest tests install it as globals.
import { FakeExcelHost } from "../excel";
import { FakeRequestContext } from "../excel/context";
import { DialogDouble, DialogError } from "./dialogs";
import { getFileDouble } from "./document-file";

export type Platform = "PC" | "Mac" | "OfficeOnline" | "iOS";

export interface OfficeDoubleConfig {
  /** null: opened outside Office (onReady reports no host). */
  host: "Excel" | null;
  /** Highest ExcelApi version this "Excel" supports, e.g. "1.18", "1.14", "1.9". */
  apiVersion: string;
  displayLanguage: string;
  /** Office.PlatformType of the host; "PC" (Excel for Windows) unless given. */
  platform?: Platform;
  /** What a desktop's getFileAsync(Pdf) gives; Excel on the web always gives an empty file. */
  pdf?: "file" | "empty" | "unsupported";
  /** The Office theme the user chose (File > Account > Office Theme); "light" unless given. */
  theme?: "light" | "dark";
}

// Office.OfficeTheme's colours ("#RRGGBB" triplets, per its documentation) of the White and the
// Black Office themes.
const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
};

export const DEFAULT_CONFIG: OfficeDoubleConfig = {
  host: "Excel",
  apiVersion: "1.18",
  displayLanguage: "th-TH",
};

function versionNumber(version: string): number {
  const [major, minor = "0"] = version.split(".");
  return Number(major) * 1000 + Number(minor);
}

/**
 * Highest version of the common sets by platform, from Microsoft's "Office Common API requirement
 * sets" and the getFileAsync table in @types/office-js: Excel on iPad has no getFileAsync (File,
 * PdfFile) and no add-in commands; the dialog API is everywhere.
 */
function commonSetVersion(set: string, platform: Platform): string | null {
  const ipad = platform === "iOS";
  switch (set) {
    case "File":
    case "PdfFile":
      return ipad ? null : "1.1";
    case "DialogApi":
      return "1.2";
    case "AddinCommands":
      return ipad ? null : "1.3";
    default:
      return null;
  }
}

/** The origin of a full URL; null for a relative or malformed one. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null; // a relative address has no origin: Office refuses it
  }
}

/** A ribbon button's function running in the function-command runtime. */
export interface CommandRun {
  /** Set when the function called event.completed(); the runtime then ended. */
  completed: boolean;
  /** Resolves when event.completed() is called. */
  done: Promise<void>;
}

export class OfficeDouble {
  readonly dialogs: DialogDouble[] = [];
  private readonly commands = new Map<string, (event: unknown) => void>();
  readonly office: object;
  readonly excel: object;

  constructor(
    readonly fake: FakeExcelHost,
    readonly config: OfficeDoubleConfig,
    /** The origin the add-in's pages are served from: dialogs must open on it. */
    private readonly origin: string
  ) {
    const platform = config.platform ?? "PC";
    const info = { host: config.host, platform: config.host ? platform : null };
    this.office = {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      FileType: { Pdf: "pdf", Compressed: "compressed" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
      onReady: (callback?: (value: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      actions: {
        associate: (name: string, action: (event: unknown) => void) =>
          this.commands.set(name, action),
      },
      context: {
        displayLanguage: config.displayLanguage,
        officeTheme: OFFICE_THEMES[config.theme ?? "light"],
        platform: info.platform,
        document: { getFileAsync: getFileDouble(fake, config, platform) },
        requirements: {
          isSetSupported: (name: string, version: string = "1.1") =>
            config.host !== null && this.supports(name, version, platform),
        },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback?: (r: unknown) => void) =>
            this.openDialog(url, callback),
        },
      },
    };
    this.excel = {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => fake.run(batch),
    };
  }

  private supports(set: string, version: string, platform: Platform): boolean {
    const highest = set === "ExcelApi" ? this.config.apiVersion : commonSetVersion(set, platform);
    return highest !== null && versionNumber(version) <= versionNumber(highest);
  }

  /**
   * displayDialogAsync: the start address must be a full URL on the add-in's own domain (relative
   * URLs are refused: @types/office-js), and one dialog at a time per host window (12007).
   * Office answers asynchronously.
   */
  private openDialog(url: string, callback?: (result: unknown) => void): void {
    const fail = (code: number, message: string) =>
      ({ status: "failed", value: undefined, error: new DialogError(code, message) }) as const;
    let result: unknown;
    if (originOf(url) !== this.origin) {
      result = fail(12004, `The domain of ${url} is not the add-in's`);
    } else if (this.dialogs.some((dialog) => dialog.open)) {
      result = fail(12007, "A dialog box is already opened from this host window");
    } else {
      const dialog = new DialogDouble(url);
      this.dialogs.push(dialog);
      result = { status: "succeeded", value: dialog };
    }
    setTimeout(() => callback?.(result), 0);
  }

  /**
   * Presses a ribbon button: runs the function registered for it with an event whose completed()
   * ends the function-command runtime ("the add-in ... will automatically be closed":
   * @types/office-js), which closes every dialog the runtime opened.
   */
  runCommand(name: string): CommandRun {
    const action = this.commands.get(name);
    if (!action) throw new Error(`No function is associated with ${name}`);
    let markDone = () => {};
    const run: CommandRun = {
      completed: false,
      done: new Promise<void>((resolve) => (markDone = resolve)),
    };
    const event = {
      source: { id: name },
      completed: () => {
        if (run.completed) throw new Error("event.completed() called twice");
        run.completed = true;
        for (const dialog of this.dialogs) dialog.endWithRuntime();
        markDone();
      },
    };
    action(event);
    return run;
  }
}
