// Errors shaped like OfficeExtension.Error: a code the add-in maps to a message, and debugInfo.

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function invalidArgument(message: string, location?: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message, location);
}

export function itemNotFound(message: string, location?: string): FakeExcelError {
  return new FakeExcelError("ItemNotFound", message, location);
}
