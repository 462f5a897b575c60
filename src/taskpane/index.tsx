import { createRoot } from "react-dom/client";
import { connectToOffice } from "../excel/office-host";
import { createExcelWorkbookService } from "../excel/excel-workbook-service";
import { App } from "./App";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <App connect={connectToOffice} createService={createExcelWorkbookService} />
  );
}
