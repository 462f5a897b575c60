// Node's zlib as the report package's streaming deflate and CRC-32. Node has no synchronous
// streaming deflate, so each piece is deflated on its own and the pieces join into one DEFLATE
// stream: a piece that is not the last ends on a sync flush (whole bytes, no final block), the way
// pigz joins the pieces it compresses in parallel; only the last piece is finished.
// zlib.crc32 came in Node 20.15: on an older Node the package takes fflate's CRC.
import { constants, crc32, deflateRawSync } from "zlib";
import type { PartCoding } from "../xlsx/zip-package";

export const deflateWithZlib: PartCoding = {
  deflate: (onData) => ({
    push(chunk, final) {
      const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
      onData(deflateRawSync(chunk, { finishFlush: flush }), final);
    },
  }),
  ...(typeof crc32 === "function" && { crc32 }),
};
