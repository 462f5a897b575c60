// The whole document as a file from Office (PDF or the .xlsx bytes), read slice by slice as
// Office hands it out. Office calls back rather than returning promises; this wraps them.

const SLICE_SIZE = 4 * 1024 * 1024;

function sliceOf(file: Office.File, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve(new Uint8Array(result.value.data as number[]))
        : reject(result.error)
    )
  );
}

/** The document's bytes in the given format; empty when the host produced nothing. */
export function documentFile(type: Office.FileType): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(type, { sliceSize: SLICE_SIZE }, async (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(result.error);
        return;
      }
      const file = result.value;
      try {
        const slices: Uint8Array[] = [];
        for (let index = 0; index < file.sliceCount; index++)
          slices.push(await sliceOf(file, index));
        const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
        let offset = 0;
        for (const slice of slices) {
          bytes.set(slice, offset);
          offset += slice.length;
        }
        resolve(bytes);
      } catch (error) {
        reject(error);
      } finally {
        file.closeAsync();
      }
    });
  });
}
