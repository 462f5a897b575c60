import { createRoot } from "react-dom/client";
import { connectToOffice } from "../excel/office-host";
import { createExcelWorkbookService } from "../excel/excel-workbook-service";
import { App } from "./App";

const container = document.getElementById("root");
if (container) {
  // Before React draws: the page's own script shows the too-old text only where this never ran.
  container.setAttribute("data-started", "");
  createRoot(container).render(
    <App connect={connectToOffice} createService={createExcelWorkbookService} />
  );
}
